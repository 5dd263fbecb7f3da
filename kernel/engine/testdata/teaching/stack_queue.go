package main

import (
	"errors"
	"fmt"
)

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(*s) == 0 {
		return zero, errors.New("empty stack")
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Enqueue(v ...T) { q.items = append(q.items, v...) }

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func balanced(s string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return len(st) == 0
}

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	var q Queue[string]
	q.Enqueue("a", "b")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Println("dequeued", v)
	}
	for _, e := range []string{"([]{})", "([)]", "((", ""} {
		fmt.Printf("%q balanced: %v\n", e, balanced(e))
	}
	fmt.Printf("%v %T\n", s, s)
}
