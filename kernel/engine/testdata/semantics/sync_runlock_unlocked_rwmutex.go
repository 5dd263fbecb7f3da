// RUnlock of a sync.RWMutex that no reader holds is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	fmt.Println("start")
	mu.RUnlock()
}
