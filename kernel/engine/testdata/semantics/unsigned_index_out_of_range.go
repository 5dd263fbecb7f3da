// An index of an unsigned type past int's range is named as Go names
// it: the unsigned value, with the length.
package main

import "fmt"

type Slot uint

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func last(xs []string) string {
	n := uint(len(xs))
	return xs[n-1]
}

func main() {
	words := []string{"go"}
	var grid [3]int
	try("last", func() { fmt.Println(last(words)) })
	try("empty", func() { fmt.Println(last(nil)) })
	try("string", func() { var i uint64; i--; fmt.Println("abc"[i]) })
	try("array", func() { var s Slot = 1; s -= 2; fmt.Println(grid[s]) })
	try("small", func() { var s Slot = 7; fmt.Println(grid[s]) })
	try("uint32", func() { var k uint32; k--; fmt.Println(words[k]) })
	var top uint
	top -= 2
	fmt.Println(words[top])
}
