package main

import (
	"fmt"
	"iter"
	"slices"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Fib())
	for range 8 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	for a, b := range Zip(slices.Values([]string{"x", "y", "z"}), Fib()) {
		fmt.Println(a, b)
	}
	for i, f := range Zip(slices.Values([]int{1, 2}), slices.Values([]float64{0.5})) {
		fmt.Println(i, f)
	}
}
