// An error type that is generic (a lookup error keyed by any comparable
// type) wraps a sentinel error: errors.Is, errors.Unwrap and errors.As
// follow its Unwrap method as they do a plain type's.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type LookupError[K comparable] struct{ Key K }

func (e LookupError[K]) Error() string { return fmt.Sprintf("lookup %v: not found", e.Key) }
func (e LookupError[K]) Unwrap() error { return ErrNotFound }

type Store[K comparable, V any] struct{ m map[K]V }

func (s *Store[K, V]) Get(k K) (V, error) {
	v, ok := s.m[k]
	if !ok {
		return v, LookupError[K]{k}
	}
	return v, nil
}

func main() {
	s := &Store[string, int]{m: map[string]int{"a": 1}}
	if v, err := s.Get("a"); err == nil {
		fmt.Println("a =", v)
	}
	_, err := s.Get("zz")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	var le LookupError[string]
	fmt.Println(errors.As(err, &le), le.Key)
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
}
