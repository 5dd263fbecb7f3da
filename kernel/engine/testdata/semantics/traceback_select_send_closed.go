package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	quit := make(chan bool)
	ch <- 1
	fmt.Println(<-ch)
	close(ch)
	for i := 0; i < 2; i++ {
		select {
		case ch <- i:
			fmt.Println("sent")
		case <-quit:
		}
	}
}
