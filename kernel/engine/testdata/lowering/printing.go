package main

import (
	"errors"
	"fmt"
)

type point struct {
	x, y int
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

var palette = map[Color]string{Red: "#f00", Green: "#0f0", Blue: "#00f"}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type notFound struct{ name string }

func (e *notFound) Error() string { return e.name + " not found" }

type line struct {
	From, To point
	Label    string
}

func find(name string) error { return &notFound{name} }

func main() {
	p := point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Println(&p, []point{p, {3, 4}}, map[string]point{"a": p})
	fmt.Printf("%T %T %T\n", &p, []point{}, map[string]point{})
	fmt.Println(Red, Blue, palette)
	fmt.Printf("%v %d %s %T|%8v|\n", Green, Green, Blue, Green, Red)
	fmt.Println([]Color{Blue, Red})
	c := Celsius(21.5)
	fmt.Println(c)
	fmt.Printf("%v %.2f %T\n", c, float64(c), c)
	err := find("gopher")
	fmt.Println(err)
	var nf *notFound
	fmt.Println(errors.As(err, &nf), nf.name)
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, err))
	l := line{From: point{0, 0}, To: p, Label: "diag"}
	fmt.Printf("%v\n%+v\n", l, l)
	s := fmt.Sprint(p, "x", 3, 4, "y")
	fmt.Println(s, len(s))
}
