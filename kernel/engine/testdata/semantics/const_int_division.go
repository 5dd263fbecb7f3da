// Untyped integer constants divide as integers before the result takes a
// floating-point type: var f float64 = 1 / 2 is 0, and 7 / 2 * 2.0 is 6.
package main

import "fmt"

const total = 10

type Celsius float64

func main() {
	var f float64 = 1 / 2
	g := float64(7 / 2)
	var h float32 = 7 / 2
	const k float64 = 7 / 2
	const mixed = 7 / 2 * 2.0
	fmt.Println(f, g, h, k, mixed)

	var avg float64 = total / 4
	fmt.Println(avg, float64(total)/4, total/4.0)
	const half = 1 / 2.0
	const third float32 = 1 / 3
	var c Celsius = 9 / 5 * 100
	var d Celsius = 9.0 / 5 * 100
	x := 3.0
	fmt.Println(half, third, c, d, x/2, 7/2*x)
	pct := 100 * 3 / 8
	fmt.Println(pct, 100*3/8.0)
	var ratio = 22 / 7
	var fr float64 = 22 / 7.0
	fmt.Printf("%v %T %.4f\n", ratio, ratio, fr)
	fmt.Println(1/2+0.5, (1/2)*3.0, -7/2*1.0)
}
