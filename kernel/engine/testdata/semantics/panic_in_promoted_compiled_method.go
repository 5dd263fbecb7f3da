package main

import (
	"bytes"
	"fmt"
)

// A panic in a method promoted from an embedded compiled struct names
// the line that called it.

type B struct{ bytes.Buffer }

func main() {
	var b B
	b.WriteString("abc")
	fmt.Println(b.String())
	b.Truncate(10)
}
