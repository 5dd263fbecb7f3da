// An array length given as a floating-point constant of integer value
// (const size = 3.0) is that integer.
package main

import "fmt"

const size = 3.0

type Grid [size][size]rune

func main() {
	var g Grid
	for i := range int(size) {
		g[i][i] = 'x'
	}
	var scores [2 * size]float64
	fmt.Println(len(g), len(scores), string(g[1][:]))
	b := [1e1]byte{}
	fmt.Println(len(b))
}
