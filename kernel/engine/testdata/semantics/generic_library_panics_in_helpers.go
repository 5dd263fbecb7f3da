// A generic func of the standard library that panics on a bad argument
// (slices.Grow with a negative count, slices.Chunk of size 0), called in
// a helper: the traceback names the line of the helper that called it,
// and the caller's line, as Go's does.
package main

import (
	"fmt"
	"slices"
)

func batches(items []string, size int) [][]string {
	fmt.Println("batching", len(items), "items by", size)
	var out [][]string
	for c := range slices.Chunk(items, size) {
		out = append(out, c)
	}
	return out
}

func reserve(s []int, extra int) []int {
	fmt.Println("reserving", extra)
	s = slices.Grow(s, extra)
	return s
}

func main() {
	fmt.Println(batches([]string{"a", "b", "c"}, 2))
	fmt.Println(cap(reserve(nil, 3)) >= 3)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		reserve([]int{1}, -2)
	}()
	batches([]string{"x"}, 0)
}
