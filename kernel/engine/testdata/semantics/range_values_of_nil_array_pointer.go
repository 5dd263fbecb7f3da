// Ranging over a pointer to an array reads through it: its indexes
// alone need no array, its values panic when it is nil.
package main

import "fmt"

func main() {
	scores := []int{3, 1, 2}
	total := 0
	for _, s := range scores {
		total += s
	}
	fmt.Println("total", total)
	var board *[3]int
	for i := range board {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, v := range board {
		fmt.Print(v)
	}
}
