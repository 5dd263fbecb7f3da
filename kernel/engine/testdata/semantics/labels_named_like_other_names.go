// Labels live in a namespace of their own: a label may be named like a
// variable, a parameter, a type, a constant, a package-level variable or
// an imported package, and jumps still find it.
package main

import (
	"fmt"
	"math"
)

type row []int

const limit = 3

var total int

func search(grid []row, target int) (found bool) {
	done := false
row:
	for _, r := range grid {
		for _, v := range r {
			if v == target {
				done = true
				break row
			}
		}
	}
	return done
}

func sum(limit int) int {
	s := 0
limit:
	for i := 0; ; i++ {
		if i >= limit {
			break limit
		}
		s += i
	}
	return s
}

func main() {
	fmt.Println(search([]row{{1, 2}, {3, 4}}, 3), search([]row{{1}}, 9))
	fmt.Println(sum(4), limit)
outer:
	for i := 0; i < 3; i++ {
		outer := i * 2
		for j := 0; j < 3; j++ {
			if j == outer {
				continue outer
			}
			total += j
		}
	}
	fmt.Println(total)
math:
	for _, x := range []float64{4, 9, -1, 16} {
		if x < 0 {
			break math
		}
		fmt.Print(math.Sqrt(x), " ")
	}
	fmt.Println()
	n := 0
again:
	n++
	if n < 3 {
		goto again
	}
	again := n
	fmt.Println(again)
}
