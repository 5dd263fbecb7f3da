package main

import (
	"fmt"
	"sync"
	"time"
)

// Goroutines that wait for one another a while, but always for one that
// can go on: sleeping, computing, or woken by a broadcast.

func busy(n int) int {
	s := 0
	for i := range n {
		s += i % 7
	}
	return s
}

func main() {
	done := make(chan int)
	go func() {
		time.Sleep(300 * time.Millisecond)
		done <- 1
	}()
	fmt.Println("slept, then sent", <-done)

	out := make(chan int)
	go func() { out <- busy(3_000_000) }()
	fmt.Println("computed", <-out)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			_ = i
		}()
	}
	time.Sleep(250 * time.Millisecond)
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("all woken")

	var wg2 sync.WaitGroup
	results := make(chan int, 3)
	for i := range 3 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			time.Sleep(time.Duration(100*(i+1)) * time.Millisecond)
			results <- i
		}()
	}
	wg2.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("results", n)
}
