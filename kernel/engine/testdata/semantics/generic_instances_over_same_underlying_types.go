// Instances of a generic type whose type arguments have one underlying
// type (Level and int) keep their own methods, nested or embedded; a
// generic alias's instance prints as the type it stands for.
package main

import (
	"fmt"
	"strings"
)

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Vec[T any] struct{ data []T }

func (v Vec[T]) String() string { return fmt.Sprint(v.data) }

func (v *Vec[T]) Push(x T) { v.data = append(v.data, x) }

type Stack[T any] struct{ Vec[T] }

type Holder[T any] struct{ V Vec[T] }

type Queue[T any] struct{ in, out Stack[T] }

func (q *Queue[T]) Put(x T) { q.in.Push(x) }

func (q Queue[T]) String() string {
	return fmt.Sprintf("in=%v out=%v", q.in.Vec, q.out.Vec)
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

type City string

func (c City) String() string { return "C:" + string(c) }

type Set[T comparable] = map[T]struct{}

type List[T any] = []T

func main() {
	var s Stack[Level]
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Vec, s)
	var h Holder[Level]
	h.V.data = []Level{3}
	fmt.Println(h.V, h)
	var q Queue[Level]
	q.Put(0)
	q.Put(4)
	fmt.Println(q)
	var qi Queue[int]
	qi.Put(5)
	fmt.Println(qi, Vec[int]{[]int{6}})
	fmt.Printf("%v|%+v|%T\n", s.Vec, h, h.V)

	cities := Set[City]{"rome": {}}
	fmt.Println(cities, len(cities))
	var nested any = Some(Some(Level(1)))
	fmt.Printf("%T %+v\n", nested, Some(Some(2)))
	var l List[Level] = []Level{7, 8}
	fmt.Println(l, strings.Repeat("=", 3))
	fmt.Printf("%v %T\n", l, l)
}
