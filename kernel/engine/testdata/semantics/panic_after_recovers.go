// A program that recovers from panics in func literals it passes to a
// helper, then panics for good: the crash names the last panic, at its
// own line (not the first literal the func ran), with an error code
// type and a Stringer as panic values.
package main

import (
	"errors"
	"fmt"
)

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("code %d", int(e)) }

type Color string

func (c Color) String() string { return "color " + string(c) }

func try(f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			var c ErrCode
			fmt.Println("error:", err, errors.As(err, &c), int(c))
			return
		}
		if s, ok := r.(fmt.Stringer); ok {
			fmt.Println("stringer:", s)
			return
		}
		fmt.Printf("other: %v %T\n", r, r)
	}()
	f()
}

func main() {
	try(func() { panic(ErrCode(7)) })
	try(func() { panic(Color("red")) })
	try(func() { panic(3) })
	panic(ErrCode(9))
}
