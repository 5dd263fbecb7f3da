package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func firstOver(seq iter.Seq[int], limit int) (int, bool) {
	for v := range seq {
		if v > limit {
			return v, true
		}
	}
	return 0, false
}

func main() {
	for v := range Countdown(3) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		if i == 2 {
			break
		}
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	evens := Filter(Countdown(10), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(evens))
	fmt.Println(firstOver(Countdown(10), 7))
	fmt.Println(firstOver(Countdown(3), 7))
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Countdown(3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print("pulled ", v, "; ")
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
	for line := range strings.Lines("one\ntwo\n") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v)
	}
	fmt.Println()
	total := 0
outer:
	for i := range Countdown(5) {
		for j := range Countdown(i) {
			if j == 3 {
				continue outer
			}
			total += j
		}
	}
	fmt.Println("total", total)
	m2 := maps.Collect(Enumerate([]string{"p", "q"}))
	fmt.Println(m2)
}
