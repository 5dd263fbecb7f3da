package main

import (
	"fmt"
	"math"
	"sort"
)

type geometry interface {
	area() float64
	perim() float64
}

type rect struct{ width, height float64 }

type circle struct{ radius float64 }

func (r rect) area() float64    { return r.width * r.height }
func (r rect) perim() float64   { return 2*r.width + 2*r.height }
func (c circle) area() float64  { return math.Pi * c.radius * c.radius }
func (c circle) perim() float64 { return 2 * math.Pi * c.radius }

func measure(g geometry) {
	fmt.Println(g)
	fmt.Printf("%.3f %.3f\n", g.area(), g.perim())
}

func detectCircle(g geometry) {
	if c, ok := g.(circle); ok {
		fmt.Println("circle with radius", c.radius)
	}
}

type byArea []geometry

func (a byArea) Len() int           { return len(a) }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byArea) Less(i, j int) bool { return a[i].area() < a[j].area() }

func main() {
	r := rect{width: 3, height: 4}
	c := circle{radius: 5}
	measure(r)
	measure(c)
	detectCircle(r)
	detectCircle(c)
	shapes := []geometry{c, r, circle{1}, rect{1, 1}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%T %.2f\n", s, s.area())
	}
	var g geometry
	fmt.Println(g == nil)
	g = r
	fmt.Printf("%v %+v %T\n", g, g, g)
}
