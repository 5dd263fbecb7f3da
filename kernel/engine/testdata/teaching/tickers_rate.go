package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	done := make(chan bool)
	var ticks atomic.Int32
	go func() {
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				ticks.Add(1)
			}
		}
	}()
	for ticks.Load() < 3 {
		time.Sleep(5 * time.Millisecond)
	}
	ticker.Stop()
	done <- true
	fmt.Println("Ticker stopped after at least 3 ticks")

	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}

	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(10 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}

	var ops atomic.Uint64
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			for range 1000 {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
}
