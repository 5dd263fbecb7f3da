package shm

import (
	"sync/atomic"
	"time"
)

// Mutex is a robust mutex word for shared memory. Its 32 bits hold the
// owner's process id (0 when free) and, in the top bit, a flag saying that
// some process may be sleeping on it. Taking the lock and recording the
// owner is one compare-and-swap, so there is no moment at which the lock is
// held by nobody known.
//
// A waiter sleeps in slices of PollInterval; after each slice in which the
// lock did not change hands it checks that the recorded owner is still
// alive, and if it is not, takes the lock over and says so. Process ids
// are only reused after the kernel has cycled through pid_max others, so
// an owner that died is not mistaken for a live one in practice.
//
// The zero value is an unlocked mutex. A Mutex is used in place, inside a
// mapped Segment: never copy one.
type Mutex struct {
	w uint32
}

const waitersBit = 1 << 31

// PollInterval is how long a waiter sleeps before it checks that the
// owner of the lock it waits for is still alive.
var PollInterval = 50 * time.Millisecond

// spins is how many times Lock re-reads a held word before it sleeps: a
// short critical section in another process often ends in less time than
// a futex sleep and wake-up take.
const spins = 100

// TryLock takes the lock if it is free.
func (m *Mutex) TryLock() bool {
	return atomic.CompareAndSwapUint32(&m.w, 0, uint32(Pid))
}

// Lock takes the lock, waiting at most timeout (timeout < 0: no limit,
// 0: do not wait). It returns ErrTimeout if the lock could not be had in
// time. deadOwner is non-zero when the lock was held by a process that
// died: the caller now holds it, and deadOwner is the dead process's id.
func (m *Mutex) Lock(timeout time.Duration) (deadOwner int, err error) {
	if atomic.CompareAndSwapUint32(&m.w, 0, uint32(Pid)) {
		return 0, nil
	}
	return m.lockSlow(timeout)
}

func (m *Mutex) lockSlow(timeout time.Duration) (int, error) {
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	me := uint32(Pid)
	for i := 0; i < spins && timeout != 0; i++ {
		if v := atomic.LoadUint32(&m.w); v == 0 && atomic.CompareAndSwapUint32(&m.w, 0, me) {
			return 0, nil
		}
	}
	for {
		v := atomic.LoadUint32(&m.w)
		if v == 0 {
			// Someone else may still be asleep: keep the flag set so that
			// our Unlock wakes them.
			if atomic.CompareAndSwapUint32(&m.w, 0, me|waitersBit) {
				return 0, nil
			}
			continue
		}
		slice := PollInterval
		if timeout == 0 {
			return 0, ErrTimeout
		}
		if timeout > 0 {
			rem := time.Until(deadline)
			if rem <= 0 {
				return 0, ErrTimeout
			}
			slice = min(slice, rem)
		}
		if v&waitersBit == 0 {
			if !atomic.CompareAndSwapUint32(&m.w, v, v|waitersBit) {
				continue
			}
			v |= waitersBit
		}
		if Wait(&m.w, v, slice) == ErrTimeout {
			owner := int(v &^ waitersBit)
			if owner != Pid && !Alive(owner) && atomic.CompareAndSwapUint32(&m.w, v, me|waitersBit) {
				return owner, nil
			}
		}
	}
}

// Unlock releases the lock, whoever holds it, and wakes one waiter. It
// reports whether the lock was held.
func (m *Mutex) Unlock() bool {
	v := atomic.SwapUint32(&m.w, 0)
	if v&waitersBit != 0 {
		Wake(&m.w, 1)
	}
	return v != 0
}

// Owner is the id of the process holding the lock, or 0.
func (m *Mutex) Owner() int { return int(atomic.LoadUint32(&m.w) &^ waitersBit) }

// Locked reports whether some process holds the lock.
func (m *Mutex) Locked() bool { return atomic.LoadUint32(&m.w) != 0 }
