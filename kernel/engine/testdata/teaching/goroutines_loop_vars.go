package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(int64(i))
		}()
	}
	wg.Wait()
	fmt.Println(n.Load())
	var mu sync.Mutex
	var got []string
	for _, w := range []string{"a", "b", "c", "d"} {
		wg.Add(1)
		go func(prefix string) {
			defer wg.Done()
			mu.Lock()
			got = append(got, prefix+w)
			mu.Unlock()
		}("x")
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
