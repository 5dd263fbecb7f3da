// Two interfaces holding values of a struct type with a slice field: Go
// panics naming the struct type.
package main

import "fmt"

type S struct {
	Name string
	Tags []string
}

type Box struct{ V any }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Box{1} == Box{1})
	var a, b any = S{"x", nil}, S{"x", nil}
	fmt.Println(a == b)
}
