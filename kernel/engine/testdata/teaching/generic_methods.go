package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) String() string   { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (c Circle) String() string { return "Circle(" + strconv.FormatFloat(c.R, 'g', -1, 64) + ")" }

func Largest[S ~[]E, E Shape](shapes S) E {
	return slices.MaxFunc(shapes, func(a, b E) int { return cmp.Compare(a.Area(), b.Area()) })
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

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

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	shapes := []Shape{Rect{2, 3}, Circle{2}, Rect{1, 1}}
	fmt.Println(Largest(shapes))
	fmt.Println(Join(shapes, ", "))
	rects := []Rect{{1, 2}, {3, 4}}
	fmt.Println(Largest(rects), Join(rects, "|"))
	s := Set[string]{}
	s.Add("a")
	s.Add("b")
	s.Add("a")
	fmt.Println(s.Len(), s.Has("a"), s.Has("z"))
	r1 := Try(func() (int, error) { return strconv.Atoi("42") })
	r2 := Try(func() (int, error) { return strconv.Atoi("x") })
	fmt.Println(r1.OrElse(-1), r2.OrElse(-1), r2.Err != nil)
	r3 := Try(func() (string, error) { return "", errors.New("no") })
	fmt.Printf("%q %v\n", r3.OrElse("default"), r3.Err)
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a e") {
		root = root.Insert(w)
	}
	var out []string
	root.Walk(func(v string) { out = append(out, v) })
	fmt.Println(out)
}
