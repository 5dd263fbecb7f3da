package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area(scale float64) float64 { return q.s * scale }

func main() {
	var s Shape = Sq{2}
	fmt.Println(s)
}
