// Complex constants written with real numbers only: compared, as cases
// of a switch on a complex value, in arithmetic and as arguments.
package main

import (
	"fmt"
	"math/cmplx"
)

type Phasor complex128

const unit = 1

func classify(z complex128) string {
	switch z {
	case 0:
		return "zero"
	case 1, -1:
		return "real unit"
	case 1i, -1i:
		return "imaginary unit"
	}
	return "other"
}

func roots(a, b, c float64) (complex128, complex128) {
	d := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	return (complex(-b, 0) + d) / (2 * complex(a, 0)), (complex(-b, 0) - d) / complex(2*a, 0)
}

type Num interface{ ~int | ~complex128 }

func half[T Num](x T) T { return x / 2 }

func main() {
	fmt.Println(1i*1i == -1, 3+0i == 3, 2i*2i == -4.0)
	for _, z := range []complex128{0, 1, -1i, 2 + 1i, unit} {
		fmt.Println(z, classify(z))
	}
	r1, r2 := roots(1, 2, 5)
	fmt.Println(r1, r2, r1*r2 == 5)
	var p Phasor = 2
	p *= 1i
	fmt.Printf("%v %.1f %T\n", p, cmplx.Abs(complex128(p)), p)
	z := 1.5 + 2i
	fmt.Println(z*2, z+1, z == 1.5+2i, real(z) == 1.5)
	fmt.Println(z/2, z/2.5, z/1, half(9), half(2+4i))
	z /= 2
	var w complex64 = 3 + 4i
	w /= 2
	p /= 4
	fmt.Println(z, w, p)
}
