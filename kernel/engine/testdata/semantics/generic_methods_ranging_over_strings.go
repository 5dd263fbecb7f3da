package main

import "fmt"

// Generic methods and funcs ranging over strings.

type Counter[K comparable] struct{ counts map[K]int }

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{counts: map[K]int{}} }

func (c *Counter[K]) Letters(key K, s string) int {
	n := 0
	for range s {
		n++
	}
	c.counts[key] += n
	return n
}

func (c *Counter[K]) Runes(s string) []rune {
	var out []rune
	for _, r := range s {
		out = append(out, r)
	}
	return out
}

func Width[T any](v T) int {
	n := 0
	for i := range fmt.Sprint(v) {
		n = i + 1
	}
	return n
}

func main() {
	c := NewCounter[string]()
	fmt.Println(c.Letters("greeting", "héllo"), c.Runes("añb"))
	d := NewCounter[int]()
	fmt.Println(d.Letters(1, "日本"), d.counts)
	fmt.Println(Width(12345), Width("ab"), Width(3.5))
}
