// A loop starts a goroutine per item with `go f(args)` and `go x.m(args)`,
// round after round: each goroutine gets its own iteration's arguments.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type tally struct {
	mu  sync.Mutex
	sum int
}

func (t *tally) add(x int, wg *sync.WaitGroup) {
	defer wg.Done()
	t.mu.Lock()
	t.sum += x
	t.mu.Unlock()
}

func work(wg *sync.WaitGroup, n *atomic.Int64, i int) {
	n.Add(int64(i))
	wg.Done()
}

func main() {
	wrong := 0
	for round := 0; round < 100; round++ {
		var n atomic.Int64
		t := &tally{}
		var wg sync.WaitGroup
		for i := 0; i < 200; i++ {
			wg.Add(2)
			go work(&wg, &n, i)
			go t.add(i, &wg)
		}
		wg.Wait()
		if n.Load() != 19900 || t.sum != 19900 {
			wrong++
			fmt.Println("round", round, n.Load(), t.sum)
		}
	}
	fmt.Println("rounds with a wrong sum:", wrong)
}
