package main

import "fmt"

type point struct{ X, Y int }

func main() {
	fmt.Println("start")
	panic(point{1, 2})
}
