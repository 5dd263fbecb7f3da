package main

import "fmt"

func window(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := make([]int, 3, 5)
	fmt.Println(window(s, 1, 5), len(window(s, 0, 4)))
	fmt.Println(window(s, 3, 2))
}
