package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func report() {
	type pair struct{ a, b int }
	ps := Map([]int{1, 2}, func(i int) pair { return pair{i, i * i} })
	fmt.Printf("%v %T\n", ps, ps)
}

func main() {
	type Grade string
	type Student struct {
		Name  string `json:"name"`
		Grade Grade
		// the marks, in order
		Marks []int
	}
	students := []Student{
		{"ana", "A", []int{9, 10}},
		{"ben", "B", []int{7}},
		{"cy", "A", []int{8}},
	}
	byGrade := GroupBy(students, func(s Student) Grade { return s.Grade })
	grades := make([]string, 0)
	for g := range byGrade {
		grades = append(grades, string(g))
	}
	sort.Strings(grades)
	for _, g := range grades {
		names := Map(byGrade[Grade(g)], func(s Student) string { return s.Name })
		fmt.Println(g, strings.Join(names, ","))
	}
	var st Stack[Student]
	st.Push(students[0])
	st.Push(students[1])
	top, ok := st.Pop()
	fmt.Printf("%v %+v %T %v\n", ok, top, top, len(st.items))
	fmt.Printf("%T\n", byGrade)
	report()
}
