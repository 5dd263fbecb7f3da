package main

import (
	"fmt"
	"sync"
)

// Waiting for workers that wait for a reader: the classic mistake of
// calling wg.Wait before reading an unbuffered results channel.

func main() {
	var wg sync.WaitGroup
	results := make(chan int)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	fmt.Println("waiting for the workers")
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
