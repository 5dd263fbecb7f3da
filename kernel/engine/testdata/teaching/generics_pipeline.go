package main

import (
	"fmt"
	"sort"
	"strings"
)

// Filter keeps the elements for which keep is true.
func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// Map applies f to each element.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Reduce folds the elements into an accumulator.
func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Student struct {
	Name  string
	Grade int
}

// GroupBy groups the elements by a key, calling Map for the names.
func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func names(ss []Student) []string {
	return Map(ss, func(s Student) string { return s.Name })
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println(evens, squares)
	fmt.Println(Reduce(squares, 0, func(a, n int) int { return a + n }))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	long := Filter(words, func(w string) bool { return len(w) > 3 })
	fmt.Println(long, Map(long, strings.ToUpper))
	fmt.Println(Reduce(words, "", func(a string, w string) string { return a + w[:1] }))
	class := []Student{{"Ada", 90}, {"Bo", 72}, {"Cy", 85}, {"Di", 90}}
	good := Filter(class, func(s Student) bool { return s.Grade >= 85 })
	fmt.Println(names(good))
	byGrade := GroupBy(class, func(s Student) int { return s.Grade })
	grades := make([]int, 0, len(byGrade))
	for g := range byGrade {
		grades = append(grades, g)
	}
	sort.Ints(grades)
	for _, g := range grades {
		fmt.Println(g, names(byGrade[g]))
	}
	avg := Reduce(class, 0.0, func(a float64, s Student) float64 { return a + float64(s.Grade)/float64(len(class)) })
	fmt.Printf("%.2f %T %T\n", avg, byGrade, Map(class, func(s Student) *Student { return &s }))
}
