package main

import "fmt"

type Count int

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	n := 2
	for range n {
		fmt.Print("x")
	}
	var c Count = 3
	for i := range c {
		fmt.Printf(" %T=%d", i, i)
	}
	for i := range 5 {
		i += 10 // does not change the iterations
		fmt.Print(" ", i)
	}
	fmt.Println()
}
