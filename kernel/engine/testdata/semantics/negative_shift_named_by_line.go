// Bit-manipulation lessons shift by variables on many lines; a negative
// count panics at the shift that had it.
package main

import "fmt"

func mask(bits []int) (m uint32) {
	for _, b := range bits {
		m |= 1 << b
	}
	return m
}

func main() {
	acc := 0
	for i := range 3 {
		acc |= 1 << i
	}
	fmt.Println(acc, mask([]int{0, 3, 5}))
	x := 1024
	k := 2
	x >>= k
	fmt.Println(x)
	defer func() {
		fmt.Println("recovered:", recover())
		neg := -1
		fmt.Println(1 << neg)
	}()
	fmt.Println(mask([]int{1, -2}))
}
