package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func firstOver(limit int) int {
	for v := range countdown(10) {
		if v < limit {
			return v
		}
	}
	return -1
}

func find(grid [][]int, target int) (r, c int, ok bool) {
outer:
	for i, row := range slices.All(grid) {
		for j, v := range slices.All(row) {
			if v == target {
				r, c, ok = i, j, true
				break outer
			}
			if v < 0 {
				continue outer
			}
		}
	}
	return
}

func main() {
	for v := range countdown(3) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, w := range pairs([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		fmt.Println(i, w)
	}
	fmt.Println(firstOver(4))
	fmt.Println(find([][]int{{1, -1, 9}, {4, 9}}, 9))
	keys := slices.Sorted(maps.Keys(map[string]int{"b": 2, "a": 1, "c": 3}))
	fmt.Println(keys)
	for part := range strings.SplitSeq("x,y,z", ",") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	s := []int{5, 2, 8}
	slices.Sort(s)
	fmt.Println(s, slices.Max(s), slices.Index(s, 8), slices.Contains(s, 3))
}
