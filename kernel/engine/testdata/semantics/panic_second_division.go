// Integer divisions on several lines, a constant divisor and a float
// division among them: the one that divides by zero is named.
package main

import "fmt"

func ratio(a, b int) int {
	half := a / 2
	scale := 1 / float64(b+1)
	fmt.Println(half, scale)
	return a / b
}

func main() {
	fmt.Println(ratio(8, 4))
	fmt.Println(ratio(8, 0))
}
