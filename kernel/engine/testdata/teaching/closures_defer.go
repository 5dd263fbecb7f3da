package main

import (
	"fmt"
	"strings"
)

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() (result string) {
	defer trace("work")()
	defer func() { result = strings.ToUpper(result) }()
	return "done"
}

func apply(xs []int, fs ...func(int) int) []int {
	out := append([]int(nil), xs...)
	for _, f := range fs {
		for i := range out {
			out[i] = f(out[i])
		}
	}
	return out
}

func main() {
	pos, neg := adder(), adder()
	for i := 0; i < 4; i++ {
		fmt.Println(pos(i), neg(-2*i))
	}
	fmt.Println(work())
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(apply([]int{1, 2, 3}, double, inc))
	for i := 3; i > 0; i-- {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
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
	fmt.Println(fib(50))
}
