package main

import "fmt"

func produce(out chan<- int, done chan struct{}, vals []int) {
	for i, v := range vals {
		if i == 0 {
			out <- v
			continue
		}
		select {
		case out <- v * 10:
		case <-done:
			return
		}
	}
}

func main() {
	out := make(chan int, 10)
	done := make(chan struct{})
	produce(out, done, []int{1, 2})
	fmt.Println(<-out, <-out)
	close(out)
	defer func() { fmt.Println("recovered:", recover()) }()
	produce(out, done, []int{3, 4})
}
