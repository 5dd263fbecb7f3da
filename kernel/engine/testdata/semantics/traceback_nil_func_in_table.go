package main

import "fmt"

type ops struct {
	add func(int, int) int
	sub func(int, int) int
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	o := ops{add: func(a, b int) int { return a + b }}
	fmt.Println(o.add(1, 2))
	double := func(x int) int { return 2 * x }
	fmt.Println(apply(double, 4))
	var table []func() string
	table = append(table, func() string { return "first" }, nil)
	for i, f := range table {
		fmt.Println(i)
		if i == 0 {
			fmt.Println(f())
			continue
		}
		fmt.Println(o.sub(3, 1))
	}
}
