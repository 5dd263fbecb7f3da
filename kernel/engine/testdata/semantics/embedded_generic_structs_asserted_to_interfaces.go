// Types that embed an instance of a generic struct, held in an interface
// of the program and asserted to another: to an interface literal, and
// to an interface a pointer method promoted from the generic completes.
package main

import "fmt"

type Entity interface{ Kind() string }

type Base[T any] struct {
	ID   int
	tags []T
}

func (b *Base[T]) Has(t T) bool { return b.ID > 0 && len(b.tags) > 0 }

type Order struct{ *Base[int] }

func (o Order) Kind() string { return "order" }

type Named interface{ Name() string }

type Describer interface {
	Named
	Describe() string
}

type Core[T any] struct{ name string }

func (c *Core[T]) Name() string { return c.name }

type Mid[T any] struct {
	Core[T]
	extra T
}

func (m *Mid[T]) Describe() string { return fmt.Sprint("mid ", m.Name(), " ", m.extra) }

func main() {
	var e Entity = Order{&Base[int]{ID: 1, tags: []int{4}}}
	if h, ok := e.(interface{ Has(int) bool }); ok {
		fmt.Println("has", h.Has(3), e.Kind())
	}
	if _, ok := e.(interface{ Describe() string }); !ok {
		fmt.Println("an order does not describe itself")
	}

	m := &Mid[string]{Core[string]{name: "n"}, "x"}
	fmt.Println(m.Describe())
	var n Named = m
	if d, ok := n.(Describer); ok {
		fmt.Println(d.Describe())
	}
	var plain Named = &Core[string]{name: "core"}
	_, ok := plain.(Describer)
	fmt.Println(plain.Name(), ok)
}
