package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (%T, runtime error: %v)\n", name, r, r, isRuntime)
	}()
	f()
}

func main() {
	// make's run-time errors name the argument Go blames.
	n, c, neg := 5, 3, -1
	try("len > cap", func() { _ = make([]int, n, c) })
	try("negative len", func() { _ = make([]int, neg) })
	try("negative len and cap", func() { _ = make([]int, neg, neg) })
	try("negative cap", func() { _ = make([]string, 0, neg) })
	try("negative chan size", func() { _ = make(chan int, neg) })
	try("in range", func() { fmt.Println(len(make([]int, c, n)), cap(make(chan bool, n))) })
}
