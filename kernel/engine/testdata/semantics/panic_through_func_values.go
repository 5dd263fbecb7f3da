// Panics reached through func values: a func held in a variable, a
// func parameter, a method value, and a literal handed to sort.Slice;
// and a cell's last call, whose value the cell would show, panicking.
package main

import (
	"fmt"
	"sort"
)

func div(a, b int) int { return a / b }

func apply(f func(int) int, x int) int {
	return f(x)
}

type Scaler struct{ by int }

func (s Scaler) Scale(x int) int { return 100 / s.by * x }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func pick(xs []int, i int) int { return xs[i] }

func main() {
	f := div
	fmt.Println(f(8, 2))
	try("value", func() { fmt.Println(f(4, 0)) })
	try("param", func() { fmt.Println(apply(func(x int) int { return 10 / x }, 0)) })
	ops := []func(int) int{Scaler{2}.Scale, Scaler{0}.Scale}
	for _, op := range ops {
		try("method", func() { fmt.Println(op(6)) })
	}
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	var ranks []int
	try("less", func() { sort.Slice(xs, func(i, j int) bool { return ranks[i] < ranks[j] }) })
	fmt.Println(xs, apply(func(x int) int { return x * 2 }, 21))
	pick(xs, 5)
}
