package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(0.1+0.2, 1.0, 3.0/2, float32(0.1), 1e6, 1e21, 123456789.0, 1e-7)
	var f32 float32 = 16777216
	fmt.Println(f32+1, math.Sqrt(2), math.Floor(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatInt(-255, 16), strconv.Quote("a\tb"))
	fmt.Printf("%v %.3v %8.2e %g\n", 2.0/3, 2.0/3, 12345.678, float32(1)/3)
	fmt.Println(7/2, 7.0/2, float64(7)/2, int(f32/5e6), int(-f32/5e6), uint8(f32))
	var c complex128 = complex(1, 2)
	fmt.Println(c, real(c), imag(c), c*c)
	fmt.Println(math.MaxInt8, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64)
}
