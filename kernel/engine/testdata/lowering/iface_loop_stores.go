package main

import "fmt"

type Shape interface{ Area() float64 }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }

type Tag string

func main() {
	var shapes []Shape
	for _, s := range []Square{1, 2, 3} {
		shapes = append(shapes, s)
	}
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()

	var things []any
	for _, t := range []Tag{"a", "b"} {
		things = append(things, t)
	}
	fmt.Println(things...)
}
