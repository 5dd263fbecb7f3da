// Unlocking a mutex nothing holds, here in a deferred call, is a fatal
// error: the program stops with exit status 2 and no deferred call runs.
package main

import (
	"fmt"
	"sync"
)

func work(mu *sync.Mutex) {
	defer mu.Unlock()
	fmt.Println("working without the lock")
}

func main() {
	var mu sync.Mutex
	work(&mu)
	fmt.Println("never")
}
