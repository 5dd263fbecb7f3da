// Generic aliases of a generic type fixing some of its type arguments
// (Go 1.24), a generic alias of all of them and a plain alias of one
// instance: composite literals, func parameters and results, methods
// called through them, %T naming the instance they stand for; generic
// aliases of the standard library's generic types.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync/atomic"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Describe() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func (p *Pair[K, V]) Set(v V) { p.Val = v }

type StrPair[V any] = Pair[string, V]

type IntPair = Pair[string, int]

type Both[K comparable, V any] = Pair[K, V]

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func (l List[T]) Len() int { return len(l.items) }

type Strs = List[string]

type ListOf[T any] = List[T]

type Ptr[T any] = atomic.Pointer[T]

type Seq[V any] = iter.Seq[V]

func evens(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func show(p StrPair[int]) string {
	return strings.ToUpper(p.Key) + fmt.Sprint(p.Val)
}

func showInt(p IntPair) int { return p.Val * 2 }

func makePair[V any](k string, v V) StrPair[V] {
	return StrPair[V]{Key: k, Val: v}
}

func main() {
	p := StrPair[int]{Key: "a", Val: 1}
	fmt.Println(p)
	fmt.Printf("%T %v %+v\n", p, p, p)
	fmt.Println(show(p), showInt(p))
	fmt.Println(p.Describe())
	p.Set(5)
	fmt.Println(p.Val, p.Describe())

	var q IntPair = Pair[string, int]{"b", 2}
	fmt.Printf("%T %v %s\n", q, q, q.Describe())
	fmt.Println(p == q, show(q))

	b := Both[int, bool]{3, true}
	fmt.Printf("%T %v\n", b, b.Describe())

	fp := StrPair[float64]{"f", 1.5}
	fmt.Printf("%T %v\n", fp, fp)

	m := makePair("m", []int{1, 2})
	fmt.Printf("%T %v\n", m, m)

	var s Strs
	s.Push("x")
	s.Push("y")
	fmt.Println(s.Len(), s.items)
	var lo ListOf[int]
	lo.Push(7)
	fmt.Printf("%T %d %v\n", lo, lo.Len(), lo.items)

	ps := []StrPair[int]{{"u", 1}, {"v", 2}}
	mp := map[string]StrPair[int]{"w": {"w", 3}}
	fmt.Println(ps, mp)
	var ptr *StrPair[int] = &ps[0]
	ptr.Set(9)
	fmt.Println(ps[0].Describe())
	var anyv any = p
	_, ok := anyv.(Pair[string, int])
	_, ok2 := anyv.(StrPair[int])
	fmt.Println(ok, ok2)

	var ap Ptr[StrPair[int]]
	ap.Store(&p)
	fmt.Println(ap.Load().Describe())
	fmt.Println(slices.Collect(evens(7)))
}
