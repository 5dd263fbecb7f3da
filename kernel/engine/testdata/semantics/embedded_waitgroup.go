package main

import (
	"fmt"
	"sync"
)

type G struct {
	*sync.WaitGroup
	n int
}

type V struct {
	sync.WaitGroup
	mu sync.Mutex
	n  int
}

// The methods of an embedded sync.WaitGroup, by pointer or by value,
// Go among them, are the struct's.

func main() {
	g := G{WaitGroup: &sync.WaitGroup{}}
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		g.Go(func() {
			mu.Lock()
			g.n++
			mu.Unlock()
		})
	}
	g.Wait()
	fmt.Println(g.n)
	var v V
	for i := 0; i < 4; i++ {
		v.Add(1)
		go func() {
			defer v.Done()
			v.mu.Lock()
			v.n++
			v.mu.Unlock()
		}()
	}
	v.Wait()
	v.Go(func() { v.n += 10 })
	v.Wait()
	fmt.Println(v.n)
}
