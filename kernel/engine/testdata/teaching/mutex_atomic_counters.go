package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var counter int64

var (
	data      []string
	rwMutex   sync.RWMutex
	readCount int64
)

func writer(i int) {
	rwMutex.Lock()
	{
		rc := atomic.LoadInt64(&readCount)
		_ = rc
		data = append(data, fmt.Sprintf("String: %d", i))
	}
	rwMutex.Unlock()
}

func reader(id int) int {
	rwMutex.RLock()
	defer rwMutex.RUnlock()
	atomic.AddInt64(&readCount, 1)
	n := len(data)
	atomic.AddInt64(&readCount, -1)
	return n
}

type Stats struct {
	hits atomic.Int64
	mu   sync.Mutex
	seen map[string]bool
}

func (s *Stats) Hit(k string) {
	s.hits.Add(1)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	s.seen[k] = true
}

func main() {
	const grs = 2
	var wg sync.WaitGroup
	wg.Add(grs)
	for g := 0; g < grs; g++ {
		go func() {
			for i := 0; i < 2; i++ {
				atomic.AddInt64(&counter, 1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("Final Counter:", counter)

	var mutex sync.Mutex
	counter2 := 0
	wg.Add(grs)
	for g := 0; g < grs; g++ {
		go func() {
			for i := 0; i < 100; i++ {
				mutex.Lock()
				{
					value := counter2
					value++
					counter2 = value
				}
				mutex.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("Final Counter2:", counter2)

	for i := 0; i < 10; i++ {
		writer(i)
	}
	fmt.Println(reader(1), atomic.LoadInt64(&readCount))

	var s Stats
	var wg2 sync.WaitGroup
	for i := range 50 {
		wg2.Go(func() { s.Hit(fmt.Sprint(i % 7)) })
	}
	wg2.Wait()
	fmt.Println(s.hits.Load(), len(s.seen))
	var v atomic.Value
	v.Store([]int{1, 2})
	fmt.Println(v.Load().([]int))
	var b atomic.Bool
	fmt.Println(b.CompareAndSwap(false, true), b.Load())
}
