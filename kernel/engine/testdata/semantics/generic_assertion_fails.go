// A failed type assertion to an instance of a generic type with two
// type arguments: the message names both, tight, and the traceback the
// assertion's line.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func lookup(items []any, key string) any {
	for _, it := range items {
		if p, ok := it.(Pair[string, int]); ok && p.Key == key {
			return p
		}
	}
	return nil
}

func main() {
	items := []any{Pair[string, int]{"a", 1}, Pair[string, float64]{"b", 2.5}}
	fmt.Println(lookup(items, "a"), lookup(items, "b"))
	_, ok := items[1].(Pair[string, int])
	fmt.Println(ok)
	p := items[1].(Pair[string, int])
	fmt.Println(p)
}
