package main

import "fmt"

// A generic func indexes its slice on two lines: the traceback names
// the one that failed.

func Pick[T any](items []T, n int) T {
	if n == 1 {
		return items[0]
	}
	fmt.Println("picking", n)
	return items[n]
}

func main() {
	names := []string{"ada", "bob"}
	fmt.Println(Pick(names, 1))
	fmt.Println(Pick(names, 0))
	fmt.Println(Pick([]int{}, 0))
}
