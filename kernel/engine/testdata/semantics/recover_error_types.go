package main

import "fmt"

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

type PErr struct{ msg string }

func (e *PErr) Error() string { return e.msg }

func main() {
	for _, f := range []func(){func() { panic(MyErr{3}) }, func() { panic(&PErr{"p"}) }} {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("%T %v\n", r, r)
				if e, ok := r.(error); ok {
					fmt.Printf("%T %v\n", e, e)
				}
				if m, ok := r.(MyErr); ok {
					fmt.Println("code", m.Code)
				}
			}()
			f()
		}()
	}
}
