// A floating-point or complex value divided by a constant zero is
// +Inf, -Inf or NaN, as Go computes it; an integer divided by a zero
// variable panics.
package main

import (
	"fmt"
	"math"
)

type Temp float64

func main() {
	f := 1.0
	fmt.Println(f/0, -f/0, math.IsInf(f/0, 1))
	zero := 0.0
	fmt.Println(zero/0 == zero/0, math.IsNaN(zero/0.0))
	var g float32 = 2
	fmt.Println(g/0, g/0.0)
	c := complex(1, 1)
	fmt.Println(c / 0)
	t := Temp(3)
	fmt.Println(t/0, float64(t)/0)
	n := 5
	defer func() { fmt.Println("recovered:", recover()) }()
	d := 0
	fmt.Println(n / d)
}
