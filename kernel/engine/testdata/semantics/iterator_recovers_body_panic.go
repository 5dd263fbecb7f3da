// An iterator must not swallow its loop body's panic: Go stops the
// program when it recovers one and returns.
package main

import (
	"fmt"
	"iter"
)

// Safe looks helpful but hides the body's failure.
func Safe(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("iterator recovered:", r)
			}
		}()
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func sum(n int) (total int) {
	for v := range Safe(n) {
		if v%2 == 1 {
			continue
		}
		total += v
	}
	return total
}

func main() {
	fmt.Println(sum(5))
	for v := range Safe(3) {
		if v == 2 {
			break
		}
		fmt.Println("v", v)
	}
	for v := range Safe(3) {
		fmt.Println("checking", v)
		if v == 1 {
			panic("body panics")
		}
	}
	fmt.Println("after")
}
