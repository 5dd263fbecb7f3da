// A worker started with WaitGroup.Go panics: Go 1.25's Go raises the
// panic again without calling Done, so Wait never returns and the
// program ends with the panic, the summary unprinted.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := [][]int{{1, 2}, {3}, {}}
	results := make([]int, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Go(func() {
			results[i] = job[0] * 10
		})
	}
	wg.Wait()
	fmt.Println("summary:", results)
}
