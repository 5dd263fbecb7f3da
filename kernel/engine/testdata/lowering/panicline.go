package main

import "fmt"

func average(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total / len(xs)
}

func main() {
	fmt.Println(average([]int{2, 4}))
	fmt.Println(average(nil))
}
