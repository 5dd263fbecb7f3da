// Funcs that assert to an interface (a type switch, x.(Shape)) are
// written before the types they will meet, as a notebook grows: cut over
// cells, each new type is found by the funcs of the earlier cells.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Namer interface {
	Name() string
}

func describe(v any) string {
	switch s := v.(type) {
	case nil:
		return "nothing"
	case Namer:
		return fmt.Sprintf("%s with area %.2f", s.Name(), v.(Shape).Area())
	case Shape:
		return fmt.Sprintf("a shape with area %.2f", s.Area())
	case fmt.Stringer:
		return "a stringer: " + s.String()
	}
	return fmt.Sprintf("not a shape: %v", v)
}

func total(items []any) float64 {
	sum := 0.0
	for _, it := range items {
		if s, ok := it.(Shape); ok {
			sum += s.Area()
		}
	}
	return sum
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64 { return r.W * r.H }
func (r *Rect) Name() string  { return "rect" }

type Label string

func (l Label) String() string { return "<" + string(l) + ">" }

func main() {
	items := []any{Circle{1}, &Rect{2, 3}, Rect{4, 5}, Label("x"), 7, nil}
	for _, it := range items {
		fmt.Println(describe(it))
	}
	fmt.Printf("%.2f\n", total(items))
}
