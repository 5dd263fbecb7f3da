// A struct embedding an instance of a generic type: promoted methods
// called and taken as method values (pointer and value receivers),
// generic counters, type switches in generic funcs.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }
func (s Stack[T]) Peek() T   { return s.items[len(s.items)-1] }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type History struct {
	Stack[string]
	Name string
}

type Counter[K comparable] struct {
	counts map[K]int
	order  []K
}

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{counts: map[K]int{}} }

func (c *Counter[K]) Add(k K) *Counter[K] {
	if _, ok := c.counts[k]; !ok {
		c.order = append(c.order, k)
	}
	c.counts[k]++
	return c
}

func (c *Counter[K]) Top(n int) []K {
	ks := append([]K(nil), c.order...)
	sort.SliceStable(ks, func(i, j int) bool { return c.counts[ks[i]] > c.counts[ks[j]] })
	return ks[:min(n, len(ks))]
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

type Name string

func (n Name) String() string { return strings.ToUpper(string(n)) }

func Zero[T any]() T { return *new(T) }

func Apply[T any](fs map[string]func(T) T, order []string, v T) T {
	for _, k := range order {
		v = fs[k](v)
	}
	return v
}

func main() {
	h := History{Name: "browser"}
	h.Push("a.com")
	h.Push("b.com")
	h.Push("c.com")
	fmt.Println(h.Len(), h.Peek(), h.Pop(), h.Len())
	fmt.Printf("%+v\n", h)
	c := NewCounter[string]()
	for _, w := range strings.Fields("the cat the dog the cat a") {
		c.Add(w)
	}
	fmt.Println(c.Top(2), c.Top(10), c.counts["the"])
	nc := NewCounter[Name]().Add("x").Add("y").Add("x")
	fmt.Println(nc.Top(1), nc.counts)
	fmt.Println(Describe(3), Describe("s"), Describe(Name("bob")), Describe(2.5), Describe([]int{}))
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*History]() == nil, Zero[Stack[int]]())
	push := (*Stack[int]).Push
	var s Stack[int]
	push(&s, 7)
	push(&s, 8)
	peek := Stack[int].Peek
	fmt.Println(peek(s), s.Len())
	fs := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"inc":    func(x int) int { return x + 1 },
	}
	fmt.Println(Apply(fs, []string{"inc", "double"}, 5), Apply(fs, []string{"double", "inc"}, 5))
	desc := Describe[Name]
	fmt.Println(desc("amy"))
	pushStr := h.Push
	pushStr("z.com")
	fmt.Println(h.items)
}
