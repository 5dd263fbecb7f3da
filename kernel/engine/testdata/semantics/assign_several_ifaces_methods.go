package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Point struct{ X, Y int }

func (p Point) Area() int { return p.X * p.Y }

type Shape interface{ Area() int }

func parse(s string) (int, error) { return strconv.Atoi(s) }

func main() {
	p1 := Point{1, 2}
	var a, b any = p1, p1
	fmt.Println("1", a == b, a, b)
	var c, d Shape = p1, Point{3, 3}
	fmt.Println("2", c, d)
	var e, f any
	e, f = p1, 2
	fmt.Println("3", e, f)
	h, i := any(p1), Shape(p1)
	fmt.Println("5", h == i, h, i)
	var err error
	var n int
	n, err = 3, errors.New("x")
	fmt.Println("6", n, err)
	var s1, s2 fmt.Stringer
	fmt.Println("7", s1, s2)
	e, f = f, e
	fmt.Println("8", e, f)
	var v1, v2 = p1, any(p1)
	fmt.Println("9", v1, v2)
	n, err = parse("12")
	fmt.Println("10", n, err)
}
