package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	var x any = 1 + 2i
	fmt.Println(x)
	fmt.Printf("%T\n", x)
	fmt.Println(cmplx.Abs(complex(0, math.Pi)))
	c := complex(3, 4)
	fmt.Println(cmplx.Abs(c), real(c), imag(c))
	fmt.Printf("%.2f\n", cmplx.Exp(complex(0, math.Pi)))
}

const c1 = 1 + 2i
const c2 complex64 = 3 - 4i

type Z complex128

func init() {
	var z Z = 2 + 1i
	var w complex64 = c1 * 2
	x := []any{c1, c2, 1i, 2 * math.Pi * 1i, complex(1, math.E)}
	fmt.Println(x...)
	fmt.Printf("%T %T %v %v\n", z, w, z, w)
	fmt.Println(cmplx.Sqrt(-1), real(c1), imag(c2), cmplx.Abs(c1))
	fmt.Printf("%.3f\n", cmplx.Exp(1i*math.Pi)+1)
	m := map[complex128]string{1 + 1i: "a"}
	fmt.Println(m[complex(1, 1)])
}
