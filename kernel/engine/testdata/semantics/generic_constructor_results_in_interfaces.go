package main

// Values of generic types made by generic constructors (not written as
// literals in the cell) held in interfaces: asserted to an interface
// they implement, back to their type, and through a type switch.

import "fmt"

type Bag[T any] struct{ items []T }

func NewBag[T any](items ...T) *Bag[T] { return &Bag[T]{items} }

func (b *Bag[T]) Size() int { return len(b.items) }

func (b *Bag[T]) String() string { return fmt.Sprintf("bag%v", b.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) Size() int { return 2 }

type Sizer interface{ Size() int }

type Fruit string

func describe(x any) string {
	switch v := x.(type) {
	case *Bag[Fruit]:
		return "fruit " + v.String()
	case Sizer:
		return fmt.Sprintf("sizer of %d", v.Size())
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	var x any = NewBag(1, 2, 3)
	s, ok := x.(Sizer)
	fmt.Println(ok, s.Size())
	var sz Sizer = NewBag[string]()
	var y any = sz
	_, ok = y.(Sizer)
	st, isStringer := y.(fmt.Stringer)
	fmt.Println(ok, isStringer, st)
	b, ok := x.(*Bag[int])
	fmt.Println(b.items, ok)
	fmt.Println(describe(NewBag[Fruit]("apple")), describe(MakePair("a", 1)), describe(NewBag(1.5)), describe(3))
}
