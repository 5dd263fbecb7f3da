package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Filter(seq iter.Seq[int], keep func(int) bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	for f := range Fib() {
		if f > 50 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	evens := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	var got []int
	for v := range evens {
		if len(got) == 5 {
			break
		}
		got = append(got, v)
	}
	fmt.Println(got)
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	fmt.Println(slices.Sorted(maps.Values(m)))
	for i, v := range slices.Backward([]string{"p", "q", "r"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{7: true})))
	for line := range strings.Lines("one\ntwo\n") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	next, stop := iter.Pull(Fib())
	for range 4 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	fmt.Println()
}
