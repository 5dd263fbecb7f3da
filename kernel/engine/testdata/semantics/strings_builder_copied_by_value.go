// A strings.Builder copied by value, then written to: the copy panics at
// the write, which the traceback names among the other writes.
package main

import (
	"fmt"
	"strings"
)

func greet(b strings.Builder, name string) string {
	b.WriteString(name)
	return b.String()
}

func main() {
	var b strings.Builder
	b.WriteString("hello")
	b.WriteByte(',')
	fmt.Println(b.String(), b.Len())
	fmt.Println(greet(strings.Builder{}, "zero copy is fine"))
	c := b
	fmt.Println("copied", c.Len())
	c.WriteString(" world")
	fmt.Println("unreachable")
}
