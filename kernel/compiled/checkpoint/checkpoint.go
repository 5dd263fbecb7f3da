// Package checkpoint lets an interrupt stop compiled cell code.
//
// Interpreted code stops where the interpreter checks for an interrupt;
// compiled code has no such place, so the kernel adds one: the source of a
// %%compile cell is rewritten, on the same lines, to poll at the start
// of every func body and every loop body (a counted loop that only
// computes, once per chunk of iterations): a test of a flag of the
// plugin's own package (registered with Register), one load and a
// predictable branch; a flag of another package would cost a further
// indirection in a plugin, which doubles the cost of a tight loop. Calls from the session
// into compiled code go through entry points that call Enter and Exit, so
// that the kernel knows when no compiled call is running.
//
// When a cell is interrupted, the kernel calls Interrupt: every compiled
// call in flight panics with ErrInterrupted at its next Poll, which
// unwinds it (its deferred calls run). The flag is cleared when the last
// of those calls has returned. Code blocked in a system call or a channel
// operation is not stopped by it, so the flag is also cleared when the
// next cell starts (Resume), once the calls have returned or a few
// seconds have passed, and ten seconds after the interrupt at the latest:
// a call that a busy machine has not let run since the interrupt still
// meets the flag.
package checkpoint

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// ErrInterrupted is the panic value of compiled code stopped by an
// interrupt.
var ErrInterrupted = errors.New("compiled code stopped: the cell was interrupted")

// state is the count of compiled calls in flight, times 2, plus 1 while
// an interrupt is pending.
var state atomic.Int64

// How long Resume waits for interrupted calls to return, and how long an
// interrupt stays pending at most.
const (
	resumeWait   = 3 * time.Second
	pendingLimit = 10 * time.Second
)

// drained is closed when the calls an interrupt stops have all returned
// (nil when no interrupt is pending); gen counts the interrupts.
var drained struct {
	sync.Mutex
	ch  chan struct{}
	gen int
}

// drain ends an interrupt whose pending bit was just cleared: the flags
// go back to 0 (after Interrupt set them: it holds the lock meanwhile)
// and Resume stops waiting.
func drain() {
	drained.Lock()
	defer drained.Unlock()
	setFlags(0)
	if drained.ch != nil {
		close(drained.ch)
		drained.ch = nil
	}
}

// clearPending clears a pending interrupt (see drain).
func clearPending() {
	for {
		s := state.Load()
		if s&1 == 0 {
			return
		}
		if state.CompareAndSwap(s, s&^1) {
			drain()
			return
		}
	}
}

// Poll stops the calling compiled code if an interrupt is pending.
func Poll() {
	if state.Load()&1 != 0 {
		stop()
	}
}

//go:noinline
func stop() { panic(ErrInterrupted) }

// Stop panics with ErrInterrupted: rewritten code calls it when its
// package's flag is set.
func Stop() { stop() }

// flags are the registered packages' flags.
var flags struct {
	sync.Mutex
	list []*atomic.Int32
}

// Register adds the stop flag of a compiled package: Interrupt sets it to
// 1 and the end of the interrupt back to 0.
func Register(f *atomic.Int32) {
	flags.Lock()
	defer flags.Unlock()
	flags.list = append(flags.list, f)
	if state.Load()&1 != 0 {
		f.Store(1)
	}
}

func setFlags(v int32) {
	flags.Lock()
	defer flags.Unlock()
	for _, f := range flags.list {
		f.Store(v)
	}
}

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
			if s&1 != 0 && n == 0 {
				drain()
			}
			return
		}
	}
}

// Interrupt makes every compiled call in flight stop at its next Poll.
// It does nothing when no compiled call runs.
func Interrupt() {
	// (Held until the channel is made: the last call's Exit closes it.)
	drained.Lock()
	for {
		s := state.Load()
		if s < 2 || s&1 != 0 {
			drained.Unlock()
			return
		}
		if state.CompareAndSwap(s, s|1) {
			break
		}
	}
	drained.ch = make(chan struct{})
	drained.gen++
	gen := drained.gen
	setFlags(1)
	drained.Unlock()
	time.AfterFunc(pendingLimit, func() {
		drained.Lock()
		current := drained.gen == gen
		drained.Unlock()
		if current {
			clearPending()
		}
	})
}

// Resume clears a pending interrupt (the next cell starts), once the
// calls it stops have returned, or after resumeWait: a call blocked in a
// system call does not meet the flag.
func Resume() {
	drained.Lock()
	ch := drained.ch
	drained.Unlock()
	if ch != nil {
		t := time.NewTimer(resumeWait)
		select {
		case <-ch:
		case <-t.C:
		}
		t.Stop()
	}
	clearPending()
}

// Running reports how many compiled calls from the session are in flight.
func Running() int { return int(state.Load() >> 1) }
