package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string)
	c2 := make(chan string)
	go func() { c1 <- "one" }()
	got := map[string]bool{}
	for range 1 {
		select {
		case m := <-c1:
			got[m] = true
		case m := <-c2:
			got[m] = true
		}
	}
	fmt.Println(got)

	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	messages := make(chan string)
	select {
	case msg := <-messages:
		fmt.Println("received", msg)
	default:
		fmt.Println("no message received")
	}
	select {
	case messages <- "hi":
		fmt.Println("sent")
	default:
		fmt.Println("no message sent")
	}

	results := make(chan int, 1)
	results <- 42
	select {
	case r := <-results:
		fmt.Println("result", r)
	default:
		fmt.Println("nothing")
	}
	ticker := time.NewTicker(time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
}
