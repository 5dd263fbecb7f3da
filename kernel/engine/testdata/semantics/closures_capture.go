package main

import "fmt"

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 10; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1]())
	shared := 0
	add := func() { shared++ }
	get := func() int { return shared }
	add()
	add()
	fmt.Println(get(), shared)
	make3 := func() (func(), func() int) {
		c := 0
		return func() { c++ }, func() int { return c }
	}
	inc, read := make3()
	inc()
	inc()
	inc2, read2 := make3()
	inc2()
	fmt.Println(read(), read2())
	j := 0
	for j < 3 {
		defer func() { fmt.Print("j=", j, " ") }()
		j++
	}
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(50), len(memo))
}
