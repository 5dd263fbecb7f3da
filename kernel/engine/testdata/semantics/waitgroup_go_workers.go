package main

// sync.WaitGroup.Go (Go 1.25) starts the workers the program waits for.

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := range 3 {
		wg.Go(func() {
			time.Sleep(time.Duration(200*(i+1)) * time.Millisecond)
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("total", total)
}
