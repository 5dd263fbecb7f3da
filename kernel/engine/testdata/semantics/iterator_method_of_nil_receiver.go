// An iterator method (All) is ranged over twice: first on a registry
// that is set, then on one left nil. The iterator reads through the nil
// receiver when the second loop calls it, and the traceback names that
// loop, not the first.
package main

import (
	"fmt"
	"iter"
	"sort"
)

type Registry struct {
	names map[string]int
}

func (r *Registry) All() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		keys := make([]string, 0, len(r.names))
		for k := range r.names {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !yield(k, r.names[k]) {
				return
			}
		}
	}
}

func main() {
	r := &Registry{names: map[string]int{"b": 2, "a": 1}}
	for k, v := range r.All() {
		fmt.Println(k, v)
	}
	var missing *Registry
	fmt.Println("missing is nil:", missing == nil)
	for k, v := range missing.All() {
		fmt.Println(k, v)
	}
}
