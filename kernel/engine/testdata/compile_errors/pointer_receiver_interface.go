package main

import "fmt"

type Abser interface{ Abs() float64 }
type Vertex struct{ X, Y float64 }

func (v *Vertex) Abs() float64 { return v.X }

func main() {
	var a Abser
	v := Vertex{3, 4}
	a = v
	fmt.Println(a.Abs())
}
