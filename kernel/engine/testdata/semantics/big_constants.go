// Untyped constants are exact: arithmetic on integers wider than 64
// bits, typed float constants made from them, and comparisons of such
// expressions, as the Go Tour's numeric constants show.
package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = Big * Big
)

const (
	fbig   float64 = 1 << 100
	fbig1  float64 = Big - 1
	ratio          = Huge / Big
	kilo           = 1e3
	avogad         = 6.02214076e23
	half           = Big / (Big * 2.0)
)

type Mass float64

const sun Mass = 1.989 * (1 << 100) / (1 << 70)

func needInt(x int) int           { return x*10 + 1 }
func needFloat(x float64) float64 { return x * 0.1 }

func main() {
	fmt.Println(needInt(Small))
	fmt.Println(needFloat(Small))
	fmt.Println(needFloat(Big))
	fmt.Println(Big+(-1)+1 == Big, Big > Big-1, Huge/Big == Big, ratio == Big)
	fmt.Println(fbig, fbig1, fbig == fbig1, kilo, avogad, half)
	fmt.Printf("%.4g %T\n", sun, sun)
	var f float64 = fbig
	fmt.Println(f == fbig, f/Big, math.Log2(Big))
	fmt.Println(Big>>98+Small, uint64(Big>>37), int8(Big>>94))
}
