package main

import (
	"fmt"
	"sync"
)

func fanIn(chans ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func source(vals ...int) <-chan int {
	c := make(chan int, len(vals))
	for _, v := range vals {
		c <- v
	}
	close(c)
	return c
}

func sumAll(nums ...int) (total int) {
	for i := range nums {
		total += nums[i]
	}
	return
}

func main() {
	sum := 0
	n := 0
	for v := range fanIn(source(1, 2), source(10), source(100, 200)) {
		sum += v
		n++
	}
	fmt.Println(n, sum)
	fmt.Println(sumAll(), sumAll(1, 2, 3))
	parts := []any{"a", 1, true}
	fmt.Println(parts...)
}
