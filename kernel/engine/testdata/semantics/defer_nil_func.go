package main

import (
	"fmt"
	"runtime"
)

type T struct{ cb func(int) }

// g defers a nil func field with an argument: the argument is evaluated
// at the defer statement, the call fails when g returns.
func g() {
	defer func() { fmt.Println("g recovered:", recover()) }()
	t := T{}
	defer t.cb(arg())
	fmt.Println("g body")
}

func arg() int {
	fmt.Println("argument evaluated")
	return 3
}

// h's nil deferred func is the only deferred call: the panic goes to
// h's caller.
func h() {
	var fn func()
	defer fn()
}

func f() (res string) {
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		fmt.Printf("recovered: %v %T %v\n", r, r, ok)
		res = "recovered"
	}()
	var fn func()
	defer fn()
	fmt.Println("body runs")
	return "normal"
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	defer fmt.Println("main's other deferred call")
	fmt.Println(f())
	g()
	func() {
		defer func() { fmt.Println("h's caller recovered:", recover()) }()
		h()
	}()
	var cb func(string)
	defer cb("x")
	fmt.Println("main body ends")
}
