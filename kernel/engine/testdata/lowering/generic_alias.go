package main

import (
	"fmt"
	"slices"
)

type Set[T comparable] = map[T]struct{}

type Pair[A, B any] = struct {
	First  A
	Second B
}

type List[T any] = []T

func Add[T comparable](s Set[T], v T) { s[v] = struct{}{} }

func Keys[T comparable](s Set[T]) List[T] {
	var out List[T]
	for k := range s {
		out = append(out, k)
	}
	return out
}

func main() {
	s := Set[int]{}
	s[1] = struct{}{}
	Add(s, 5)
	Add(s, 3)
	ks := Keys(s)
	slices.Sort(ks)
	fmt.Println(len(s), ks)
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v %+v %T\n", p, p, s)
	words := Set[string]{"go": {}}
	_, ok := words["go"]
	fmt.Println(ok)
}
