package main

import "fmt"

// %T of a value of a generic type's instance inside a generic func,
// where the instance is the func's type argument.

type Box[T any] struct{ V T }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Show[T any](v T) string { return fmt.Sprintf("%T", v) }

func Describe[T any](v T) { fmt.Printf("%T %v\n", v, v) }

func main() {
	fmt.Println(Show(Box[int]{1}), Show(&Box[string]{"a"}), Show([]Box[int]{{2}}))
	Describe(Pair[string, int]{"a", 1})
	Describe(Box[Pair[int, bool]]{})
	Describe(map[string]Box[float64]{"x": {1.5}})
}
