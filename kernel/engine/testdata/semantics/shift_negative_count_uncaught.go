package main

import "fmt"

func shift(x, s int) int { return x << s }

func main() {
	fmt.Println(shift(1, 3))
	fmt.Println(shift(1, -2))
}
