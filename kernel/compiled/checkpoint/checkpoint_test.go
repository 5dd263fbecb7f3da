package checkpoint_test

import (
	"errors"
	"sync/atomic"
	"testing"

	"github.com/goteach/goteach/kernel/compiled/checkpoint"
)

var lateFlag atomic.Int32

// A compiled call that has not run since the interrupt (a busy machine
// gave its thread no time) still stops when it runs, though the next cell
// has started meanwhile: Resume waits for it.
func TestInterruptOutlivesTheNextCellsStart(t *testing.T) {
	checkpoint.Register(&lateFlag)
	entered, release := make(chan bool), make(chan bool)
	done := make(chan error, 1)
	go func() {
		defer func() {
			err, _ := recover().(error)
			done <- err
		}()
		checkpoint.Enter()
		defer checkpoint.Exit()
		entered <- true
		<-release // not scheduled until the next cell starts
		for i := 0; i < 1000; i++ {
			if lateFlag.Load() != 0 {
				checkpoint.Stop()
			}
		}
	}()
	<-entered
	checkpoint.Interrupt()
	resumed := make(chan bool)
	go func() {
		checkpoint.Resume() // the next cell starts
		close(resumed)
	}()
	release <- true
	if err := <-done; !errors.Is(err, checkpoint.ErrInterrupted) {
		t.Fatalf("the call ended with %v, not stopped", err)
	}
	<-resumed
	if lateFlag.Load() != 0 || checkpoint.Running() != 0 {
		t.Fatalf("after the call stopped: flag %d, %d calls running", lateFlag.Load(), checkpoint.Running())
	}
}
