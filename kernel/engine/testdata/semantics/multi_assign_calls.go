// Assignments of several values where one is a call: every variable
// gets its value, in funcs, closures, loop posts and returns out of a
// range-over-func loop.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

func double(i int) int { return i * 2 }

func firstNeg(xs []int) (int, error) {
	for i, x := range slices.All(xs) {
		if x < 0 {
			return i, fmt.Errorf("negative %d", x)
		}
	}
	return -1, nil
}

var ErrNotFound = errors.New("not found")

func indexOf(xs []string, want string) (int, error) {
	for i, x := range slices.All(xs) {
		if x == want {
			return i, nil
		}
	}
	return -1, ErrNotFound
}

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	i := 4
	var s string
	var n int
	s, n = fmt.Sprint(i), i
	fmt.Println("call then var:", s, n)
	var m, k int
	m, k = double(i), i
	fmt.Println("cell func then var:", m, k)
	m, k = len("abc"), i
	fmt.Println("builtin then var:", m, k)
	var u, w string
	u, w = strings.ToUpper("x"), "y"
	fmt.Println("call then literal:", u, w)
	u, w = "p", strings.ToUpper("q")
	fmt.Println("literal then call:", u, w)
	m, k = i, double(i)
	fmt.Println("var then call:", m, k)
	s, n = fmt.Sprint(i), 7
	fmt.Println(s, n)
	for x, y := double(1), 5; x < 5; x, y = x+1, double(y) {
		fmt.Println("loop", x, y)
	}
	var total int
	var label string
	add := func(v int) {
		label, total = fmt.Sprintf("after %d", v), total+v
	}
	add(3)
	add(4)
	fmt.Println(label, total)
	fmt.Println(fib(10))
	fmt.Println(firstNeg([]int{3, 1, -4, 1}))
	fmt.Println(firstNeg([]int{3}))
	fmt.Println(indexOf([]string{"a", "b", "c"}, "b"))
	fmt.Println(indexOf([]string{"a"}, "z"))
}
