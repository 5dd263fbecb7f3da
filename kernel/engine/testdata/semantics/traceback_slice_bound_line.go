package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(s[:4])
	t := []int{1, 2, 3}
	n := 4
	fmt.Println(t[:n])
}
