package main

// Ranging over a string with the index alone gives byte offsets, not
// rune counts; indexing a string gives a byte, also in a declaration at
// a cell's top level.

import (
	"fmt"
	"unicode/utf8"
)

// truncate keeps the first n runes of s.
func truncate(s string, n int) string {
	count := 0
	for i := range s {
		if count == n {
			return s[:i] + "…"
		}
		count++
	}
	return s
}

func main() {
	word := "héllo, wörld"
	for pos := range word[:6] {
		fmt.Print(pos, " ")
	}
	fmt.Println()
	var last int
	for last = range word {
	}
	fmt.Println("last rune starts at", last, "of", len(word), "bytes,", utf8.RuneCountInString(word), "runes")
	fmt.Println(truncate(word, 4), truncate("日本語です", 2), truncate("go", 5))
	runes := 0
	for range "a\xffé" {
		runes++
	}
	for i := range "\xf0\x9fb" {
		fmt.Print(i, " ")
	}
	fmt.Println(runes)

	s := "abc"
	c := s[1]
	d := s[2] - '0'
	first, second := s[0], "xyz"[1]
	var third = s[len(s)-1]
	fmt.Println(c, d, first, second, third, string(c), c == 'b')
	fmt.Printf("%T %q %c\n", c, c, third)
	digits := "2026"
	sum := int(digits[0]-'0') + int(digits[3]-'0')
	fmt.Println(sum)
}
