package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[int]bool{}
	for i := range 10 {
		m[i] = true
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	visited := 0
	for k := range m {
		delete(m, k)
		visited++
	}
	fmt.Println(len(m), visited)
	counts := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range counts {
		counts[k] = v * 100
	}
	fmt.Println(counts)
	var nilMap map[string]int
	for k := range nilMap {
		fmt.Println("never", k)
	}
	fmt.Println(nilMap["x"], len(nilMap))
	delete(nilMap, "x")
	v, ok := nilMap["y"]
	fmt.Println(v, ok)
	type key struct{ x, y int }
	grid := map[key]string{{1, 2}: "a"}
	grid[key{1, 2}] += "b"
	fmt.Println(grid)
	mm := map[string][]int{}
	mm["k"] = append(mm["k"], 1)
	fmt.Println(mm)
	ms := map[string]struct{ n int }{"a": {1}}
	tmp := ms["a"]
	tmp.n++
	ms["a"] = tmp
	fmt.Println(ms)
}
