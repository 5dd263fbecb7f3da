// Generic funcs and methods that read package vars the same program
// declares.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrEmpty = errors.New("stack is empty")

var (
	mu    sync.Mutex
	calls = map[string]int{}
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func Count[T any](name string, xs []T) int {
	mu.Lock()
	defer mu.Unlock()
	calls[name]++
	return len(xs)
}

func main() {
	var s Stack[string]
	s.Push("a")
	fmt.Println(s.Pop())
	_, err := s.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty))
	fmt.Println(Count("ints", []int{1, 2}), Count("words", []string{"x"}), Count("ints", []int{}))
	fmt.Println(calls)
}
