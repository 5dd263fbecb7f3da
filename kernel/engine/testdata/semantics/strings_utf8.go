package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Println(s[1], s[:2], []rune(s)[1])
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b))
	fmt.Println(strings.ToUpper(s), strings.Count(s, "l"), strings.Index(s, "世"))
	fmt.Printf("%q %v %x\n", "tab\t", []byte("hi"), "hi")
	var sb strings.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Println(sb.String())
}
