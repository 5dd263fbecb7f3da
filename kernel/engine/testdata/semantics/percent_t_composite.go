// %T spells composite types as the runtime does: func types without
// parameter names, channels with their direction, any as interface {},
// byte as uint8, generic instances with their type arguments, whether
// the value is passed as itself or held in an interface.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Handler func(sb *strings.Builder, p Point) error

func apply(p Point, fs ...func(Point) Point) Point {
	for _, f := range fs {
		p = f(p)
	}
	return p
}

func main() {
	move := func(p Point) Point { return Point{p.X + 1, p.Y} }
	fmt.Printf("%T\n", move)
	fmt.Printf("%T\n", apply)
	fmt.Println(apply(Point{}, move, move))

	points := make(chan Point, 1)
	var recv <-chan Point = points
	var send chan<- []byte
	fmt.Printf("%T %T %T\n", points, recv, send)

	var h Handler
	var anything any = move
	fmt.Printf("%T %T\n", h, anything)
	anything = points
	fmt.Printf("%T\n", anything)

	fmt.Printf("%T %T\n", []any{1, "a"}, map[string]any{})
	fmt.Printf("%T\n", Pair[string, any]{})
	fmt.Printf("%T\n", []Pair[int, []Point]{})
	fmt.Printf("%T\n", sort.IntSlice{3, 1})
	fmt.Printf("%T\n", struct{ OnClick func(Point) }{})
	fmt.Printf("%T\n", func(s interface{ Area() float64 }) {})
}
