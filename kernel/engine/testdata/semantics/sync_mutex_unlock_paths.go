// Mutexes lock and unlock as usual through every way of calling Unlock:
// deferred, promoted from an embedded mutex, as a method value, through
// sync.Locker.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	n int
}

func (c *Counter) Inc() {
	c.Lock()
	defer c.Unlock()
	c.n++
}

type Cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
	cache := &Cache{m: map[string]int{}}
	cache.Set("a", 1)
	fmt.Println(cache.Get("a"))
	var mu sync.Mutex
	mu.Lock()
	unlock := mu.Unlock
	unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	pm := &sync.Mutex{}
	pm.Lock()
	pm.Unlock()
	var l sync.Locker = pm
	l.Lock()
	l.Unlock()
	fmt.Println("done")
}
