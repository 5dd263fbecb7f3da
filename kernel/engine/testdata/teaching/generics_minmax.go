package main

import (
	"cmp"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

// MinOf returns the smallest of its arguments.
func MinOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x < m {
			m = x
		}
	}
	return m
}

// Clamp limits x to [lo, hi].
func Clamp[T cmp.Ordered](x, lo, hi T) T {
	return MinOf(hi, max(x, lo))
}

// Describe prints values through an interface type argument.
func Describe[S fmt.Stringer](xs ...S) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += ", "
		}
		out += x.String()
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// Swap exchanges a pair's key and value.
func Swap[K, V comparable](p Pair[K, V]) Pair[V, K] {
	return Pair[V, K]{p.Val, p.Key}
}

func main() {
	fmt.Println(MinOf(3, 1, 2), MinOf("pear", "apple"), MinOf(2.5))
	temps := []Celsius{21.5, -3, 12}
	fmt.Println(MinOf(temps[0], temps[1:]...))
	fmt.Println(Clamp(15, 0, 10), Clamp(Celsius(-40), -20, 50), Clamp("m", "a", "k"))
	fmt.Println(Describe(temps...))
	fmt.Println(Describe[fmt.Stringer](Celsius(1), Celsius(2.5)))
	p := Swap(Pair[string, int]{"one", 1})
	fmt.Printf("%v %+v\n", p.Key, p)
	fmt.Printf("%T %v\n", Clamp(Celsius(1), 0, 2), MinOf[Celsius](4, 3))
}
