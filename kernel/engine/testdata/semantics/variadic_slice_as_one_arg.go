package main

import "fmt"

func count(xs ...any) int { return len(xs) }

func show(prefix string, xs ...any) {
	fmt.Println(prefix, len(xs), xs)
}

type Shower interface{}

func showI(xs ...Shower) int { return len(xs) }

type bag struct{ items []any }

func (b *bag) add(xs ...any) { b.items = append(b.items, xs...) }

type adder interface{ add(xs ...any) }

type list []any

func gen[T any](xs ...T) int { return len(xs) }

func main() {
	// A slice passed without ... to a variadic ...any parameter is one
	// argument.
	fmt.Println(count([]any{1, 2}))
	fmt.Println(count([]any{}))
	var none []any
	fmt.Println(count(none))
	fmt.Println(count([]any{1, 2}...))
	fmt.Println(count(list{1, 2}))
	show("one:", []any{"a", "b"})
	show("two:", 1, []any{2, 3})
	fmt.Println(showI([]Shower{1, 2}))
	fmt.Println(showI([]any{1, 2}))
	b := &bag{}
	b.add([]any{1, 2})
	var a adder = b
	a.add([]any{3})
	fmt.Println(len(b.items), b.items)
	fmt.Println(gen[any]([]any{1, 2}))
	f := count
	fmt.Println(f([]any{1, 2}))
	// append likewise.
	s := append([]any{}, []any{1, 2})
	fmt.Println(len(s), s)
	s = append(s, 3, []any{4})
	fmt.Println(len(s), s)
	s = append(s, []any{5, 6}...)
	fmt.Println(len(s), s)
	// A compiled func.
	fmt.Println(fmt.Sprint([]any{"x", "y"}))
}
