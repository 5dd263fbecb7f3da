// A generic func's copy uses instances another copy made first
// (Combine2 returns Gen[Pair[int, string]], made for Combine's copy).
package main

import "fmt"

type Gen[A any] func() (A, bool)

func Combine[T1, T2, T any](g1 Gen[T1], g2 Gen[T2], join func(T1, T2) T) Gen[T] {
	return func() (T, bool) {
		t1, _ := g1()
		t2, _ := g2()
		return join(t1, t2), true
	}
}

type Pair[A, B any] struct {
	A A
	B B
}

func NewPair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func Combine2[A, B any](ga Gen[A], gb Gen[B]) Gen[Pair[A, B]] {
	return Combine(ga, gb, NewPair[A, B])
}

func main() {
	var g1 Gen[int] = func() (int, bool) { return 3, true }
	var g3 Gen[string] = func() (string, bool) { return "y", true }
	gc := Combine(g1, g3, NewPair[int, string])
	fmt.Println(gc())
	got, ok := Combine2(g1, g3)()
	fmt.Println(got, ok)
}
