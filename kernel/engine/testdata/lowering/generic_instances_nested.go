// Generic funcs taking instances of the program's generic types, a
// generic type's method calling a generic constructor, and a slice of
// the standard library's errors printed.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Set[T comparable] map[T]bool

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s[it] = true
	}
	return s
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		r[k] = true
	}
	for k := range o {
		r[k] = true
	}
	return r
}

func Id[T any](v T) T { return v }

func Keys[T comparable](s Set[T]) []T {
	var out []T
	for k := range s {
		out = append(out, k)
	}
	return out
}

func ParseAll(in []string) ([]int, []error) {
	var out []int
	var errs []error
	for _, s := range in {
		n, err := strconv.Atoi(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, n)
	}
	return out, errs
}

func main() {
	b := Box[int]{1}
	fmt.Println(Id(b), Id(b).Get(), Id(Box[string]{"x"}))
	u := NewSet(1, 2).Union(NewSet(2, 3))
	ks := Keys(u)
	sort.Ints(ks)
	fmt.Println(ks, len(u), u)
	nums, errs := ParseAll([]string{"1", "x", "3", "4.0"})
	fmt.Println(nums, errs)
	fmt.Printf("%v %d %q\n", errs[0], len(errs), errs)
}
