package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("sent on nil")
	default:
		fmt.Println("nil channel blocks")
	}
	results := make(chan int)
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	go func() { wg.Wait(); close(results) }()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum)
	v, ok := <-results
	fmt.Println(v, ok)
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for range 100 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			total++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(total)
}
