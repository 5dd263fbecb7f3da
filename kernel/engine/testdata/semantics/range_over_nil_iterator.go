// A func iterator left nil (a field never set) is ranged over: Go calls
// it and panics at the loop's for line.
package main

import (
	"fmt"
	"iter"
	"slices"
)

type Source struct {
	name  string
	items iter.Seq[int]
}

func total(s Source) int {
	sum := 0
	fmt.Println("reading", s.name)
	for v := range s.items {
		sum += v
	}
	return sum
}

func main() {
	full := Source{"full", slices.Values([]int{1, 2, 3})}
	fmt.Println(total(full))
	empty := Source{name: "empty"}
	fmt.Println(total(empty))
}
