package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.walk(yield) }
}

func main() {
	var root *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(v)
	}
	for v := range root.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range root.All() {
		if v > 4 {
			fmt.Println("first above 4:", v)
			break
		}
	}
	var words *Tree[string]
	for _, w := range []string{"pear", "apple", "fig"} {
		words = words.Insert(w)
	}
	n := 0
	for w := range words.All() {
		n++
		fmt.Println(n, w)
	}
}
