package main

import "fmt"

// Overfilling a buffered channel with no reader: Go stops the program
// with "all goroutines are asleep - deadlock!".

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println("the buffer holds", len(ch))
	ch <- 3
	fmt.Println(<-ch)
}
