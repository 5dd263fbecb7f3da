// Slices built by appends and returned, by generic and plain funcs,
// inlined by the compiler in a loop or not: the capacities go run shows.
package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func evens(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			r = append(r, i)
		}
	}
	return r
}

func growing(n int) []int {
	var r []int
	for i := range n {
		r = append(r, i)
		fmt.Print(cap(r), " ")
	}
	fmt.Println()
	return r
}

func words(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		out = append(out, strings.ToUpper(w))
	}
	return out
}

func kept(n int) []int {
	var r []int
	for i := range n {
		r = append(r, i)
	}
	fmt.Println(r)
	return r
}

func main() {
	for _, n := range []int{1, 3, 4, 5, 7} {
		e := evens(n)
		m := Map(e, func(i int) int { return i * i })
		fmt.Println(n, len(e), cap(e), len(m), cap(m))
	}
	g := growing(6)
	fmt.Println(len(g), cap(g))
	g = growing(3)
	fmt.Println(len(g), cap(g))
	w := words("a b c")
	fmt.Println(w, len(w), cap(w))
	k := kept(3)
	fmt.Println(len(k), cap(k))
	b := Map([]int{1, 2, 3}, func(i int) byte { return byte('a' + i) })
	fmt.Println(string(b), cap(b))
}
