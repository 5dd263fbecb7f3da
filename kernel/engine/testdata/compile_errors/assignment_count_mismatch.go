package main

import "fmt"

func main() {
	y := fmt.Println("x")
	_ = y
}
