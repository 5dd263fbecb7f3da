package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

func main() {
	s := []int{5, 2, 8, 1}
	s = append(s, 9, 3)
	fmt.Println(s, len(s), cap(s) >= len(s))
	fmt.Println(s[1:3], s[:2], s[4:])
	slices.Sort(s)
	fmt.Println(s, slices.Index(s, 8), slices.Contains(s, 4))
	idx, found := slices.BinarySearch(s, 5)
	fmt.Println(idx, found, slices.Max(s), slices.Min(s))
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, 3)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix)
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts)
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Println(keys)
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	fmt.Println(list[:3])
	v, ok := counts["cat"]
	fmt.Println(v, ok)
	delete(counts, "the")
	fmt.Println(len(counts))
	cp := slices.Clone(s)
	cp[0] = 100
	fmt.Println(s[0], cp[0], slices.Equal(s, cp))
	s = slices.DeleteFunc(s, func(x int) bool { return x%2 == 0 })
	fmt.Println(s)
}
