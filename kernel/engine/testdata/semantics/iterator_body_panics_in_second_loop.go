// A collection's iterator is ranged over twice; the second loop's body
// fails, and the traceback goes through the iterator to that loop.
package main

import (
	"fmt"
	"iter"
	"slices"
)

type Inventory struct{ items []string }

func (inv *Inventory) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, it := range inv.items {
			if !yield(it) {
				return
			}
		}
	}
}

func count() int { return 2 }

func main() {
	inv := &Inventory{[]string{"apple", "pear"}}
	fmt.Println(count())
	for it := range inv.All() {
		fmt.Println(it)
	}
	for v := range slices.Values([]int{1, 2}) {
		fmt.Println(v * 10)
	}
	var stock map[string]int
	for it := range inv.All() {
		stock[it]++
	}
}
