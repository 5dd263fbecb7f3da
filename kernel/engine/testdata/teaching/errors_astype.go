package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface {
	error
	Temporary() bool
}

type timeout struct{}

func (timeout) Error() string   { return "timeout" }
func (timeout) Temporary() bool { return true }

func lookup(k string) error {
	switch k {
	case "a":
		return nil
	case "t":
		return fmt.Errorf("lookup %q: %w", k, timeout{})
	}
	return fmt.Errorf("lookup: %w", NotFound{k})
}

func main() {
	for _, k := range []string{"a", "b", "t"} {
		err := lookup(k)
		if nf, ok := errors.AsType[NotFound](err); ok {
			fmt.Println("missing key", nf.Key)
			continue
		}
		if t, ok := errors.AsType[Temporary](err); ok {
			fmt.Println("temporary:", t.Temporary(), err)
			continue
		}
		fmt.Println("ok", k, err)
	}
	_, err := strconv.Atoi("12x")
	if ne, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
}
