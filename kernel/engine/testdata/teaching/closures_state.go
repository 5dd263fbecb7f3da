package main

import (
	"fmt"
	"strings"
)

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

type middleware func(string) string

func chain(ms ...middleware) middleware {
	return func(s string) string {
		for _, m := range ms {
			s = m(s)
		}
		return s
	}
}

func main() {
	f := fib()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	calls := 0
	var slowSq func(int) int
	slowSq = func(n int) int { calls++; return n * n }
	fast := memo(slowSq)
	fmt.Println(fast(4), fast(4), fast(5), calls)
	up := chain(strings.ToUpper, strings.TrimSpace, func(s string) string { return "<" + s + ">" })
	fmt.Println(up("  hello "))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add1"](1), adders["add10"](1), adders["add100"](1))
	counter := func() (func(), func() int) {
		c := 0
		return func() { c++ }, func() int { return c }
	}
	inc, get := counter()
	inc()
	inc()
	fmt.Println(get())
}
