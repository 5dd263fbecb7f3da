// Goroutines started in a loop that read their loop variable only after
// the loop has ended see their own iteration's value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			n.Add(int64(i))
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println(n.Load())
	words := make([]string, 3)
	release := make(chan struct{})
	for k, w := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func(pos int) {
			defer wg.Done()
			<-release
			words[pos] = w + fmt.Sprint(k)
		}(k)
	}
	close(release)
	wg.Wait()
	fmt.Println(words)
}
