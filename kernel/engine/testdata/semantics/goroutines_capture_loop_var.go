// Goroutines started in a loop each add their own iteration's value,
// round after round: no Add is lost.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	for round := 0; round < 20; round++ {
		var n atomic.Int64
		var wg2 sync.WaitGroup
		for i := range 50 {
			wg2.Add(1)
			go func() {
				defer wg2.Done()
				n.Add(int64(i))
			}()
		}
		wg2.Wait()
		if n.Load() != 1225 {
			fmt.Println("round", round, n.Load())
		}
	}
	fmt.Println("done")
}
