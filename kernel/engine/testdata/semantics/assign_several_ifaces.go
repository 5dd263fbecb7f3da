package main

import "fmt"

type Point struct{ X, Y int }

type Shape interface{ Area() int }

func (p Point) Area() int { return p.X * p.Y }

var g1, g2 any = Point{0, 1}, 7

func pair(p Point) (any, Shape) { return p, Point{3, 4} }

func main() {
	p1 := Point{1, 2}
	var a, b any = p1, Point{1, 2}
	fmt.Println(a == b, a, b)
	var c, d Shape = p1, &Point{2, 2}
	fmt.Println(c.Area(), d.Area())
	var e any
	var f Point
	e, f = p1, Point{3, 4}
	fmt.Println(e, f)
	var h, i any = 1, []int{2}
	fmt.Println(h, i)
	j, k := any(p1), map[string]int{"a": 1}
	fmt.Println(j, k)
	fmt.Println(g1, g2)
	fmt.Println(pair(p1))
	x, y := 1, struct{ N any }{p1}
	fmt.Println(x, y)
}
