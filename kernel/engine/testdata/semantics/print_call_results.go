package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Meters int

func (m Meters) String() string { return strconv.Itoa(int(m)) + "m" }

type Point struct{ x, y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

type Grid struct {
	w, h int
}

func total(xs ...Meters) (Meters, int) {
	var t Meters
	for _, x := range xs {
		t += x
	}
	return t, len(xs)
}

func parse(s string) (Point, error) {
	if s == "" {
		return Point{}, errors.New("empty")
	}
	return Point{len(s), 1}, nil
}

func size() (Grid, bool) { return Grid{3, 4}, true }

func main() {
	fmt.Println(total(5, 6))
	fmt.Println(parse("abc"))
	fmt.Println(parse(""))
	fmt.Print(size())
	fmt.Println()
	s := fmt.Sprintln(total())
	fmt.Print(s)
	fmt.Println(strconv.Atoi("42"))
}
