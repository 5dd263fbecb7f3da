package main

import (
	"fmt"
	"sync"
)

// A goroutine that waits for good in select {}: once main waits for it,
// no goroutine can go on, and Go names each wait (main's WaitGroup, the
// worker's "select (no cases)") in its deadlock report.

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			results <- i * i
			if i == 3 {
				select {} // forgot wg.Done
			}
			wg.Done()
		}()
	}
	sum := 0
	for range 3 {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)
	wg.Wait()
	fmt.Println("never printed")
}
