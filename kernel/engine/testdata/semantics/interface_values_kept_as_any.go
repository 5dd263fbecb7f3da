// A value of an interface type the program declares, kept in an any (a
// variable, an element of []any, an argument of an any parameter, a
// func's result), is the value it holds: it equals the same value put
// there directly, and asserts, switches and prints as it.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func check(name string, got, want any) {
	if got != want {
		fmt.Printf("FAIL %s: got %v, want %v\n", name, got, want)
		return
	}
	fmt.Println("PASS", name)
}

func largest(shapes []Shape) any {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	c := &Circle{1}
	shapes := []Shape{Rect{1, 2}, c, Rect{3, 1}}
	check("first", shapes[0], Rect{1, 2})
	check("pointer", shapes[1], c)
	check("largest", largest(shapes), Rect{3, 1})

	var a any = shapes[2]
	fmt.Println(a == any(Rect{3, 1}), a != Rect{1, 2})
	if r, ok := a.(Rect); ok {
		fmt.Printf("%T %+v\n", r, r)
	}
	seen := []any{}
	for _, s := range shapes {
		seen = append(seen, s)
	}
	for i, v := range seen {
		switch v := v.(type) {
		case Rect:
			fmt.Println(i, "rect", v.W, v == seen[0])
		case *Circle:
			fmt.Println(i, "circle", v.R, v == c)
		}
	}
	fmt.Printf("%v %T\n", seen[1:], seen[0])
}
