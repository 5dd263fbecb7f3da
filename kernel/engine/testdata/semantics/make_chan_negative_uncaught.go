package main

import "fmt"

func main() {
	n := -2
	fmt.Println("start")
	c := make(chan int, n)
	fmt.Println(c)
}
