package main

import "fmt"

func makeDivider(d int) func(int) int {
	return func(n int) int {
		return n / d
	}
}

func main() {
	div := makeDivider(0)
	fmt.Println("start")
	div(10)
	fmt.Println("unreachable")
}
