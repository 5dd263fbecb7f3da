package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 10))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5))
	fmt.Println(math.Abs(-3.2), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), math.IsInf(1/math.Inf(1), 0))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan2(1, 1))
	fmt.Printf("%.3e %g %G\n", math.E, math.Pi, 1e21)
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Float64bits(1.0))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp)
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2))
}
