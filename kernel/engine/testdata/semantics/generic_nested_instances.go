// Generic types instantiated with instances of generic types: a Box of
// Pairs, a Stack of Pairs of a declared type, a Page of Results, Boxes
// in Boxes.
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type Result[T any] struct {
	Val T
	Err error
}

type Page[T any] struct {
	Items []T
	Next  int
}

type Celsius float64

func main() {
	b := Box[Pair[string, int]]{}
	b.V.Key = "x"
	b.V.Val = 3
	fmt.Println("ok", b.V.Key, b.Get(), b)
	var s Stack[Pair[string, Celsius]]
	s.Push(Pair[string, Celsius]{"a", 1.5})
	s.Push(Pair[string, Celsius]{"b", 2})
	fmt.Println(s.Pop(), len(s.items))
	p := Page[Result[int]]{Items: []Result[int]{{Val: 1}, {Err: fmt.Errorf("bad")}}, Next: 2}
	fmt.Printf("%v %+v\n", p, p.Items[1])
	bb := Box[Box[Box[int]]]{Box[Box[int]]{Box[int]{7}}}
	fmt.Println(bb.Get().Get().Get(), bb)
	fmt.Printf("%T\n", b)
}
