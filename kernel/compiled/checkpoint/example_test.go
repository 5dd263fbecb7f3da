package checkpoint_test

import (
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/goteach/goteach/kernel/compiled/checkpoint"
)

// stopFlag is what a compiled cell's package declares; its loops test it.
var stopFlag atomic.Int32

func spin(started chan<- bool) {
	checkpoint.Enter()
	defer checkpoint.Exit()
	started <- true
	for {
		if stopFlag.Load() != 0 {
			checkpoint.Stop()
		}
	}
}

// An interrupt stops a compiled call in flight at its next checkpoint.
func Example() {
	checkpoint.Register(&stopFlag)
	started := make(chan bool)
	done := make(chan error)
	go func() {
		defer func() { done <- recover().(error) }()
		spin(started)
	}()
	<-started
	checkpoint.Interrupt()
	err := <-done
	fmt.Println(errors.Is(err, checkpoint.ErrInterrupted), checkpoint.Running())
	// Output: true 0
}
