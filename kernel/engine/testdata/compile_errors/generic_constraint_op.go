package main

import "fmt"

func Max[T comparable](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() { fmt.Println(Max(1, 2)) }
