// Func values made by a loop and run by other goroutines: a closure
// stored in a variable and started with `go f()`, and jobs sent over a
// channel to a pool of workers. Each job sees its own iteration.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	wrong := 0
	for round := 0; round < 100; round++ {
		var n atomic.Int64
		var wg sync.WaitGroup
		for i := 0; i < 200; i++ {
			wg.Add(1)
			x := i
			f := func() {
				n.Add(int64(x))
				wg.Done()
			}
			go f()
		}
		wg.Wait()

		var m atomic.Int64
		jobs := make(chan func(), 8)
		var workers sync.WaitGroup
		for w := 0; w < 4; w++ {
			workers.Add(1)
			go func() {
				defer workers.Done()
				for job := range jobs {
					job()
				}
			}()
		}
		for i := 0; i < 200; i++ {
			jobs <- func() { m.Add(int64(i)) }
		}
		close(jobs)
		workers.Wait()
		if n.Load() != 19900 || m.Load() != 19900 {
			wrong++
			fmt.Println("round", round, n.Load(), m.Load())
		}
	}
	fmt.Println("rounds with a wrong sum:", wrong)
}
