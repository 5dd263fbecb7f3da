package main

import (
	"errors"
	"fmt"
)

type Unwrapper interface{ Unwrap() error }

type MyErr struct{ inner error }

func (e *MyErr) Error() string { return "my: " + e.inner.Error() }
func (e *MyErr) Unwrap() error { return e.inner }

func main() {
	base := errors.New("base")
	var err error = &MyErr{fmt.Errorf("deep: %w", base)}
	u, ok := err.(Unwrapper)
	fmt.Println(ok)
	e2 := u.Unwrap()
	fmt.Printf("%T %v\n", e2, e2 == nil)
	var err2 error = fmt.Errorf("ctx: %w", &MyErr{base})
	u2, ok := err2.(Unwrapper)
	fmt.Println(ok)
	e3 := u2.Unwrap()
	fmt.Printf("%T %v\n", e3, e3 == nil)
	u3, ok := e3.(Unwrapper)
	fmt.Println(ok)
	e4 := u3.Unwrap()
	fmt.Printf("%T %v\n", e4, e4 == nil)
}
