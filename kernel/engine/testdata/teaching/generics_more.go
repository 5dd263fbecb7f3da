package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, x := range s {
		out = append(out, f(x))
	}
	return out
}

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	var out []Pair[K, V]
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Pair[K, V]{k, m[k]})
	}
	return out
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum(Celsius(10), Celsius(20.5)))
	fmt.Printf("%v %T\n", Sum[Celsius](1, 2), Sum[Celsius](1, 2))
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, []Pair[string, int]{p, {"b", 2}})
	var l List[string]
	for _, w := range strings.Fields("go is fun") {
		l.Push(w)
	}
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println(l.size)
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
	fmt.Println(SortedPairs(map[string]int{"z": 26, "a": 1, "m": 13}))
	fmt.Println(slices.Collect(l.All()), slices.Index(slices.Collect(l.All()), "is"))
	keys := slices.Collect(maps.Keys(map[int]bool{3: true, 1: true, 2: false}))
	slices.Sort(keys)
	fmt.Println(keys, slices.Max(keys), min(3, 1, 2), max(2.5, 1))
	for i, s := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, s, ";")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
}
