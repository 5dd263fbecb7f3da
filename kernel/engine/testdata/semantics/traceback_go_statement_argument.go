// A go statement's arguments are evaluated by the func that runs it: a
// panic there has that func's frame only.
package main

import (
	"fmt"
	"sync"
)

func show(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("show", n)
}

func main() {
	xs := []int{1, 2}
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go show(xs[i], &wg)
		wg.Wait()
	}
}
