package main

// A value of a struct type literal compares with a value of a declared
// struct type with the same fields, in either order, as Go allows.

import "fmt"

type Point struct{ X, Y int }

type Pair[K comparable, V comparable] struct {
	Key K
	Val V
}

func main() {
	a := Point{1, 2}
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == a, a == anon, a != struct{ X, Y int }{2, 1})
	origin := struct{ X, Y int }{}
	if (Point{}) == origin {
		fmt.Println("origin is the zero point")
	}
	var p Point = anon
	fmt.Println(p, p == anon)
	pr := Pair[string, int]{"a", 1}
	fmt.Println(pr == struct {
		Key string
		Val int
	}{"a", 1})
}
