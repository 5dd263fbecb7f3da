// Failed assertions name what Go names: a type lacking a method, a nil
// interface asserted to another interface. A type declared in a func
// under a package-level type's name. An index out of range of a grid's
// row says both numbers.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func label() string {
	type Point struct{ Name string }
	p := Point{"local"}
	return fmt.Sprintf("%v %+v %T", p, p, p)
}

func main() {
	var it any = Square{3}
	try(func() { _ = it.(Shape) })
	try(func() { _ = it.(fmt.Stringer) })
	var s Shape
	try(func() { _ = s.(fmt.Stringer) })
	var a fmt.Stringer
	try(func() { _ = a.(Point) })
	fmt.Println(Point{1, 2}, label())
	grid := [][]int{{1, 2}, {3}}
	r, c := 1, 1
	fmt.Println(len(grid[r]), grid[r][c])
}
