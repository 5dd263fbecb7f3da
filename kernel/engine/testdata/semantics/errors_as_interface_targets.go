// errors.As given an interface value instead of a pointer: the classic
// "forgot the &" mistake, with targets of the program's own interface
// type, of error and of any.
package main

import (
	"errors"
	"fmt"
)

type Coded interface {
	error
	Code() int
}

type httpErr struct{ code int }

func (h *httpErr) Error() string { return fmt.Sprint("http ", h.code) }
func (h *httpErr) Code() int     { return h.code }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	err := fmt.Errorf("wrapped: %w", &httpErr{404})
	try("nil Coded", func() {
		var c Coded
		errors.As(err, c)
	})
	try("nil Coded, nil err", func() {
		var c Coded
		fmt.Println(errors.As(nil, c))
	})
	try("nil error", func() {
		var e error
		errors.As(err, e)
	})
	try("nil any", func() {
		var a any
		errors.As(err, a)
	})
	try("Coded holding a value", func() {
		var c Coded = &httpErr{1}
		errors.As(err, c)
	})
	var c Coded
	fmt.Println(errors.As(err, &c), c.Code())
}
