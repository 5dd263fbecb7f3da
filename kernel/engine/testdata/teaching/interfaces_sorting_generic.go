package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Tri struct{ B, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (t Tri) Area() float64  { return t.B * t.H / 2 }
func (t Tri) Name() string   { return "tri" }

func Largest[S Shape](shapes []S) S {
	return slices.MaxFunc(shapes, func(a, b S) int { return cmp.Compare(a.Area(), b.Area()) })
}

func TotalArea[S interface{ Area() float64 }](shapes ...S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Number interface{ ~int | ~float64 }

func Scale[S ~[]E, E Number](s S, f E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * f
	}
	return out
}

type Scores []int

func (s Scores) Best() int { return slices.Max(s) }

func main() {
	shapes := []Shape{Rect{3, 4}, Tri{10, 3}, Rect{1, 1}}
	l := Largest(shapes)
	fmt.Println(l.Name(), l.Area())
	fmt.Println(TotalArea(shapes...), TotalArea(Rect{1, 2}, Rect{3, 4}))
	rects := []Rect{{1, 5}, {2, 2}}
	fmt.Printf("%+v\n", Largest(rects))
	s := Scale(Scores{1, 5, 3}, 10)
	fmt.Println(s, s.Best())
	fmt.Printf("%T\n", s)
	slices.SortFunc(shapes, func(a, b Shape) int { return cmp.Compare(a.Area(), b.Area()) })
	for _, sh := range shapes {
		fmt.Printf("%s:%.1f ", sh.Name(), sh.Area())
	}
	fmt.Println()
}
