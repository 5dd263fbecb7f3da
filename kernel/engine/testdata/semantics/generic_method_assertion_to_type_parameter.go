package main

import "fmt"

// A generic store's method asserts a value to its type parameter: the
// failing assertion is named at its line, in one cell and in cells.

type Store[T any] struct{ items map[string]any }

func (s *Store[T]) Put(k string, v any) { s.items[k] = v }

func (s *Store[T]) Get(k string) T {
	v := s.items[k]
	fmt.Println("getting", k)
	return v.(T)
}

func main() {
	s := &Store[string]{items: map[string]any{}}
	s.Put("name", "ada")
	s.Put("age", 36)
	fmt.Println(s.Get("name"))
	fmt.Println(s.Get("age"))
}
