// Values of generic types that only a generic func makes, returned as
// an error or an any: the cell's errors.Is and assertions find their
// methods.
package main

import (
	"errors"
	"fmt"
)

var ErrMiss = errors.New("cache miss")

type MissError[K any] struct{ Key K }

func (e MissError[K]) Error() string   { return fmt.Sprintf("miss for %v", e.Key) }
func (e MissError[K]) Is(t error) bool { return t == ErrMiss }

type Cache[K comparable, V any] struct{ m map[K]V }

func (c *Cache[K, V]) Get(k K) (V, error) {
	v, ok := c.m[k]
	if !ok {
		return v, MissError[K]{k}
	}
	return v, nil
}

func get[K any](k K) error { return MissError[K]{k} }

var ErrNoPath = errors.New("no path")

type PathError[N any] struct{ From N }

func (e PathError[N]) Error() string { return fmt.Sprint("no path from ", e.From) }
func (e PathError[N]) Unwrap() error { return ErrNoPath }

type Room string

func find[N any](n N) error { return PathError[N]{n} }

type W[T any] struct{ v T }

func (w W[T]) String() string { return fmt.Sprintf("W<%v>", w.v) }
func (w W[T]) Foo() int       { return 7 }

func mk[T any](v T) any { return W[T]{v} }

func main() {
	fmt.Println(errors.Is(get("a"), ErrMiss), get(2))
	c := &Cache[string, int]{m: map[string]int{"x": 1}}
	_, err := c.Get("y")
	fmt.Println(errors.Is(err, ErrMiss), err)
	fmt.Println(errors.Is(find(Room("a")), ErrNoPath), errors.Is(find(3), ErrNoPath))
	fmt.Println(errors.Unwrap(find(4)))
	s, ok := mk("x").(fmt.Stringer)
	fmt.Println(ok, s)
	f, ok := mk(1.5).(interface{ Foo() int })
	fmt.Println(ok, f.Foo())
	var pe PathError[Room]
	fmt.Println(errors.As(find(Room("b")), &pe), pe.From)
}
