package main

// Slicing a call's result: the elements, and Go's messages with the
// bounds and the length or capacity when they are out of range.

import (
	"fmt"
	"strings"
)

func one() []int   { return []int{7, 8, 9} }
func word() string { return "gopher" }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	fmt.Println(one()[1:2], one()[:2], one()[1:], word()[2:4], word()[:3], word()[3:], strings.Fields("a b c d")[1:3])
	n := 5
	try("hi", func() { fmt.Println(one()[0:n]) })
	try("lo", func() { fmt.Println(one()[4:]) })
	try("swap", func() { fmt.Println(one()[2 : 1+0*n]) })
	try("str", func() { fmt.Println(word()[:9]) })
	try("fields", func() { fmt.Println(strings.Fields("x y")[1:n]) })
}
