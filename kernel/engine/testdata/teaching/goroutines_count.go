package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, ready *sync.WaitGroup, release chan struct{}, out chan<- int) {
	ready.Done()
	<-release
	out <- id * id
}

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	var ready sync.WaitGroup
	release := make(chan struct{})
	out := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		ready.Add(1)
		go worker(i, &ready, release, out)
	}
	fmt.Println("goroutines started:", runtime.NumGoroutine())
	ready.Wait()
	fmt.Println("goroutines waiting:", runtime.NumGoroutine())
	close(release)
	sum := 0
	for range 3 {
		sum += <-out
	}
	fmt.Println("sum:", sum)
}
