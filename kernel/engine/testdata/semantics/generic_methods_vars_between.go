package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

var ErrEmptyStack = errors.New("empty stack")

var maxDepth = 4

func (s *Stack[T]) Push(v T) error {
	if len(s.items) >= maxDepth {
		return fmt.Errorf("push %v: depth %d reached", v, maxDepth)
	}
	s.items = append(s.items, v)
	return nil
}

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if s.Empty() {
		return zero, ErrEmptyStack
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Empty() bool { return len(s.items) == 0 }

func (s *Stack[T]) Drain() []T {
	var out []T
	for !s.Empty() {
		v, _ := s.Pop()
		out = append(out, v)
	}
	return out
}

var history []string

func record[T any](op string, v T) {
	history = append(history, fmt.Sprintf("%s(%v)", op, v))
}

type Queue[T any] struct {
	in, out Stack[T]
}

func (q *Queue[T]) Put(v T) error {
	record("put", v)
	return q.in.Push(v)
}

func (q *Queue[T]) Get() (T, error) {
	if q.out.Empty() {
		for _, v := range q.in.Drain() {
			q.out.Push(v)
		}
	}
	v, err := q.out.Pop()
	if err == nil {
		record("get", v)
	}
	return v, err
}

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("a b c d e") {
		if err := s.Push(w); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(s.Drain())
	_, err := s.Pop()
	fmt.Println(err, errors.Is(err, ErrEmptyStack))
	var q Queue[int]
	for i := range 3 {
		q.Put(i * 10)
	}
	a, _ := q.Get()
	q.Put(99)
	b, _ := q.Get()
	c, _ := q.Get()
	d, _ := q.Get()
	_, err = q.Get()
	fmt.Println(a, b, c, d, err)
	fmt.Println(strings.Join(history, " "))
	maxDepth = 1
	var s2 Stack[float64]
	fmt.Println(s2.Push(1.5), s2.Push(2.5))
}
