package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

func reverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func anagrams(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	slices.Sort(ra)
	slices.Sort(rb)
	return slices.Equal(ra, rb)
}

func main() {
	fmt.Println(reverse("Hello, 世界"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "été", ""} {
		fmt.Printf("%q %v\n", s, isPalindrome(s))
	}
	fmt.Println(anagrams("listen", "silent"), anagrams("abc", "abd"))
	word := "naïve"
	fmt.Println(len(word), len([]rune(word)), strings.ToUpper(word), word[2:4])
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("%c|%v|%s\n", []rune(word)[2], word[2], string(word[2]))
}
