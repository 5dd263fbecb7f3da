// A func literal or a named func converted to iter.Seq or iter.Seq2 is an
// iterator like any other.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func evens(yield func(int) bool) {
	for i := 0; i < 10; i += 2 {
		if !yield(i) {
			return
		}
	}
}

func main() {
	s := iter.Seq[int](func(yield func(int) bool) {
		for _, w := range []int{3, 1, 2} {
			if !yield(w) {
				return
			}
		}
	})
	fmt.Println(slices.Sorted(s))
	e := iter.Seq[int](evens)
	for v := range e {
		if v > 4 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	pairs := iter.Seq2[string, int](func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2)
	})
	fmt.Println(maps.Collect(pairs))
	fmt.Printf("%T\n", e)
	var consume func(iter.Seq[int]) int
	var produce func() iter.Seq2[string, int]
	fmt.Printf("%T|%T\n", consume, produce)
}
