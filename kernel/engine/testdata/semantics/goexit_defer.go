package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	out := make(chan string, 3)
	go func() {
		defer wg.Done()
		defer func() { out <- "deferred ran" }()
		func() {
			defer func() { out <- "inner deferred" }()
			runtime.Goexit()
		}()
		out <- "never"
	}()
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
}
