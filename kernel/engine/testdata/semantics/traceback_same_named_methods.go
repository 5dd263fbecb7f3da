// A panic in one of two types' methods of the same name (Area of a
// Circle and of a Triangle, called through an interface) names the line
// of the method that failed.
package main

import "fmt"

type Circle struct{ R []float64 }

func (c *Circle) Area() float64 { return c.R[0] }

type Triangle struct{ A, B []float64 }

func (t *Triangle) Area() float64 {
	return t.A[0] * t.B[1]
}

type Shape interface{ Area() float64 }

func main() {
	shapes := []Shape{&Circle{R: []float64{1}}, &Triangle{A: []float64{2}, B: []float64{3}}}
	for _, s := range shapes {
		fmt.Println(s.Area())
	}
}
