package main

import (
	"bufio"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness...`

type entry struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	for sc.Scan() {
		w := strings.TrimFunc(strings.ToLower(sc.Text()), func(r rune) bool { return !unicode.IsLetter(r) })
		if w != "" {
			counts[w]++
		}
	}
	var entries []entry
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		return cmp.Or(cmp.Compare(b.count, a.count), cmp.Compare(a.word, b.word))
	})
	for _, e := range entries[:5] {
		fmt.Printf("%-8s %s %d\n", e.word, strings.Repeat("#", e.count), e.count)
	}
	fmt.Println(len(counts), slices.Sorted(maps.Keys(counts))[:3])
	longest := slices.MaxFunc(slices.Collect(maps.Keys(counts)), func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(b, a))
	})
	fmt.Println("longest:", longest)
}
