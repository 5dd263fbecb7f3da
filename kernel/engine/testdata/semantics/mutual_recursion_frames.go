package main

import "fmt"

// Two funcs calling each other, each from two lines: every frame names
// the call it was making.

func hailA(n, depth int) int {
	if n == 1 {
		return depth
	}
	if n%2 == 0 {
		return hailB(n/2, depth+1)
	}
	return hailB(3*n+1, depth+1)
}

func hailB(n, depth int) int {
	steps := []int{0, 0, 0}
	if depth > 5 {
		return steps[depth]
	}
	if n%2 == 0 {
		return hailA(n/2, depth+1)
	}
	return hailA(3*n+1, depth+1)
}

func main() {
	fmt.Println(hailA(4, 0))
	fmt.Println(hailA(8, 0))
	fmt.Println(hailA(6, 0))
}
