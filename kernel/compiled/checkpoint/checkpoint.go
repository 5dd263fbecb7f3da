// Package checkpoint lets an interrupt stop compiled cell code.
//
// Interpreted code stops where the interpreter checks for an interrupt;
// compiled code has no such place, so the kernel adds one: the source of a
// %%compile cell is rewritten, on the same lines, to call Poll at the
// start of every func body and every loop body. Poll is one load and a
// predictable branch (the compiler inlines it). Calls from the session
// into compiled code go through entry points that call Enter and Exit, so
// that the kernel knows when no compiled call is running.
//
// When a cell is interrupted, the kernel calls Interrupt: every compiled
// call in flight panics with ErrInterrupted at its next Poll, which
// unwinds it (its deferred calls run). The flag is cleared when the last
// of those calls has returned, when the next cell starts (Resume), or
// after a second, whichever comes first; code blocked in a system call or
// a channel operation is not stopped by it.
package checkpoint

import (
	"errors"
	"sync/atomic"
	"time"
)

// ErrInterrupted is the panic value of compiled code stopped by an
// interrupt.
var ErrInterrupted = errors.New("compiled code stopped: the cell was interrupted")

// state is the count of compiled calls in flight, times 2, plus 1 while
// an interrupt is pending.
var state atomic.Int64

// Poll stops the calling compiled code if an interrupt is pending.
func Poll() {
	if state.Load()&1 != 0 {
		stop()
	}
}

//go:noinline
func stop() { panic(ErrInterrupted) }

// Enter records that a call from the session into compiled code starts.
func Enter() { state.Add(2) }

// Exit records that such a call has returned (or unwound); the last one
// out clears a pending interrupt.
func Exit() {
	for {
		s := state.Load()
		n := s - 2
		if n < 2 {
			n = 0
		}
		if state.CompareAndSwap(s, n) {
			return
		}
	}
}

// Interrupt makes every compiled call in flight stop at its next Poll.
// It does nothing when no compiled call runs.
func Interrupt() {
	for {
		s := state.Load()
		if s < 2 || s&1 != 0 {
			return
		}
		if state.CompareAndSwap(s, s|1) {
			break
		}
	}
	time.AfterFunc(time.Second, Resume)
}

// Resume clears a pending interrupt (the next cell starts).
func Resume() {
	for {
		s := state.Load()
		if s&1 == 0 || state.CompareAndSwap(s, s&^1) {
			return
		}
	}
}

// Running reports how many compiled calls from the session are in flight.
func Running() int { return int(state.Load() >> 1) }
