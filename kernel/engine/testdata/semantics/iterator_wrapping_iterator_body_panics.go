package main

import (
	"fmt"
	"iter"
)

// An iterator adapter ranging over another iterator: the consumer's loop
// body panics, and the adapter's frame that called the inner iterator
// names its range statement.

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter(s iter.Seq[int], keep func(int) bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	even := func(v int) bool { return v%2 == 0 }
	for v := range Filter(Count(10), even) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	weights := []int{3, 1, 4}
	for v := range Filter(Count(10), even) {
		fmt.Println("weight", weights[v/2])
	}
}
