package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Declared funcs, and variables holding them, passed where an iter.Seq
// or iter.Seq2 goes.

func Show(a iter.Seq[string]) {
	for x := range a {
		fmt.Println(x)
	}
}

func Pairs(p iter.Seq2[int, string]) {
	for i, s := range p {
		fmt.Println(i, s)
	}
}

func letters(yield func(string) bool) {
	for _, s := range []string{"a", "b"} {
		if !yield(s) {
			return
		}
	}
}

func numbered(yield func(int, string) bool) { yield(1, "one") }

func main() {
	Show(letters)
	f := letters
	Show(f)
	Pairs(numbered)
	g := numbered
	Pairs(g)
	fmt.Println(slices.Collect(iter.Seq[string](letters)))
	fmt.Println(slices.Sorted(maps.Keys(map[string]int{"z": 1, "y": 2})))
	var s iter.Seq[string] = letters
	Show(s)
}
