// panic with a variable of a struct type whose Error method has a value
// receiver, recovered and then uncaught: the error's message.
package main

import (
	"errors"
	"fmt"
)

type E struct{ N int }

func (e E) Error() string { return fmt.Sprint("e", e.N) }

type Code int

func (c *Code) Error() string { return fmt.Sprint("code ", int(*c)) }

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
		if err, ok := r.(error); ok {
			var e E
			fmt.Println(errors.As(err, &e), e.N)
		}
	}()
	f()
}

func main() {
	e := E{3}
	try(func() { panic(e) })
	try(func() { panic(E{4}) })
	c := Code(7)
	try(func() { panic(&c) })
	var err error = e
	try(func() { panic(err) })
	e.N = 9
	panic(e)
}
