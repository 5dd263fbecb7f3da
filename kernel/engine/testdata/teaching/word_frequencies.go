package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

type wc struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w != "" {
			counts[w]++
		}
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:5] {
		fmt.Printf("%-8s %s %d\n", e.word, strings.Repeat("*", e.count), e.count)
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%2d: %q (%d runes)\n", i+1, l[:10], len([]rune(l)))
	}
	fmt.Println(strings.Fields(" a  b c "), len(strings.Fields(" a  b c ")))
	fmt.Println(strings.Title("hello world"), strings.EqualFold("Go", "GO"))
	r := strings.NewReplacer("times", "days", "age", "era")
	fmt.Println(r.Replace(lines[0]))
}
