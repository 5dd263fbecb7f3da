package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func producer(ctx context.Context, out chan<- int) error {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			close(out)
			return ctx.Err()
		case out <- i:
		}
	}
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("k"))

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}

	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int)
	errc := make(chan error, 1)
	go func() { errc <- producer(ctx, ch) }()
	sum := 0
	for v := range ch {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	for range ch {
	}
	err := <-errc
	fmt.Println(sum, err, errors.Is(err, context.Canceled))

	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	select {
	case <-time.After(time.Second):
		fmt.Println("too slow")
	case <-ctx2.Done():
		fmt.Println("timeout:", ctx2.Err())
	}

	results := make(chan string, 3)
	var mu sync.RWMutex
	shared := map[int]string{}
	for i := range 3 {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			shared[n] = fmt.Sprint("w", n)
			mu.Unlock()
			results <- fmt.Sprint("done ", n)
		}(i)
	}
	wg.Wait()
	close(results)
	var rs []string
	for r := range results {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	mu.RLock()
	fmt.Println(rs, len(shared), shared[2])
	mu.RUnlock()

	sem := make(chan struct{}, 2)
	var active, peak int
	var pm sync.Mutex
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			pm.Lock()
			active++
			if active > peak {
				peak = active
			}
			pm.Unlock()
			time.Sleep(5 * time.Millisecond)
			pm.Lock()
			active--
			pm.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak <= 2)
	select {
	case v := <-make(chan int):
		fmt.Println(v)
	default:
		fmt.Println("no value ready")
	}
}
