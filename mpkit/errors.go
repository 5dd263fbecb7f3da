package mpkit

import (
	"errors"
	"fmt"
)

// Sentinel errors. Errors returned by this package wrap one of them when
// it applies; test with errors.Is.
var (
	// ErrEmpty: a Get with a timeout (or no wait) found the queue empty (Python's queue.Empty).
	ErrEmpty = errors.New("mpkit: queue is empty")
	// ErrFull: a Put with a timeout (or no wait) found the bounded queue full (Python's queue.Full).
	ErrFull = errors.New("mpkit: queue is full")
	// ErrTimeout: the operation did not finish within its timeout (Python's multiprocessing.TimeoutError).
	ErrTimeout = errors.New("mpkit: timed out")
	// ErrOwnerDead: the lock was held by a process that died; the caller now holds it and should check the state it protects.
	ErrOwnerDead = errors.New("mpkit: the previous owner of the lock died while holding it")
	// ErrBrokenBarrier: the barrier was broken by an abort, a reset or a timeout (Python's BrokenBarrierError).
	ErrBrokenBarrier = errors.New("mpkit: barrier is broken")
	// ErrClosed: the object was closed (Python's ValueError/OSError "is closed").
	ErrClosed = errors.New("mpkit: object is closed")
	// ErrNotReady: the asynchronous result is not ready yet.
	ErrNotReady = errors.New("mpkit: result is not ready")
	// ErrCancelled: the work was cancelled (the notebook cell that started it was interrupted).
	ErrCancelled = errors.New("mpkit: cancelled")
	// ErrWorkerDied: the pool worker running the task died (it was killed, or the task called os.Exit).
	ErrWorkerDied = errors.New("mpkit: the worker process running the task died")
	// ErrEOF: the other end of the pipe was closed and nothing is left to read (Python's EOFError).
	ErrEOF = errors.New("mpkit: end of pipe: the other end was closed")
)

// Error reports misuse of the package: what happened and what to do about
// it. It is the value of the panics described in the package doc, and is
// also returned where an operation can fail for a reason the caller
// controls.
type Error struct {
	Op   string // the operation, e.g. "Process.Start"
	What string // what happened
	Hint string // what to do about it (may be empty)
	Err  error  // an underlying error, if any
}

func (e *Error) Error() string {
	s := "mpkit: " + e.Op + ": " + e.What
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	if e.Hint != "" {
		s += " (" + e.Hint + ")"
	}
	return s
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

func misuse(op, what, hint string) *Error { return &Error{Op: op, What: what, Hint: hint} }

func misusef(op, hint, format string, args ...any) *Error {
	return &Error{Op: op, What: fmt.Sprintf(format, args...), Hint: hint}
}

// RemoteError is a panic or error that happened in another process (a pool
// task or a process target), carried back with the traceback printed
// there.
type RemoteError struct {
	Value     string // the panic value or error text
	Traceback string // the traceback as the remote process printed it
}

func (e *RemoteError) Error() string {
	if e.Traceback == "" {
		return "mpkit: remote task failed: " + e.Value
	}
	return "mpkit: remote task failed: " + e.Value + "\n\n--- remote traceback ---\n" + e.Traceback
}
