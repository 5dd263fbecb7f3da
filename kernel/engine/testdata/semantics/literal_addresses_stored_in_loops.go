// A validation lesson collects one error per bad field in a loop; each
// &FieldError{...} is a new value, whatever interface holds it.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field, Problem string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Problem }

type Tag struct{ name string }

func (t *Tag) String() string { return "#" + t.name }

func validate(form map[string]string) error {
	var errs []error
	for _, field := range []string{"email", "name", "age"} {
		if strings.TrimSpace(form[field]) == "" {
			errs = append(errs, &FieldError{field, "required"})
		}
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate(map[string]string{"name": "Ann"}))

	var tags []fmt.Stringer
	byName := map[string]fmt.Stringer{}
	for _, n := range []string{"go", "fmt", "io"} {
		tags = append(tags, &Tag{n})
		byName[n] = &Tag{name: strings.ToUpper(n)}
	}
	fmt.Println(tags, byName["fmt"], len(byName))

	var last error
	all := make([]error, 0, 3)
	for i := range 3 {
		var e error = &FieldError{Field: fmt.Sprint("f", i), Problem: "bad"}
		all = append(all, e)
		if i == 1 {
			last = e
		}
	}
	fmt.Println(all, last)
	var fe *FieldError
	fmt.Println(errors.As(all[0], &fe), fe.Field, all[0] == all[1])
	ch := make(chan error, 2)
	for _, p := range []string{"x", "y"} {
		ch <- &FieldError{p, "sent"}
	}
	fmt.Println(<-ch, <-ch)
}
