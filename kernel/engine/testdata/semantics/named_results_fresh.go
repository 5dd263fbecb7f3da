// Named results start at their zero value on every call: funcs, methods,
// closures and generic funcs that add to their results, called again
// and again from one place in a loop.
package main

import (
	"fmt"
	"strings"
)

func sum(xs []int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func split(n int) (x, y int) {
	x += n * 4 / 9
	y = n - x
	return
}

func collect(n int) (out []int, label string) {
	for i := range n {
		out = append(out, i)
	}
	label += fmt.Sprint(len(out))
	return
}

type Acc struct{ base int }

func (a Acc) Add(xs ...int) (r int) {
	r += a.base
	for _, x := range xs {
		r += x
	}
	return
}

func Join[T any](xs []T) (s string) {
	for _, x := range xs {
		s += fmt.Sprint(x)
	}
	return
}

func Total[T int | float64](xs []T) (t T) {
	for _, x := range xs {
		t += x
	}
	return
}

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func largest(shapes ...Shape) (best Shape, seen []string) {
	for _, s := range shapes {
		seen = append(seen, fmt.Sprint(s))
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return
}

func classify(n int) (kind string, err error) {
	defer func() {
		if r := recover(); r != nil {
			kind, err = "panic", fmt.Errorf("recovered: %v", r)
		}
	}()
	switch m := n % 4; {
	case n < 0:
		panic(fmt.Sprint("negative ", n))
	case m == 0:
		kind = "four"
		fallthrough
	case m == 2:
		kind += "even"
	default:
		kind = "odd"
	}
	return kind, nil
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(sum([]int{1, 2, 3}))
	}
	for _, n := range []int{17, 18} {
		fmt.Println(split(n))
	}
	for n := range 3 {
		fmt.Println(collect(n))
	}
	a := Acc{10}
	for i := range 3 {
		fmt.Print(a.Add(i), " ")
	}
	fmt.Println()
	words := func(s string) (n int) {
		for range strings.Fields(s) {
			n++
		}
		return
	}
	for _, s := range []string{"a b", "c d e", ""} {
		fmt.Print(words(s), " ")
	}
	fmt.Println()
	for range 2 {
		fmt.Println(Join([]int{1, 2}), Join([]string{"x"}))
	}
	for range 2 {
		fmt.Println(Total([]int{1, 2}), Total([]float64{0.5}))
		fmt.Println(largest(Sq(1), Sq(3), Sq(2)))
		fmt.Println(largest())
	}
	for _, n := range []int{4, 6, 7, -2} {
		fmt.Println(classify(n))
	}
}
