// %#v of a value of an error type the program declares prints its Go
// syntax, as the other verbs print its Error text.
package main

import (
	"errors"
	"fmt"
)

type ParseError struct{ Line int }

func (e ParseError) Error() string { return "bad" }

type OpErr struct {
	Op  string
	Err error
}

func (e *OpErr) Error() string { return e.Op + ": " + e.Err.Error() }

func main() {
	pe := ParseError{1}
	fmt.Printf("%#v %v %+v %s\n", pe, pe, pe, pe)
	op := &OpErr{"read", errors.New("eof")}
	fmt.Printf("%#v|%v\n", op.Op, op)
	fmt.Println(fmt.Sprintf("%#v", pe) == "main.ParseError{Line:1}", fmt.Errorf("wrap: %w", pe))
}
