// A method of a generic type builds its result with a generic func of
// the program.
package main

import "fmt"

type Set[T comparable] map[T]bool

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s[it] = true
	}
	return s
}

func (s Set[T]) Copy() Set[T] {
	r := NewSet[T]()
	for k := range s {
		r[k] = true
	}
	return r
}

func main() {
	fmt.Println(NewSet(1, 2).Copy())
}
