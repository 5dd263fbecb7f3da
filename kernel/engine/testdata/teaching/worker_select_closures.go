package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID   int
	Data string
}

func main() {
	jobs := make(chan Job)
	done := make(chan struct{})
	results := make(chan string, 10)
	var wg sync.WaitGroup
	go func() {
		for i := range 5 {
			jobs <- Job{i, fmt.Sprint("d", i)}
		}
		close(jobs)
	}()
	go func() {
		for {
			select {
			case job, ok := <-jobs:
				if !ok {
					wg.Wait()
					close(done)
					return
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					results <- fmt.Sprintf("%d:%s", job.ID, job.Data)
				}()
			}
		}
	}()
	<-done
	close(results)
	var out []string
	for r := range results {
		out = append(out, r)
	}
	sort.Strings(out)
	fmt.Println(out)
	var mu sync.Mutex
	seen := map[int]bool{}
	var wg2 sync.WaitGroup
	for _, v := range []any{1, "two", 3, 4.5} {
		switch x := v.(type) {
		case int:
			wg2.Add(1)
			go func() {
				defer wg2.Done()
				mu.Lock()
				seen[x] = true
				mu.Unlock()
			}()
		}
	}
	wg2.Wait()
	fmt.Println(seen)
}
