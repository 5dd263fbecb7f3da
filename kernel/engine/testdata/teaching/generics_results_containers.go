package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Meters float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stringer interface{ String() string }

type Named interface {
	comparable
	Name() string
}

type User struct{ ID int }

func (u User) Name() string { return "user" + strconv.Itoa(u.ID) }

func Index[T Named](xs []T, name string) int {
	for i, x := range xs {
		if x.Name() == name {
			return i
		}
	}
	return -1
}

type Container[T any] interface {
	Add(T)
	All() []T
}

type Bag[T any] struct {
	mu    sync.Mutex
	items []T
}

func (b *Bag[T]) Add(v T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.items = append(b.items, v)
}

func (b *Bag[T]) All() []T { return slices.Clone(b.items) }

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Add(v)
	}
	return c
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

func Zero[T any]() T { return *new(T) }

func Merge[T any](cs ...<-chan T) []T {
	var out []T
	for _, c := range cs {
		for v := range c {
			out = append(out, v)
		}
	}
	return out
}

func Gen[T any](vs ...T) <-chan T {
	c := make(chan T, len(vs))
	for _, v := range vs {
		c <- v
	}
	close(c)
	return c
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	return ps
}

func MapKV[K comparable, V, R any](m map[K]V, f func(K, V) R) []R {
	var out []R
	for k, v := range m {
		out = append(out, f(k, v))
	}
	return out
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Meters](1, 2.5))
	fmt.Printf("%T %v\n", Sum[Meters](3), Sum[Meters](3))
	us := []User{{1}, {2}, {3}}
	fmt.Println(Index(us, "user2"), Index(us, "nobody"))
	var c Container[string] = &Bag[string]{}
	Fill(c, "a", "b")
	fmt.Println(c.All(), len(c.All()))
	b := Fill[int](&Bag[int]{}, 3, 4)
	fmt.Println(b.All())
	r := Try(func() (int, error) { return strconv.Atoi("42") })
	fmt.Println(r.Val, r.Err, r.OrElse(0))
	r2 := Try(func() (int, error) { return strconv.Atoi("x") })
	fmt.Println(r2.OrElse(-1), r2.Err != nil)
	r3 := Try(func() (string, error) { return "", errors.New("nope") })
	fmt.Printf("%q %v\n", r3.OrElse("default"), r3)
	fmt.Println(Describe(5), Describe("s"), Describe(Celsius(3)), Describe(2.5))
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*User]() == nil, Zero[Pair[string, int]]())
	fmt.Println(Merge(Gen(1, 2), Gen(3)))
	fmt.Println(SortedPairs(map[string]int{"b": 2, "a": 1}))
	ps := SortedPairs(map[int]Celsius{2: 20, 1: 10})
	fmt.Println(ps, ps[0])
	strs := MapKV(map[string]int{"x": 1}, func(k string, v int) string { return k + strings.Repeat("!", v) })
	fmt.Println(strs)
	sum := Sum[int]
	fmt.Println(sum(4, 5))
	fmt.Println(slices.MaxFunc(us, func(a, b User) int { return cmp.Compare(a.ID, b.ID) }))
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
}
