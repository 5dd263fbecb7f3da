// A channel seen through a directional type is still the same channel:
// == compares them, as a producer/consumer lesson checks.
package main

import "fmt"

type Jobs chan int

func producer(out chan<- int, n int) chan<- int {
	for i := range n {
		out <- i
	}
	return out
}

func main() {
	c := make(chan int, 3)
	var ro <-chan int = c
	fmt.Println(ro == c, c != ro)
	so := producer(c, 2)
	fmt.Println(so == c, len(ro))
	d := make(chan int)
	fmt.Println(ro == d, so != d)
	j := make(Jobs, 1)
	var jr <-chan int = j
	fmt.Println(jr == j, jr == c)
	var nilc chan int
	var nilro <-chan int
	fmt.Println(nilro == nilc, ro == nilc)
}
