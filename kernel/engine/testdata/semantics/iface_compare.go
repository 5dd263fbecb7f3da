package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

type Label string

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (l Label) Area() float64  { return float64(len(l)) }

func find(shapes []Shape, target Shape) int {
	for i, s := range shapes {
		if s == target {
			return i
		}
	}
	return -1
}

func main() {
	var a, b Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(a == b, a != b)
	var c Shape = Circle{1}
	fmt.Println(a == c, a != c)
	shapes := []Shape{Circle{2}, Rect{3, 4}, Label("ab"), Rect{1, 2}}
	fmt.Println(find(shapes, Rect{1, 2}), find(shapes, Label("ab")), find(shapes, Circle{5}))
	fmt.Println(shapes[1] == Rect{3, 4}, shapes[0] == Shape(Circle{2}))
	var none Shape
	fmt.Println(none == nil, a == nil, none == a)
	p, q := &Rect{1, 1}, &Rect{1, 1}
	var sp, sq Shape = p, q
	fmt.Println(sp == sq, sp == Shape(p))
	seen := []Shape{}
	for _, s := range []Shape{Rect{1, 2}, Label("x"), Rect{1, 2}, Label("x"), Circle{1}} {
		dup := false
		for _, t := range seen {
			if t == s {
				dup = true
			}
		}
		if !dup {
			seen = append(seen, s)
		}
	}
	fmt.Println(len(seen), seen)
}
