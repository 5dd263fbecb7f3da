package main

import (
	"fmt"
	"math"
)

type rect struct{ width, height float64 }

func (r *rect) area() float64 { return r.width * r.height }

func (r rect) perim() float64 { return 2*r.width + 2*r.height }

func (r *rect) scale(f float64) {
	r.width *= f
	r.height *= f
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Vertex struct{ X, Y float64 }

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func main() {
	r := rect{width: 10, height: 5}
	fmt.Println("area: ", r.area())
	fmt.Println("perim:", r.perim())
	rp := &r
	fmt.Println("area: ", rp.area())
	fmt.Println("perim:", rp.perim())
	r.scale(2)
	fmt.Println(r)
	c := Celsius(100)
	fmt.Println(c, c.Fahrenheit())
	fmt.Printf("%v %.2f %s\n", c, c, c)
	v := Vertex{3, 4}
	v.Scale(10)
	fmt.Println(v.Abs(), v)
	f := v.Abs
	v.X = 0
	fmt.Println(f(), v.Abs())
	g := Vertex.Abs
	fmt.Println(g(Vertex{6, 8}))
	h := (*Vertex).Scale
	h(&v, 0.5)
	fmt.Println(v)
}
