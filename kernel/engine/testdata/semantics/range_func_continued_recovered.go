package main

// An iterator that goes on calling yield after the loop body stopped it
// panics with Go's run-time error, a runtime.errorString.

import (
	"fmt"
	"runtime"
)

// Careless ignores what yield returns.
func Careless(yield func(int) bool) {
	for i := range 3 {
		yield(i)
	}
}

func firstOf(seq func(func(int) bool)) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			re, isRuntime := r.(runtime.Error)
			fmt.Printf("%T %v\n", r, isRuntime)
			err = re
		}
	}()
	for v := range seq {
		n = v
		break
	}
	return n, nil
}

func main() {
	n, err := firstOf(Careless)
	fmt.Println(n, err)
}
