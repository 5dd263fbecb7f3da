package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func wordFreq(text string) map[string]int {
	freq := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,!?")
		freq[w]++
	}
	return freq
}

func main() {
	freq := wordFreq("The cat and the hat. The end, and fin!")
	keys := slices.Sorted(maps.Keys(freq))
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, freq[k])
	}
	fmt.Println()
	byCount := slices.Clone(keys)
	slices.SortStableFunc(byCount, func(a, b string) int { return freq[b] - freq[a] })
	fmt.Println(byCount[:3])
	clone := maps.Clone(freq)
	delete(clone, "the")
	fmt.Println(len(freq), len(clone))
	maps.DeleteFunc(clone, func(k string, v int) bool { return v == 1 })
	fmt.Println(clone)
	dst := map[string]int{"x": 1}
	maps.Copy(dst, map[string]int{"y": 2, "x": 3})
	fmt.Println(dst)
	collected := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(collected)
	inverted := map[string]int{}
	for k, v := range maps.All(collected) {
		inverted[v] = k
	}
	fmt.Println(inverted)
	m := map[[2]int]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(m[[2]int{1, 0}], len(m))
	type key struct{ a, b string }
	km := map[key]int{{"x", "y"}: 1}
	km[key{"x", "y"}]++
	fmt.Println(km)
}
