package main

// errors.As given a target that is no pointer panics as Go's does, once
// there is an error to look at.

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "not found: " + n.Key }

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %v (%T)\n", name, r, r)
		}
	}()
	fmt.Println(name+":", f())
}

func main() {
	var err error = fmt.Errorf("lookup: %w", NotFound{"k"})
	var nf NotFound
	try("pointer", func() bool { return errors.As(err, &nf) })
	fmt.Println(nf.Key)
	try("value", func() bool { return errors.As(err, nf) })
	try("nil error", func() bool { return errors.As(nil, nf) })
	var p *NotFound
	try("nil pointer", func() bool { return errors.As(err, p) })
}
