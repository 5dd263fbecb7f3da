package main

import "fmt"

// A variadic generic func called with arguments, then as an explicit
// instance with none: the traceback names the second call.

func First[T any](xs ...T) T {
	return xs[0]
}

func main() {
	fmt.Println(First(1, 2))
	fmt.Println(First("a"))
	fmt.Println(First[float64]())
}
