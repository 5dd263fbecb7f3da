package main

import (
	"fmt"
	"math"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	fmt.Println(factorial(30))
	sum := new(big.Int)
	for i := int64(0); i < 1000; i++ {
		x := big.NewInt(i)
		x.Exp(x, big.NewInt(5), nil)
		sum.Add(sum, x)
	}
	fmt.Println(sum, sum.BitLen())
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3), math.Max(3, 7))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt32, math.Pi)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Log(math.E), math.Pow(2, 10))
	fmt.Println(math.Round(2.5), math.Trunc(-2.7), math.Mod(7, 3), math.Hypot(3, 4))
}
