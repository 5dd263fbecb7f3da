package engine

import (
	"fmt"
	"sync"

	"github.com/goteach/goteach/kernel"
)

// Unlocking a sync.Mutex that is not locked (or a sync.RWMutex that is
// not locked for writing, or not for reading) is a fatal error in Go:
// the program stops with "fatal error: sync: unlock of unlocked mutex"
// and exit status 2, and no recover can stop it. In a cell it ended the
// process the session lives in, losing every value. The front end lowers
// these calls to the hooks below, which tell such an unlock (TryLock
// takes a mutex nobody holds) and end the cell as Go ends the program;
// the kernel stays, with its state. Any other unlock is the mutex's own.
// A go statement of a nil func value (see hookGoNilFunc) ends the cell
// the same way.

// syncFatalError is how a cell that unlocked an unlocked mutex (or
// started a nil func) ends.
type syncFatalError struct{ msg string }

func (e syncFatalError) Error() string { return e.msg }

// syncFatalValue is the error output of such a cell.
func syncFatalValue(e syncFatalError) kernel.ErrorValue {
	why := "A lock was released that nothing held."
	if e.msg == goNilFunc {
		why = "A go statement was given a nil func to start."
	}
	tb := []string{ansiRed + ansiBold + ErrFatal + ansiReset + ": " + e.msg, "", "goroutine 1 [running]: the cell's code", "",
		why + " Go stops such a program (exit status 2), and no recover can catch it; the cell ended there and the session keeps its state."}
	return kernel.ErrorValue{Name: ErrFatal, Value: e.msg, Traceback: tb}
}

// syncFatal ends the running cell with msg as Go ends the program; the
// calling goroutine stays parked, so that nothing after the unlock runs
// (see hookExit).
func (s *sessionIO) syncFatal(msg string) {
	if !s.cell.stop(syncFatalError{msg}) {
		fmt.Fprintf(s.stderr, "fatal error: %s (after its cell ended: this goroutine stops, the session goes on)\n", msg)
	}
	select {}
}

// goNilFunc is Go's fatal error for a go statement of a nil func value.
const goNilFunc = "go of nil func value"

// hookGoNilFunc is where a go statement of a nil func value ends the
// cell as Go ends the program (the front end checks the func first).
func (s *sessionIO) hookGoNilFunc() { s.syncFatal(goNilFunc) }

// hookMutexUnlock is (*sync.Mutex).Unlock in cells.
func (s *sessionIO) hookMutexUnlock(m *sync.Mutex) {
	if !s.child && m.TryLock() {
		m.Unlock()
		s.syncFatal("sync: unlock of unlocked mutex")
	}
	m.Unlock()
}

// hookRWMutexUnlock is (*sync.RWMutex).Unlock in cells: fatal when no
// writer holds the mutex (readers may).
func (s *sessionIO) hookRWMutexUnlock(m *sync.RWMutex) {
	if !s.child {
		if m.TryLock() {
			m.Unlock()
			s.syncFatal("sync: Unlock of unlocked RWMutex")
		}
		if m.TryRLock() {
			// Readers, no writer.
			m.RUnlock()
			s.syncFatal("sync: Unlock of unlocked RWMutex")
		}
	}
	m.Unlock()
}

// hookRWMutexRUnlock is (*sync.RWMutex).RUnlock in cells: fatal when
// nothing holds the mutex.
func (s *sessionIO) hookRWMutexRUnlock(m *sync.RWMutex) {
	if !s.child && m.TryLock() {
		m.Unlock()
		s.syncFatal("sync: RUnlock of unlocked RWMutex")
	}
	m.RUnlock()
}
