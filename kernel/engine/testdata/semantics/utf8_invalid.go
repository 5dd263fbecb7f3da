package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe2\x82c€"
	for i, r := range s {
		fmt.Printf("%d:%q(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), []rune(s))
	fmt.Printf("%q %+q %x\n", s, s, s)
	fmt.Println(strings.ToValidUTF8(s, "?"))
	b := []byte(s)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Print(r == utf8.RuneError, size, " ")
		b = b[size:]
	}
	fmt.Println()
	fmt.Println(string([]rune{0xD800, 0x10FFFF + 1}) == "\uFFFD\uFFFD")
	fmt.Println(string(rune(0xD800)), []byte(string(rune(0x10FFFF+1))))
	bad := string([]byte{0xc0, 0x80})
	fmt.Println(utf8.ValidString(bad), len([]rune(bad)))
	for i := range "\xf0\x9f" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
