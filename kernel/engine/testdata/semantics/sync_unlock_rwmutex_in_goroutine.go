// Unlock of a sync.RWMutex that no writer holds, in a goroutine, stops
// the program with a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	done := make(chan bool)
	go func() {
		mu.Unlock()
		done <- true
	}()
	<-done
	fmt.Println("never")
}
