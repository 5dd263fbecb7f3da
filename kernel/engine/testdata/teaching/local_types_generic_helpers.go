package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
)

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	type pair struct {
		word  string
		count int
	}
	counts := map[string]int{"go": 3, "is": 1, "fun": 3, "and": 2}
	var pairs []pair
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		pairs = append(pairs, pair{k, counts[k]})
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.word, b.word)
	})
	fmt.Println(pairs)
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].word < pairs[j].word })
	fmt.Println(pairs)
	idx := slices.IndexFunc(pairs, func(p pair) bool { return p.word == "go" })
	fmt.Println(idx, slices.ContainsFunc(pairs, func(p pair) bool { return p.count > 2 }))
	big := Filter(pairs, func(p pair) bool { return p.count >= 2 })
	fmt.Println(big, len(big))
	type score int
	scores := []score{3, 1, 2}
	slices.Sort(scores)
	fmt.Println(scores, slices.Max(scores))
	m := map[score]string{1: "one"}
	fmt.Println(slices.Collect(maps.Values(m)))
}
