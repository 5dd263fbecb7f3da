// A shift by a negative count panics at the shift's line, in a func
// called from main.
package main

import "fmt"

func mask(bits int) uint32 {
	fmt.Println("mask of", bits, "bits")
	return 1<<bits - 1
}

func main() {
	fmt.Println(mask(4))
	fmt.Println(mask(-1))
}
