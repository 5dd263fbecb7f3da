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

type Bits uint8

func main() {
	// A negative count of a signed type panics.
	s := -1
	try("1 << s", func() { fmt.Println(1 << s) })
	try("x >> s", func() { x := 8; fmt.Println(x >> s) })
	try("x <<= s", func() { x := int64(8); x <<= s; fmt.Println(x) })
	var c8 int8 = -3
	try("int8 count", func() { fmt.Println(uint(5) << c8) })
	var f uint8 = 0xff
	try("untyped in context", func() { fmt.Println(f & (1 << s)) })
	// Counts that are not negative shift as always.
	n := 3
	var b Bits = 1
	fmt.Println(1<<n, 256>>n, f&(1<<n), b<<n)
	var big = 70
	fmt.Println(1<<big, -1>>big)
	for i := 0; i < 4; i++ {
		fmt.Print(1<<i, " ")
	}
	for i := 7; i >= 0; i-- {
		fmt.Print((0xa5>>i)&1, "")
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(1<<i, " ")
	}
	for i := range []string{"a", "b"} {
		fmt.Print(1<<i, " ")
	}
	s2 := []int{1, 2, 3}
	fmt.Println(1 << len(s2))
	x := 1
	x <<= n
	fmt.Println(x)
	// The count goes negative in a loop.
	try("loop", func() {
		for i := 2; i > -5; i-- {
			fmt.Print(8>>i, " ")
		}
	})
}
