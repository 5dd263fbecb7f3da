package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type binOp func(float64, float64) (float64, error)

var ops = map[string]binOp{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, fmt.Errorf("division of %g by zero", a)
		}
		return a / b, nil
	},
	"^": func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
}

func eval(expr string) (float64, error) {
	var a, b float64
	var op string
	if _, err := fmt.Sscanf(expr, "%g %s %g", &a, &op, &b); err != nil {
		return 0, fmt.Errorf("cannot parse %q: %v", expr, err)
	}
	f, ok := ops[op]
	if !ok {
		return 0, fmt.Errorf("unknown operator %q", op)
	}
	return f(a, b)
}

type Counter struct {
	hits map[string]int
}

func (c *Counter) Inc(key string) { c.hits[key]++ }

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func memoize(f func(int) int) func(int) int {
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

func main() {
	for _, e := range []string{"3 + 4", "10 / 4", "2 ^ 10", "1 / 0", "5 % 2", "abc"} {
		v, err := eval(e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s = %.2f\n", e, v)
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	c := Counter{hits: map[string]int{}}
	inc := c.Inc
	for _, w := range strings.Fields("a b a c a") {
		inc(w)
	}
	fmt.Println(c.hits)
	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello  "))
	var fib func(int) int
	fib = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50))
	var n1, n2 int
	var word string
	cnt, err := fmt.Sscan("12 34 go", &n1, &n2, &word)
	fmt.Println(cnt, err, n1+n2, word)
	var name string
	var age int
	_, err = fmt.Sscanf("Alice:30", "%5s:%d", &name, &age)
	fmt.Println(name, age, err)
	adders := make([]func(int) int, 3)
	for i := range adders {
		adders[i] = func(x int) int { return x + i }
	}
	fmt.Println(adders[0](10), adders[1](10), adders[2](10))
	fmt.Printf("%T %T\n", ops["+"], compose)
}
