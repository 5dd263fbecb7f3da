// A panic in the body of a range-over-func loop: Go's traceback names
// the body, the iterator's call of yield, and the loop, for each loop of
// a nest. The iterators are a method's literal and a generic func's.
package main

import "fmt"

type Grid struct{ rows [][]int }

// Rows yields each row with its number.
func (g *Grid) Rows() func(func(int, []int) bool) {
	return func(yield func(int, []int) bool) {
		for i, r := range g.rows {
			if !yield(i, r) {
				return
			}
		}
	}
}

// Upto yields 0, 1, ..., n-1.
func Upto[T ~int](n T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for i := T(0); i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func total(g *Grid, width int) int {
	t := 0
	for i, row := range g.Rows() {
		fmt.Println("row", i)
		for j := range Upto(width) {
			t += row[j]
		}
	}
	return t
}

func main() {
	g := &Grid{rows: [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8}}}
	for n := range Upto(3) {
		fmt.Println("up to", n)
	}
	fmt.Println(total(g, 2))
	fmt.Println(total(g, 3))
}
