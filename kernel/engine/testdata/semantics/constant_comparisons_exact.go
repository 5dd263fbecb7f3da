// Comparisons of constants are exact, as the compiler computes them:
// untyped floats that float64 would round to the same value differ, and
// the math package's constants compare with their written digits.
package main

import (
	"fmt"
	"math"
)

const tau = 2 * math.Pi

type Flag bool

func main() {
	fmt.Println(0.1 == 0.10000000000000001, 89.66666666666667 >= 89.666666666666671)
	fmt.Println(math.Pi == 3.141592653589793, tau/2 == math.Pi, math.E > 2.718281828459045)
	fmt.Println(math.Sqrt2*math.Sqrt2 == 2, math.SmallestNonzeroFloat64/2 > 0)
	var f Flag = 1<<62 > 1e18
	fmt.Printf("%v %T\n", f, f)
	x := 0.1
	fmt.Println(x == 0.10000000000000001, 3 < 4, "a" < "b")
	if 1.0/3 == 0.3333333333333333 {
		fmt.Println("rounded")
	} else {
		fmt.Println("exact")
	}
}
