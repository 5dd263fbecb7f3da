package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

type Config struct{ Name string }

func main() {
	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for range n {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 1000)
	go doIncrement("a", 1000)
	go doIncrement("b", 1000)
	wg.Wait()
	fmt.Println(c.counters)

	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	var ops atomic.Uint64
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Add(1)
		go func() {
			for range 100 {
				ops.Add(1)
			}
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println("ops:", ops.Load())
	var n int64
	atomic.AddInt64(&n, 5)
	fmt.Println(atomic.LoadInt64(&n), atomic.CompareAndSwapInt64(&n, 5, 7), n)
	var cfg atomic.Pointer[Config]
	fmt.Println(cfg.Load() == nil)
	cfg.Store(&Config{"v1"})
	fmt.Println(cfg.Load().Name)
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println("locked")
	rw.Unlock()
	var m sync.Map
	m.Store("k", 1)
	v, ok := m.Load("k")
	fmt.Println(v, ok)
	get := sync.OnceValue(func() int { fmt.Println("computing"); return 9 })
	fmt.Println(get(), get())
}
