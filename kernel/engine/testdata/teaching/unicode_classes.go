package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func classify(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	}
	return "other"
}

func main() {
	for _, r := range "Aé1 !€" {
		fmt.Printf("%q %s %d\n", r, classify(r), utf8.RuneLen(r))
	}
	fmt.Println(unicode.ToUpper('ß'), string(unicode.ToUpper('é')), unicode.ToTitle('a'))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("ÀÉÎ"))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('Ж', unicode.Cyrillic, unicode.Greek))
	caesar := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) && r < unicode.MaxASCII {
			base := 'a'
			if unicode.IsUpper(r) {
				base = 'A'
			}
			return base + (r-base+3)%26
		}
		return r
	}, "Hello, Xyz!")
	fmt.Println(caesar)
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("\xff"), utf8.RuneError)
	buf := utf8.AppendRune(nil, '世')
	fmt.Println(buf, len(buf))
	r, size := utf8.DecodeLastRuneInString("go世")
	fmt.Println(string(r), size)
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.TrimFunc("123abc456", unicode.IsDigit))
}
