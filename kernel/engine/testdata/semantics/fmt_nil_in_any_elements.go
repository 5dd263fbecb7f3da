package main

import "fmt"

// A nil inside an []any, a map or a struct field of interface type
// prints <nil> under every verb but %#v; an operand that is nil prints
// fmt's bad verb.

type P struct{ X, Y int }

type Box struct {
	V   any
	Tag string
}

func main() {
	fmt.Printf("%s\n", []any{nil})
	fmt.Printf("%s %v %d %x\n", []any{nil, 1}, []any{nil}, []any{nil}, []any{nil, "a"})
	fmt.Printf("%6s|%-6d|\n", []any{nil}, []any{nil})
	fmt.Printf("%s %d\n", map[string]any{"k": nil}, []any{P{1, 2}, nil})
	fmt.Printf("%s %d %+v\n", Box{nil, "t"}, []Box{{nil, "u"}}, Box{})
	fmt.Printf("%#v\n", []any{nil, P{1, 2}})
	fmt.Printf("%s %d\n", nil, nil)
	fmt.Printf("%s\n", []error{nil})
}
