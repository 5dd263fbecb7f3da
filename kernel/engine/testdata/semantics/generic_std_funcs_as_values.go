// Generic functions of the standard library used as values: instantiated
// (cmp.Compare[int], slices.Sort[[]int, int]) or inferred from where
// they go (slices.IsSortedFunc(xs, cmp.Compare)), also inside generics.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
)

type Person struct {
	Name string
	Age  int
}

func apply[T any](xs []T, f func([]T)) { f(xs) }

func SortAll[T cmp.Ordered](xss [][]T) {
	for _, xs := range xss {
		apply(xs, slices.Sort[[]T])
	}
}

func Largest[T cmp.Ordered](xs []T) T { return slices.MaxFunc(xs, cmp.Compare[T]) }

func main() {
	xs := []int{5, 2, 9}
	sorter := slices.Sort[[]int, int]
	sorter(xs)
	fmt.Println(xs)
	idx := slices.Index[[]string, string]
	fmt.Println(idx([]string{"a", "b"}, "b"))
	ws := []string{"z", "y"}
	apply(ws, slices.Sort)
	xss := [][]int{{3, 1}, {9, 7, 8}}
	SortAll(xss)
	fmt.Println(ws, xss, Largest([]string{"a", "c", "b"}))
	people := []Person{{"Al", 30}, {"Bo", 25}}
	slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	ages := []int{30, 25, 41}
	fmt.Println(slices.MaxFunc(ages, cmp.Compare[int]), slices.IsSortedFunc(ages, cmp.Compare))
	m := map[string]int{"b": 2, "a": 1}
	keys := slices.SortedFunc(maps.Keys(m), cmp.Compare[string])
	fmt.Println(keys)
	conv := strconv.Itoa
	fmt.Println(conv(7))
	var less func(a, b float64) bool = cmp.Less[float64]
	fmt.Println(less(1, 2))
}
