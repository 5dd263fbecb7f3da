// A panic in a goroutine ends the program: main, waiting for the
// goroutine, never goes on, and its deferred calls do not run.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	if id == 2 {
		var m map[string]int
		m["boom"] = 1
	}
	fmt.Println("worker", id, "done")
	wg.Done()
}

func main() {
	defer fmt.Println("main's deferred call")
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, &wg)
	wg.Wait()
	wg.Add(1)
	go worker(2, &wg)
	wg.Wait()
	fmt.Println("unreachable")
}
