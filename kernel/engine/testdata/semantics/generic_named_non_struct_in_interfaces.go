package main

// Generic types whose underlying type is not a struct (a stack over a
// slice, a set over a map, a number) keep their identity and methods
// in interfaces: %T, String, type switches, assertions, comparisons.

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s) }

func (s Stack[T]) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "Stack(" + strings.Join(parts, " ") + ")"
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

type Lener interface{ Len() int }

type Meters[T int | float64] []T

type Code[T ~int] int

func (c Code[T]) Error() string { return fmt.Sprintf("code %d", int(c)) }

func describe(x any) string {
	switch v := x.(type) {
	case *Stack[int]:
		return fmt.Sprintf("*Stack[int] of %d", v.Len())
	case Stack[string]:
		return "Stack[string] " + v.String()
	case Set[string]:
		return fmt.Sprintf("Set[string] with %d", len(v))
	case []int:
		return "plain []int"
	case fmt.Stringer:
		return "a Stringer: " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func sizes(xs ...Lener) []int {
	var out []int
	for _, x := range xs {
		out = append(out, x.Len())
	}
	return out
}

func main() {
	s := &Stack[int]{}
	for i := range 4 {
		s.Push(i * i)
	}
	var x any = s
	fmt.Printf("%T %v %s\n", x, x, x)
	fmt.Println(describe(s), "|", describe(*s))
	fmt.Println(describe(Stack[string]{"a", "b"}))
	fmt.Println(describe([]int{1}))

	set := Set[string]{}
	set.Add("go")
	set.Add("py")
	fmt.Println(describe(set), set.Has("go"))
	var l Lener = set
	fmt.Printf("%T %d\n", l, l.Len())
	fmt.Println(sizes(s, set, Stack[string]{"x"}))

	if st, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer:", st)
	}
	if _, ok := x.(*Stack[string]); !ok {
		fmt.Println("not a *Stack[string]")
	}
	p := x.(*Stack[int])
	v, _ := p.Pop()
	fmt.Println(v, p, s.Len())

	m := Meters[float64]{1.5, 2}
	var y any = m
	fmt.Printf("%T %v %+v %#v\n", y, y, y, y)
	_, isFloats := y.([]float64)
	fmt.Println(isFloats)

	items := []any{Stack[int]{1}, Meters[int]{2}, []int{3}}
	for _, it := range items {
		fmt.Printf("%T=%v ", it, it)
	}
	fmt.Println()

	var err error = Code[int](404)
	fmt.Println(err, errors.Is(err, Code[int](404)))
	var c Code[int]
	if errors.As(err, &c) {
		fmt.Printf("%T %d\n", c, int(c))
	}

	keys := map[any]string{Stack[int]{}.Len(): "zero"}
	fmt.Println(keys[0])
	var a, b any = Meters[int]{}, Meters[int]{}
	_ = a
	_ = b
	names := []string{fmt.Sprintf("%T", Stack[int]{}), fmt.Sprintf("%T", &Set[int]{})}
	sort.Strings(names)
	fmt.Println(names)
}
