package shm

import (
	"errors"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The futex operations, without FUTEX_PRIVATE_FLAG: they work across
// processes (x/sys/unix names the syscall, not its operations).
const (
	futexWaitOp = 0 // FUTEX_WAIT
	futexWakeOp = 1 // FUTEX_WAKE
)

var (
	// ErrTimeout is returned when a wait ran out of time.
	ErrTimeout = errors.New("shm: timed out")
	// ErrInterrupted is returned when a futex wait was interrupted by a
	// signal; the caller re-checks its condition and waits again.
	ErrInterrupted = errors.New("shm: wait interrupted")
)

// Wait blocks while *addr == val, until Wake is called on addr or timeout
// has passed (timeout < 0: no limit). It returns nil when woken or when
// *addr already differed from val, ErrTimeout, or ErrInterrupted. Callers
// must re-check their condition whatever the result: wake-ups can be
// spurious.
func Wait(addr *uint32, val uint32, timeout time.Duration) error {
	var tsp unsafe.Pointer
	var ts syscall.Timespec
	if timeout >= 0 {
		ts = syscall.NsecToTimespec(int64(timeout))
		tsp = unsafe.Pointer(&ts)
	}
	_, _, e := syscall.Syscall6(unix.SYS_FUTEX, uintptr(unsafe.Pointer(addr)), futexWaitOp, uintptr(val), uintptr(tsp), 0, 0)
	switch e {
	case 0, syscall.EAGAIN:
		return nil
	case syscall.ETIMEDOUT:
		return ErrTimeout
	case syscall.EINTR:
		return ErrInterrupted
	default:
		return e
	}
}

// Wake wakes up to n waiters blocked in Wait on addr, in any process, and
// returns how many it woke.
func Wake(addr *uint32, n int) int {
	if n <= 0 {
		return 0
	}
	if n > 1<<30 {
		n = 1 << 30
	}
	r, _, e := syscall.Syscall6(unix.SYS_FUTEX, uintptr(unsafe.Pointer(addr)), futexWakeOp, uintptr(n), 0, 0, 0)
	if e != 0 {
		return 0
	}
	return int(r)
}

// WakeAll wakes every waiter blocked in Wait on addr.
func WakeAll(addr *uint32) int { return Wake(addr, 1<<30) }
