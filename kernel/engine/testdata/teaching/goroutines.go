package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- fmt.Sprintf("worker %d did job %d", id%1, j)
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("results:", n)
	var counter atomic.Int64
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			counter.Add(2)
		}()
	}
	wg2.Wait()
	fmt.Println(counter.Load())
	done := make(chan struct{})
	ticker := time.NewTicker(time.Millisecond)
	ticks := 0
	go func() {
		for range ticker.C {
			ticks++
			if ticks == 3 {
				ticker.Stop()
				close(done)
				return
			}
		}
	}()
	<-done
	fmt.Println("ticks:", ticks)
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	timeout := time.After(time.Second)
	select {
	case <-timeout:
		fmt.Println("timeout")
	case v := <-func() chan int { c := make(chan int, 1); c <- 42; return c }():
		fmt.Println("got", v)
	}
}
