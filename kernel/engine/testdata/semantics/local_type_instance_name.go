package main

import "fmt"

// An instance of a generic type whose type argument is declared inside
// a func: Go's %T marks the local type with its index (main.Box[main.item·1]).

type Box[T any] struct{ v T }

func main() {
	type item struct{ n int }
	b := Box[item]{item{1}}
	fmt.Printf("%v %T\n", b, b.v)
	fmt.Printf("%T\n", b)
}
