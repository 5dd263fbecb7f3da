package main

import "fmt"

// An operation over several lines fails in a call on its last line: the
// traceback names that line in main, whose statements a notebook may run
// at a cell's top level.

func get(xs []int, i int) int { return xs[i] }

func average(xs []int, n int) int {
	return (get(xs, 0) +
		get(xs, n)) / 2
}

func main() {
	xs := []int{4, 8, 15}
	fmt.Println("average:", average(xs, 2))
	fmt.Println(
		get(xs, 1),
		get(xs, 2),
		get(xs, 3),
	)
}
