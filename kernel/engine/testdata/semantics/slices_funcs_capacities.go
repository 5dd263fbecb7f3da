// The capacity of the slices that slices.Grow, Clone, Concat, Insert and
// Replace return, printed as a lesson on len and cap prints it.
package main

import (
	"fmt"
	"slices"
)

func main() {
	g := slices.Grow([]int{1}, 10)
	fmt.Println("grow", len(g), cap(g))
	c := slices.Concat([]int{1, 2}, []int{3, 4, 5})
	fmt.Println("concat", len(c), cap(c))
	cl := slices.Clone([]string{"a", "b", "c", "d", "e"})
	fmt.Println("clone", len(cl), cap(cl))
	in := slices.Insert([]int{1, 2, 3, 4, 5}, 1, 9)
	fmt.Println("insert", in, len(in), cap(in))
	rp := slices.Replace([]int{1, 2, 3}, 1, 2, 7, 8, 9)
	fmt.Println("replace", rp, len(rp), cap(rp))
	roomy := make([]int, 3, 10)
	same := slices.Insert(roomy, 1, 5)
	fmt.Println("in place", same, cap(same), &roomy[0] == &same[0])
	for _, n := range []int{3, 9, 17} {
		s := slices.Grow([]byte(nil), n)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}
