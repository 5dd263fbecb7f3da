package main

import "fmt"

// Stack and queue pops that clear the slot they leave and reslice in
// one assignment: Go evaluates the index on the left before it assigns.

type stack struct{ items []string }

func (s *stack) pop() string {
	top := s.items[len(s.items)-1]
	s.items[len(s.items)-1], s.items = "", s.items[:len(s.items)-1]
	return top
}

func pop2(a, b []int) ([]int, []int) {
	a[0], a = 0, a[1:]
	b[0], b = 0, b[1:]
	return a, b
}

func main() {
	backing := [5]int{1, 2, 3, 4, 5}
	q := backing[:]
	var x int
	x, q = q[0], q[1:]
	fmt.Println(x, q)
	q[len(q)-1], q = 0, q[:len(q)-1]
	fmt.Println(q, backing)

	a := []int{1}
	a[0], a = 5, a[:0]
	st := []string{"a", "b", "c"}
	st[1], st = "", st[:1]
	fmt.Println(st, a, len(a), cap(a))

	fmt.Println(pop2([]int{1, 2}, []int{3, 4}))

	s := &stack{items: []string{"x", "y", "z"}}
	fmt.Println(s.pop(), s.pop(), s.items, cap(s.items))
	full := s.items[:cap(s.items)]
	fmt.Printf("%q\n", full)
}
