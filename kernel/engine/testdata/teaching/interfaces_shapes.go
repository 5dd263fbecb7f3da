package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(%.1f)", c.R) }

func describe(s Shape) {
	fmt.Printf("%v area=%.2f perimeter=%.2f\n", s, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{1, 1}}
	for _, s := range shapes {
		describe(s)
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%.2f ", s.Area())
	}
	fmt.Println()
	var s Shape = Circle{2}
	if c, ok := s.(Circle); ok {
		fmt.Println("a circle of radius", c.R)
	}
	switch v := s.(type) {
	case Rect:
		fmt.Println("rect", v.W)
	case Circle:
		fmt.Println("circle", v)
	}
}
