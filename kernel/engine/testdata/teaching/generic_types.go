package main

import (
	"fmt"
	"iter"
)

type List[T any] struct {
	head, tail *element[T]
	size       int
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	e := &element[T]{val: v}
	if lst.tail == nil {
		lst.head = e
	} else {
		lst.tail.next = e
	}
	lst.tail = e
	lst.size++
}

func (lst *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := lst.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

func main() {
	var lst List[int]
	lst.Push(10)
	lst.Push(13)
	lst.Push(23)
	for v := range lst.All() {
		fmt.Print(v, " ")
	}
	fmt.Println(lst.size)
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
	fmt.Printf("%v %+v %T\n", p, p, p)
	ps := []Pair[int, bool]{{1, true}, {2, false}}
	fmt.Println(ps)
	s := Set[string]{}
	s.Add("x")
	s.Add("y")
	s.Add("x")
	fmt.Println(s.Len(), s.Has("x"), s.Has("z"))
	var sl List[string]
	sl.Push("only")
	for v := range sl.All() {
		fmt.Println(v)
	}
}
