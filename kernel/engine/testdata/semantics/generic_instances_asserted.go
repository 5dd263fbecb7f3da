// Values of generic types' instances held in an any are asserted to a
// generic interface's instance, also inside generic funcs and through a
// method promoted from an embedded generic struct.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Len() int { return len(s.items) }

type Named[T any] struct {
	Stack[T]
	Name string
}

type Sizer interface{ Len() int }

type Pusher[T any] interface {
	Push(T)
	Len() int
}

func fill[T any](v any, xs ...T) int {
	p, ok := v.(Pusher[T])
	if !ok {
		return -1
	}
	for _, x := range xs {
		p.Push(x)
	}
	return p.Len()
}

func main() {
	var a any = &Stack[int]{}
	fmt.Println(fill(a, 1, 2, 3), fill[string](a, "x"))
	n := &Named[string]{Name: "words"}
	fmt.Println(fill(any(n), "a", "b"), n.items, n.Name)
	for _, v := range []any{n, a, Stack[int]{}, 3} {
		switch s := v.(type) {
		case Pusher[string]:
			fmt.Println("strings:", s.Len())
		case Sizer:
			fmt.Println("sized:", s.Len())
		default:
			fmt.Println("other")
		}
	}
	if p, ok := a.(Pusher[int]); ok {
		p.Push(4)
		fmt.Println(p.Len())
	}
	_, ok := any(Stack[int]{}).(Pusher[int])
	fmt.Println(ok)
}
