// A nil pointer returned as an error or stored in an io.Writer is a
// non-nil interface whose methods run with the nil receiver; fmt prints
// "<nil>" when such a method panics.
package main

import (
	"errors"
	"fmt"
	"io"
)

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string {
	if e == nil {
		return "no validation error"
	}
	return "invalid " + e.Field
}

type sink struct{ n int }

func (s *sink) Write(p []byte) (int, error) {
	if s == nil {
		return len(p), nil
	}
	s.n += len(p)
	return len(p), nil
}

type deref struct{ msg string }

func (d *deref) Error() string { return d.msg }

func validate(name string) error {
	var ve *ValidationError
	if name == "" {
		ve = &ValidationError{Field: "name"}
	}
	return ve
}

func main() {
	for _, n := range []string{"", "bob"} {
		err := validate(n)
		fmt.Println(err != nil, err)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("as:", ve == nil, ve.Error())
		}
		if p, ok := err.(*ValidationError); ok {
			fmt.Println("assert:", p == nil)
		}
		fmt.Printf("%T %v\n", err, err)
	}
	var w io.Writer = (*sink)(nil)
	n, err := fmt.Fprintf(w, "hello %d", 42)
	fmt.Println(w != nil, n, err)
	var d *deref
	var e error = d
	fmt.Println(e == nil)
	fmt.Println(e)
}
