package main

import "fmt"

func ping(pings chan<- string, msg string) { pings <- msg }

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + "!"
}

func main() {
	messages := make(chan string)
	go func() { messages <- "ping" }()
	msg := <-messages
	fmt.Println(msg)

	buffered := make(chan string, 2)
	buffered <- "buffered"
	buffered <- "channel"
	fmt.Println(len(buffered), cap(buffered))
	fmt.Println(<-buffered)
	fmt.Println(<-buffered)

	done := make(chan bool, 1)
	go func() {
		fmt.Println("working...")
		done <- true
	}()
	<-done
	fmt.Println("done")

	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	queue := make(chan int, 3)
	queue <- 1
	queue <- 2
	queue <- 3
	close(queue)
	for v := range queue {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-queue
	fmt.Println(v, ok)
	fmt.Printf("%T %T %T\n", queue, pings, (<-chan int)(queue))
}
