// Constant expressions with the math package's constants (the Tour's
// math.Pi * 0.5) compute as Go computes them.
package main

import (
	"fmt"
	"math"
)

const half = math.Pi / 2

func area(r float64) float64 { return math.Pi * r * r }

func main() {
	fmt.Println(math.Pi*0.5, half, math.E*1e6, 1e6*math.E, math.Sqrt2*1e3)
	x := math.Pi * 0.5
	var y float32 = math.Pi * 2
	fmt.Println(x, y, area(2), half*2, math.MaxInt8*1e2, math.E*2)
	fmt.Printf("%.4f %T\n", math.Pi/180*90, math.Pi*0.5)
	deg := 45.0
	fmt.Println(deg * math.Pi / 180)
}
