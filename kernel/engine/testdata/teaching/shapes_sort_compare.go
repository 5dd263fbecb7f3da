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
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (c Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%.1f)", c.R) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("square side %.1f", v.W)
	case Rect:
		return fmt.Sprintf("rect %.1fx%.1f", v.W, v.H)
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2), Circle{0.5}}
	sort.Sort(ByArea(shapes))
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("%d %-22s area=%6.2f perim=%6.2f %T\n", i, describe(s), s.Area(), s.Perimeter(), s)
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	fmt.Println(shapes)
	m := map[Rect]int{{1, 2}: 1, {3, 4}: 2}
	fmt.Println(m[Rect{1, 2}], m[Rect{3, 4}], len(m))
	fmt.Println(shapes[0] == Circle{0.5}, shapes[0] != shapes[1])
	var biggest Shape
	for _, s := range shapes {
		if biggest == nil || s.Area() > biggest.Area() {
			biggest = s
		}
	}
	fmt.Println("biggest:", biggest)
	if sq, ok := biggest.(Square); ok {
		fmt.Println("square", sq.Rect)
	} else {
		fmt.Println("not a square")
	}
}
