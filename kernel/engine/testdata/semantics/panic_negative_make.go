package main

import "fmt"

func main() {
	n := 3
	s := make([]int, n)
	fmt.Println(s)
	n -= 10
	s = make([]int, n)
	fmt.Println(s)
}
