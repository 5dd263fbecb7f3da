package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type Grade struct {
	Student string
	Score   int
}

func main() {
	strs := []string{"c", "a", "b"}
	sort.Strings(strs)
	fmt.Println("Strings:", strs)
	ints := []int{7, 2, 4}
	sort.Ints(ints)
	fmt.Println("Ints:   ", ints, sort.IntsAreSorted(ints))
	fruits := []string{"peach", "banana", "kiwi"}
	sort.Sort(byLength(fruits))
	fmt.Println(fruits)
	sort.Sort(sort.Reverse(sort.StringSlice(fruits)))
	fmt.Println(fruits)
	grades := []Grade{{"amy", 90}, {"bob", 85}, {"cat", 90}, {"dan", 70}}
	sort.SliceStable(grades, func(i, j int) bool { return grades[i].Score > grades[j].Score })
	fmt.Println(grades)
	i := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(i)
	j := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(j)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Slice(words, func(a, b int) bool {
		if len(words[a]) != len(words[b]) {
			return len(words[a]) < len(words[b])
		}
		return words[a] < words[b]
	})
	fmt.Println(words)
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl)
}
