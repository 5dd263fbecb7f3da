package main

// Indexing a call's result: the element, an element assigned through
// it, and Go's message with both numbers when the index is out of range.

import (
	"fmt"
	"strings"
)

var store = []int{1, 2, 3}

func data() []int { return store }

func word() string { return "go" }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	line := "ann,31,paris"
	fmt.Println(strings.Split(line, ",")[1], strings.Fields("a b c")[2], word()[1])
	data()[0] = 10
	data()[1]++
	p := &data()[2]
	*p *= 10
	fmt.Println(store, data()[len(store)-1])
	try("split", func() { fmt.Println(strings.Split("no commas", ",")[1]) })
	try("string", func() { fmt.Println(word()[5]) })
	i := -1
	try("negative", func() { fmt.Println(data()[i]) })
}
