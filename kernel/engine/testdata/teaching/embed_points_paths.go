package main

import (
	"fmt"
	"image/color"
	"math"
)

type Point struct{ X, Y int }

type Circle struct {
	Point
	Radius int
}

type Wheel struct {
	Circle
	Spokes int
}

type FPoint struct{ X, Y float64 }

func (p FPoint) Distance(q FPoint) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *FPoint) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}

type Path []FPoint

func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

type ColoredPoint struct {
	FPoint
	Color color.RGBA
}

func (p FPoint) Add(q FPoint) FPoint { return FPoint{p.X + q.X, p.Y + q.Y} }
func (p FPoint) Sub(q FPoint) FPoint { return FPoint{p.X - q.X, p.Y - q.Y} }

func (path Path) TranslateBy(offset FPoint, add bool) {
	var op func(p, q FPoint) FPoint
	if add {
		op = FPoint.Add
	} else {
		op = FPoint.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

func main() {
	var w Wheel
	w.X = 8
	w.Y = 8
	w.Radius = 5
	w.Spokes = 20
	fmt.Printf("%#v\n", w)
	w = Wheel{Circle{Point{8, 8}, 5}, 20}
	w = Wheel{
		Circle: Circle{
			Point:  Point{X: 8, Y: 8},
			Radius: 5,
		},
		Spokes: 20,
	}
	fmt.Printf("%#v\n", w)
	w.X = 42
	fmt.Printf("%#v\n", w)
	fmt.Printf("%v %+v\n", w, w)

	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println(perim.Distance())
	p := FPoint{1, 2}
	q := FPoint{4, 6}
	fmt.Println(p.Distance(q))
	r := &FPoint{1, 2}
	r.ScaleBy(2)
	fmt.Println(*r)
	p.ScaleBy(3)
	fmt.Println(p)
	red := color.RGBA{255, 0, 0, 255}
	blue := color.RGBA{0, 0, 255, 255}
	var cp = ColoredPoint{FPoint{1, 1}, red}
	var cq = ColoredPoint{FPoint{5, 4}, blue}
	fmt.Println(cp.Distance(cq.FPoint))
	cp.ScaleBy(2)
	cq.ScaleBy(2)
	fmt.Println(cp.Distance(cq.FPoint))
	fmt.Printf("%v\n%+v\n", cp, cq)
	distanceFromP := p.Distance
	fmt.Println(distanceFromP(q))
	scaleP := p.ScaleBy
	scaleP(2)
	fmt.Println(p)
	distance := FPoint.Distance
	fmt.Println(distance(p, q))
	fmt.Printf("%T\n", distance)
	scale := (*FPoint).ScaleBy
	scale(&p, 2)
	fmt.Println(p)
	fmt.Printf("%T\n", scale)
	perim.TranslateBy(FPoint{1, 1}, true)
	fmt.Println(perim)
	perim.TranslateBy(FPoint{2, 2}, false)
	fmt.Println(perim)
}
