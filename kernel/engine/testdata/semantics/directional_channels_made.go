// Channels made with one direction, and funcs taking and returning
// directional channels.
package main

import "fmt"

type Sink chan<- string

func producer(n int) <-chan int {
	out := make(chan int, n)
	for i := range n {
		out <- i * i
	}
	close(out)
	return out
}

func main() {
	ch := make(chan<- int, 1)
	ch <- 1
	fmt.Println(len(ch), cap(ch))
	r := make(<-chan string)
	fmt.Printf("%T %v\n", r, cap(r))
	var s Sink = make(Sink, 2)
	s <- "a"
	fmt.Printf("%T %d\n", s, len(s))
	sum := 0
	for v := range producer(4) {
		sum += v
	}
	fmt.Println(sum)
}
