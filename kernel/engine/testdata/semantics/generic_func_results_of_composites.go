package main

// Generic funcs whose signatures instantiate a generic type that has
// methods with a composite of their type parameter (Result[[]T],
// Result[*T]), the Collect of a Result type.

import (
	"errors"
	"fmt"
)

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) Ok() bool { return r.Err == nil }

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func Collect[T any](rs []Result[T]) Result[[]T] {
	var out []T
	for _, r := range rs {
		if !r.Ok() {
			return Result[[]T]{Err: r.Err}
		}
		out = append(out, r.Val)
	}
	return Result[[]T]{Val: out}
}

func Ptr[T any](v T) Result[*T] { return Result[*T]{Val: &v} }

func main() {
	good := []Result[int]{{Val: 1}, {Val: 2}}
	bad := []Result[int]{{Val: 1}, {Err: errors.New("boom")}}
	fmt.Println(Collect(good), Collect(bad))
	fmt.Println(*Ptr("x").Val, Collect([]Result[string]{}).Ok())
}
