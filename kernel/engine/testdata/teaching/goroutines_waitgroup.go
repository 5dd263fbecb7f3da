package main

import (
	"fmt"
	"sync"
)

func worker(id int, results []int, wg *sync.WaitGroup) {
	defer wg.Done()
	results[id] = id * id
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	fmt.Println(results)

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			total += i
		})
	}
	wg2.Wait()
	fmt.Println("total:", total)

	seen := make([]bool, 4)
	var wg3 sync.WaitGroup
	for i := range seen {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			seen[i] = true
		}()
	}
	wg3.Wait()
	fmt.Println(seen)
}
