// Complex numbers, special floats, zero values, value and reference
// semantics of arrays, slices (append aliasing) and structs, closures,
// named results changed by a deferred call, integer wrap-around, labels,
// fallthrough, goto, and fmt verbs, widths and bad verbs.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) Move(dx int)  { p.X += dx }
func (p Point) Dist() float64 { return math.Hypot(float64(p.X), float64(p.Y)) }

type Grid [3][3]int

func gen() func() int {
	n := 0
	return func() int { n++; return n }
}

func sum(nums ...int) (total int) {
	defer func() { total *= 2 }()
	for _, n := range nums {
		total += n
	}
	return
}

func main() {
	c := complex(1, 2)
	fmt.Println(c, real(c), imag(c), cmplx.Abs(3+4i), cmplx.Sqrt(-1))
	fmt.Printf("%v %.2f %T\n", c*c, c, c)
	var c64 complex64 = 1 + 1i
	fmt.Println(c64, c == complex128(c64))
	fmt.Println(math.NaN(), math.Inf(1), -math.Inf(1), math.Copysign(0, -1), 1/math.Inf(-1))
	fmt.Printf("%.3g %g %v %e\n", math.Pi, 1e-7, float32(0.1), 1e100)
	var m map[string]int
	var s []int
	var p *Point
	var f func()
	var ch chan int
	var e error
	fmt.Println(m, s, p, f == nil, ch, e, len(m), m["x"])
	fmt.Printf("%v %d %v %t\n", s == nil, len(s), p == nil, f == nil)
	pts := []Point{{1, 2}, {3, 4}}
	for _, pt := range pts {
		pt.Move(10)
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].Move(10)
	}
	fmt.Println(pts)
	arr := [2]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 99
	fmt.Println(arr, arr2, arr == arr2)
	var g Grid
	g[1][1] = 5
	g2 := g
	g2[1][1] = 6
	fmt.Println(g, g2)
	a := []int{1, 2, 3}
	b := a[:2]
	b = append(b, 100)
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 200)
	b[0] = -1
	fmt.Println(a, b, cap(b))
	next := gen()
	fmt.Println(next(), next(), next())
	fmt.Println(sum(1, 2, 3), sum(), sum([]int{4}...))
	x := int8(127)
	x++
	fmt.Println(x, uint8(x)+100, -7/2, -7%2, 7>>1, -8>>1, 1<<62, ^0)
	var u uint = 0
	u--
	fmt.Println(u == math.MaxUint, uint32(u)+1)
	move := (&pts[0]).Move
	move(1)
	dist := pts[1].Dist
	pts[1].X = 0
	fmt.Println(pts[0], dist())
	nested := map[string][]string{}
	nested["a"] = append(nested["a"], "x", "y")
	fmt.Println(nested, len(nested["zz"]))
	mm := map[string]map[string]int{"x": {"y": 1}}
	mm["x"]["z"] = 2
	fmt.Println(mm)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch {
			case j == 1:
				continue outer
			case i == 2:
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	switch n := 3; {
	case n > 2:
		fmt.Println("big")
		fallthrough
	case n > 100:
		fmt.Println("fell")
	default:
		fmt.Println("no")
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println(i, strings.Repeat("=", i))
	fmt.Printf("%5.1f%%|%x|%X|%o|%b|%c|%U|%08.3f|%+.2e\n", 12.345, -255, 3054, 64, -5, 'λ', 0x1F600, -3.14159, 12345.678)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, math.E)
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%s %v\n", []byte("go"), []byte("go"))
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
}
