// Generic types whose type arguments are instances made inside other
// generic code (a Stream[Entry[K, V]] built by a method of Index[K, V],
// a map keyed by key2[K1, K2] whose keys a generic func collects) have
// one copy per instance, shared by every generic that names it.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Entry[K, V any] struct {
	Key K
	Val V
}

type Stream[T any] struct {
	items []T
	pos   int
}

func NewStream[T any](items []T) *Stream[T] { return &Stream[T]{items: items} }

func (s *Stream[T]) Next() (T, bool) {
	var zero T
	if s.pos >= len(s.items) {
		return zero, false
	}
	s.pos++
	return s.items[s.pos-1], true
}

type Index[K cmp.Ordered, V any] struct {
	data map[K]V
}

type Cursor[K cmp.Ordered, V any] struct {
	s *Stream[Entry[K, V]]
}

func (ix *Index[K, V]) Cursor() *Cursor[K, V] {
	var es []Entry[K, V]
	for _, k := range Keys(ix.data) {
		es = append(es, Entry[K, V]{k, ix.data[k]})
	}
	return &Cursor[K, V]{NewStream(es)}
}

func (c *Cursor[K, V]) Next() (K, V, bool) {
	e, ok := c.s.Next()
	return e.Key, e.Val, ok
}

func Keys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type key2[A, B comparable] struct {
	a A
	b B
}

type Counter2[A, B comparable] struct {
	m map[key2[A, B]]int
}

func (c *Counter2[A, B]) Add(a A, b B) {
	if c.m == nil {
		c.m = map[key2[A, B]]int{}
	}
	c.m[key2[A, B]{a, b}]++
}

func (c *Counter2[A, B]) Pairs() []key2[A, B] {
	return KeysFunc(c.m, func(x, y key2[A, B]) bool { return fmt.Sprint(x) < fmt.Sprint(y) })
}

func KeysFunc[K comparable, V any](m map[K]V, less func(K, K) bool) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(x, y K) int {
		if less(x, y) {
			return -1
		}
		if less(y, x) {
			return 1
		}
		return 0
	})
	return ks
}

func main() {
	ix := &Index[string, int]{data: map[string]int{"b": 2, "a": 1, "c": 3}}
	c := ix.Cursor()
	for {
		k, v, ok := c.Next()
		if !ok {
			break
		}
		fmt.Println(k, v)
	}
	var cnt Counter2[string, int]
	cnt.Add("x", 1)
	cnt.Add("x", 1)
	cnt.Add("a", 2)
	for _, p := range cnt.Pairs() {
		fmt.Printf("%v=%d ", p, cnt.m[p])
	}
	fmt.Println()
	fmt.Printf("%T %T\n", c, cnt)
}
