package mpkit

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/goteach/goteach/internal/layout"
	"github.com/goteach/goteach/mpkit/internal/codec"
	"github.com/goteach/goteach/mpkit/internal/shm"
)

// The synchronisation primitives below each live in one shared-memory
// segment, so the same object can be used by every process it is passed
// to (as a Process argument, through a Queue or a Pipe, or inside a Value
// of a Pool task). Blocking uses futexes on words in that memory.
//
// Each object also frees its memory when it becomes unreachable in this
// process; Close frees it at once. Other processes keep their own
// mappings.

// segSize is the size of the segment of every lock-like object: one page
// is what the kernel hands out anyway.
const segSize = 64

// shared is the part common to every object that lives in a segment.
type shared struct {
	seg    *shm.Segment
	closed atomic.Bool
	race   atomic.Uint32 // see released and acquired
}

// released and acquired tell the race detector, when it is on, that what
// the goroutine did before a release (of a lock, a semaphore, ...)
// happens before what the goroutine that acquires it next does. The
// detector cannot see this through the words in shared memory.
func (s *shared) released() {
	if shm.RaceEnabled {
		s.race.Add(1)
	}
}

func (s *shared) acquired() {
	if shm.RaceEnabled {
		s.race.Load()
	}
}

// check panics if the object was closed.
func (s *shared) check(op string) {
	if s.closed.Load() {
		panic(&Error{Op: op, What: "used after Close", Hint: "do not use an object after closing it", Err: ErrClosed})
	}
}

func (s *shared) close() error {
	if s.closed.Swap(true) {
		return nil
	}
	return s.seg.Close()
}

// file is the segment's file for a handle; it panics if the object was closed.
func (s *shared) file(op string) *os.File {
	s.check(op)
	f := s.seg.File()
	if f == nil {
		panic(&Error{Op: op, What: "used after Close", Err: ErrClosed})
	}
	return f
}

// newSegment makes a segment or panics with an *Error (out of memory or
// of file descriptors).
func newSegment(op, name string, size int) *shm.Segment {
	seg, err := shm.Create(name, size)
	if err != nil {
		panic(&Error{Op: op, What: "cannot create shared memory", Hint: "too many objects open? Close the ones you no longer need", Err: err})
	}
	return seg
}

// openSegment maps files[i] as received with a handle.
func openSegment(kind string, files []*os.File, i int, size int) (*shm.Segment, error) {
	if i >= len(files) {
		return nil, fmt.Errorf("mpkit: %s handle: expected %d files, got %d", kind, i+1, len(files))
	}
	seg, err := shm.Open(files[i])
	if err != nil {
		return nil, err
	}
	if seg.Size() < size {
		seg.Close()
		return nil, fmt.Errorf("mpkit: %s handle: segment of %d bytes, need %d", kind, seg.Size(), size)
	}
	return seg, nil
}

// freeWhenUnreachable unmaps seg once obj can no longer be reached.
func freeWhenUnreachable[T any](obj *T, seg *shm.Segment) {
	runtime.AddCleanup(obj, func(s *shm.Segment) { s.Close() }, seg)
}

// at returns a pointer to a T at the start of the segment's memory.
func at[T any](seg *shm.Segment) *T {
	return (*T)(unsafe.Pointer(unsafe.SliceData(seg.Bytes())))
}

// optTimeout reads the optional timeout argument of a Wait: none means
// wait forever (-1); a negative one means do not wait (0).
func optTimeout(op string, t []time.Duration) time.Duration {
	switch len(t) {
	case 0:
		return -1
	case 1:
		return max(t[0], 0)
	}
	panic(misuse(op, fmt.Sprintf("%d timeouts given", len(t)), "pass at most one time.Duration"))
}

// deadline turns a timeout (< 0: none) into a function giving what is
// left of it (< 0 meaning no limit, 0 meaning expired).
func remaining(timeout time.Duration) func() time.Duration {
	if timeout < 0 {
		return func() time.Duration { return -1 }
	}
	end := time.Now().Add(timeout)
	return func() time.Duration { return max(time.Until(end), 0) }
}

func ownerDead(pid int) error { return fmt.Errorf("%w (process %d)", ErrOwnerDead, pid) }

// wait sleeps on a futex word while it holds val, at most rem (< 0: no
// limit). Interruptions and spurious wake-ups are left to the caller's loop.
func wait(addr *uint32, val uint32, rem time.Duration) { _ = shm.Wait(addr, val, rem) }

// SharedLock is a lock that works across processes: a *Lock or an *RLock.
// It is what Value.GetLock and Array.GetLock return, and what
// NewValueLock and NewArrayLock accept.
type SharedLock interface {
	sync.Locker
	Acquire() error
	AcquireTimeout(d time.Duration) error
	TryAcquire() bool
	Release()
	Locked() bool
	String() string
	// sharedLock restricts the interface to this package's locks.
	sharedLock() (kind string, seg *shared)
}

// lockMem is the shared memory of a Lock or an RLock.
type lockMem struct {
	mu    shm.Mutex // owner's pid, with a waiters flag
	_     uint32
	owner uint64 // the holding goroutine (layout.Goroutine), 0 when free
	count uint32 // RLock: recursion depth
}

// ---------------------------------------------------------------- Lock

// Lock is a non-recursive lock shared between processes (Python's
// multiprocessing.Lock). Any goroutine of any process may release it, not
// only the one that acquired it.
//
// The lock records the process that holds it. If that process dies
// holding it, the next Acquire takes the lock all the same and returns an
// error wrapping ErrOwnerDead, so that the caller can check the data the
// lock protects. A dead owner is noticed within about 50 ms.
//
// Lock and Unlock make it a sync.Locker: l.Lock(); defer l.Unlock() is
// Python's "with l:".
type Lock struct {
	shared
	m *lockMem
}

// NewLock returns a new, unlocked Lock in shared memory.
func NewLock() *Lock {
	return newLock(newSegment("NewLock", "mpkit-lock", segSize))
}

func newLock(seg *shm.Segment) *Lock {
	l := &Lock{shared: shared{seg: seg}, m: at[lockMem](seg)}
	freeWhenUnreachable(l, seg)
	return l
}

// Acquire blocks until it holds the lock. It returns nil, or an error
// wrapping ErrOwnerDead when the previous holder died holding it; the
// caller holds the lock in both cases.
func (l *Lock) Acquire() error { return l.acquire("Lock.Acquire", -1) }

// AcquireTimeout is Acquire waiting at most d (Python's
// acquire(timeout=d)). It returns nil, an error wrapping ErrTimeout (the
// lock is not held), or one wrapping ErrOwnerDead (it is). A d <= 0 does
// not wait.
func (l *Lock) AcquireTimeout(d time.Duration) error {
	return l.acquire("Lock.AcquireTimeout", max(d, 0))
}

// TryAcquire takes the lock if it is free, without waiting (Python's
// acquire(False)). A lock whose holder died counts as held until a
// waiting Acquire takes it over.
func (l *Lock) TryAcquire() bool {
	l.check("Lock.TryAcquire")
	ok := l.m.mu.TryLock()
	if ok {
		atomic.StoreUint64(&l.m.owner, layout.Goroutine())
		l.acquired()
	}
	runtime.KeepAlive(l)
	return ok
}

func (l *Lock) acquire(op string, timeout time.Duration) error {
	l.check(op)
	dead, err := l.m.mu.Lock(timeout)
	if err == nil {
		atomic.StoreUint64(&l.m.owner, layout.Goroutine())
		l.acquired()
	}
	runtime.KeepAlive(l)
	switch {
	case err != nil:
		return ErrTimeout
	case dead != 0:
		return ownerDead(dead)
	}
	return nil
}

// Release unlocks the lock. Releasing a lock that is not locked panics
// with an *Error, as Python raises ValueError.
func (l *Lock) Release() {
	l.check("Lock.Release")
	l.released()
	atomic.StoreUint64(&l.m.owner, 0)
	ok := l.m.mu.Unlock()
	runtime.KeepAlive(l)
	if !ok {
		panic(misuse("Lock.Release", "lock released too many times: it is not locked", "call Release once for each Acquire"))
	}
}

// Lock acquires the lock (sync.Locker). It cannot report a dead previous
// owner: use Acquire where that matters.
func (l *Lock) Lock() { _ = l.acquire("Lock.Lock", -1) }

// Unlock releases the lock (sync.Locker); see Release.
func (l *Lock) Unlock() { l.Release() }

// Locked reports whether some goroutine of some process holds the lock.
func (l *Lock) Locked() bool {
	l.check("Lock.Locked")
	ok := l.m.mu.Locked()
	runtime.KeepAlive(l)
	return ok
}

// String describes the lock as Python's repr does: <Lock(owner=None)>
// when it is free, <Lock(owner=MainProcess)> (the name of this process)
// when the calling goroutine holds it, <Lock(owner=SomeOtherThread)> when
// another goroutine of this process does, <Lock(owner=SomeOtherProcess)>
// when another process does.
func (l *Lock) String() string {
	if l.closed.Load() {
		return "<Lock(closed)>"
	}
	owner, _ := ownerName(l.m.mu.Owner(), atomic.LoadUint64(&l.m.owner))
	runtime.KeepAlive(l)
	return "<Lock(owner=" + owner + ")>"
}

// ownerName names the holder of a lock as Python's reprs do, from the
// caller's point of view, and reports whether the caller holds it.
func ownerName(pid int, goroutine uint64) (string, bool) {
	switch {
	case pid == 0:
		return "None", false
	case pid != shm.Pid:
		return "SomeOtherProcess", false
	case goroutine != layout.Goroutine():
		return "SomeOtherThread", false
	}
	return CurrentProcess().Name, true
}

// Close frees this process's mapping of the lock. Other processes are not
// affected. The lock must not be used afterwards.
func (l *Lock) Close() error { return l.close() }

// CodecHandle lets the lock travel to other processes as itself.
func (l *Lock) CodecHandle() (string, []*os.File, []byte) {
	return "lock", []*os.File{l.file("Lock.CodecHandle")}, nil
}

func (l *Lock) sharedLock() (string, *shared) { return "lock", &l.shared }

func (l *Lock) isMine() bool {
	ok := l.m.mu.Owner() == shm.Pid && atomic.LoadUint64(&l.m.owner) == layout.Goroutine()
	runtime.KeepAlive(l)
	return ok
}

func (l *Lock) releaseSave() uint32 { l.Release(); return 1 }

func (l *Lock) acquireRestore(uint32) { l.Lock() }

// ---------------------------------------------------------------- RLock

// RLock is a recursive lock shared between processes (Python's
// multiprocessing.RLock): the goroutine that holds it may acquire it again
// and must release it as many times. Its owner is a goroutine of a
// process; only the owner may release it.
//
// Like Lock, it notices an owner process that died holding it: the next
// Acquire takes it over and returns an error wrapping ErrOwnerDead.
type RLock struct {
	shared
	m *lockMem
}

// NewRLock returns a new, unlocked RLock in shared memory.
func NewRLock() *RLock {
	return newRLock(newSegment("NewRLock", "mpkit-rlock", segSize))
}

func newRLock(seg *shm.Segment) *RLock {
	r := &RLock{shared: shared{seg: seg}, m: at[lockMem](seg)}
	freeWhenUnreachable(r, seg)
	return r
}

// Acquire blocks until the calling goroutine holds the lock, and adds one
// to its recursion count. It returns nil, or an error wrapping
// ErrOwnerDead when the previous owner process died holding it; the
// caller holds the lock in both cases.
func (r *RLock) Acquire() error { return r.acquire("RLock.Acquire", -1) }

// AcquireTimeout is Acquire waiting at most d. It returns nil, an error
// wrapping ErrTimeout (the lock is not held), or one wrapping
// ErrOwnerDead (it is). A d <= 0 does not wait.
func (r *RLock) AcquireTimeout(d time.Duration) error {
	return r.acquire("RLock.AcquireTimeout", max(d, 0))
}

// TryAcquire acquires the lock if the calling goroutine can have it at
// once: when it is free or already held by this goroutine.
func (r *RLock) TryAcquire() bool { return r.acquire("RLock.TryAcquire", 0) == nil }

func (r *RLock) acquire(op string, timeout time.Duration) error {
	r.check(op)
	defer runtime.KeepAlive(r)
	g := layout.Goroutine()
	if r.m.mu.Owner() == shm.Pid && atomic.LoadUint64(&r.m.owner) == g {
		atomic.AddUint32(&r.m.count, 1)
		return nil
	}
	dead, err := r.m.mu.Lock(timeout)
	if err != nil {
		return ErrTimeout
	}
	atomic.StoreUint64(&r.m.owner, g)
	atomic.StoreUint32(&r.m.count, 1)
	r.acquired()
	if dead != 0 {
		return ownerDead(dead)
	}
	return nil
}

// Release undoes one Acquire; the lock is free once every Acquire has
// been undone. Releasing an RLock that the calling goroutine does not hold
// panics with an *Error (Python raises AssertionError).
func (r *RLock) Release() {
	r.check("RLock.Release")
	defer runtime.KeepAlive(r)
	if !r.isMine() {
		panic(misuse("RLock.Release", "attempt to release recursive lock not owned by this goroutine", "only the goroutine that acquired an RLock may release it, once per Acquire"))
	}
	if c := atomic.LoadUint32(&r.m.count); c > 1 {
		atomic.StoreUint32(&r.m.count, c-1)
		return
	}
	r.released()
	atomic.StoreUint32(&r.m.count, 0)
	atomic.StoreUint64(&r.m.owner, 0)
	r.m.mu.Unlock()
}

// Lock acquires the lock (sync.Locker). It cannot report a dead previous
// owner: use Acquire where that matters.
func (r *RLock) Lock() { _ = r.acquire("RLock.Lock", -1) }

// Unlock releases the lock (sync.Locker); see Release.
func (r *RLock) Unlock() { r.Release() }

// Locked reports whether some goroutine of some process holds the lock.
func (r *RLock) Locked() bool {
	r.check("RLock.Locked")
	ok := r.m.mu.Locked()
	runtime.KeepAlive(r)
	return ok
}

// String describes the lock as Python's repr does: <RLock(None, 0)> when
// it is free, <RLock(MainProcess, 2)> (this process's name and how many
// times the caller holds it) when the calling goroutine holds it,
// <RLock(SomeOtherThread, nonzero)> or <RLock(SomeOtherProcess, nonzero)>
// when another goroutine or another process does.
func (r *RLock) String() string {
	if r.closed.Load() {
		return "<RLock(closed)>"
	}
	pid, g, n := r.m.mu.Owner(), atomic.LoadUint64(&r.m.owner), atomic.LoadUint32(&r.m.count)
	runtime.KeepAlive(r)
	owner, mine := ownerName(pid, g)
	count := "nonzero"
	switch {
	case pid == 0:
		count = "0"
	case mine:
		count = strconv.FormatUint(uint64(n), 10)
	}
	return "<RLock(" + owner + ", " + count + ")>"
}

// Close frees this process's mapping of the lock. Other processes are not
// affected. The lock must not be used afterwards.
func (r *RLock) Close() error { return r.close() }

// CodecHandle lets the lock travel to other processes as itself.
func (r *RLock) CodecHandle() (string, []*os.File, []byte) {
	return "rlock", []*os.File{r.file("RLock.CodecHandle")}, nil
}

func (r *RLock) sharedLock() (string, *shared) { return "rlock", &r.shared }

func (r *RLock) isMine() bool {
	ok := r.m.mu.Owner() == shm.Pid && atomic.LoadUint64(&r.m.owner) == layout.Goroutine()
	runtime.KeepAlive(r)
	return ok
}

// releaseSave releases every level the caller holds and returns how many.
func (r *RLock) releaseSave() uint32 {
	n := atomic.LoadUint32(&r.m.count)
	atomic.StoreUint32(&r.m.count, 1)
	r.Release()
	return n
}

func (r *RLock) acquireRestore(n uint32) {
	r.Lock()
	atomic.StoreUint32(&r.m.count, n)
	runtime.KeepAlive(r)
}

// ---------------------------------------------------------------- Semaphore

type semMem struct {
	value   uint32 // the counter; also the futex word
	waiters uint32 // goroutines asleep in Acquire, in all processes
	bound   uint32 // BoundedSemaphore: the initial value; 0 for Semaphore
}

type semaphore struct {
	shared
	m *semMem
}

func newSemaphore(op, name string, n int, bounded bool) *shm.Segment {
	if n < 0 {
		panic(misusef(op, "use a value of 0 or more", "semaphore initial value must be >= 0, got %d", n))
	}
	if n > 1<<31-1 {
		panic(misusef(op, "use a value below 2147483648", "semaphore initial value %d is too large", n))
	}
	seg := newSegment(op, name, segSize)
	m := at[semMem](seg)
	m.value = uint32(n)
	if bounded {
		m.bound = uint32(n)
	}
	return seg
}

func (s *semaphore) acquire(op string, timeout time.Duration) error {
	s.check(op)
	defer runtime.KeepAlive(s)
	rem := remaining(timeout)
	for {
		v := atomic.LoadUint32(&s.m.value)
		if v > 0 {
			if atomic.CompareAndSwapUint32(&s.m.value, v, v-1) {
				s.acquired()
				return nil
			}
			continue
		}
		r := rem()
		if r == 0 {
			return ErrTimeout
		}
		atomic.AddUint32(&s.m.waiters, 1)
		wait(&s.m.value, 0, r)
		atomic.AddUint32(&s.m.waiters, ^uint32(0))
	}
}

func (s *semaphore) release(op string) {
	s.check(op)
	defer runtime.KeepAlive(s)
	s.released()
	for {
		v := atomic.LoadUint32(&s.m.value)
		if b := atomic.LoadUint32(&s.m.bound); b != 0 && v >= b || v == 1<<31-1 {
			panic(misuse(op, "semaphore or lock released too many times", "call Release once for each Acquire"))
		}
		if atomic.CompareAndSwapUint32(&s.m.value, v, v+1) {
			break
		}
	}
	if atomic.LoadUint32(&s.m.waiters) != 0 {
		shm.Wake(&s.m.value, 1)
	}
}

func (s *semaphore) value(op string) int {
	s.check(op)
	v := atomic.LoadUint32(&s.m.value)
	runtime.KeepAlive(s)
	return int(v)
}

// Semaphore is a counter shared between processes (Python's
// multiprocessing.Semaphore): Acquire takes one from it, waiting while it
// is zero, and Release gives one back. Release may raise it above its
// initial value; see BoundedSemaphore for one that refuses.
//
// Lock and Unlock make it a sync.Locker, for Python's "with sem:".
type Semaphore struct{ semaphore }

// NewSemaphore returns a semaphore with initial value n. A negative n
// panics with an *Error.
func NewSemaphore(n int) *Semaphore {
	seg := newSemaphore("NewSemaphore", "mpkit-semaphore", n, false)
	return openSemaphore(seg)
}

func openSemaphore(seg *shm.Segment) *Semaphore {
	s := &Semaphore{semaphore{shared: shared{seg: seg}, m: at[semMem](seg)}}
	freeWhenUnreachable(s, seg)
	return s
}

// Acquire takes one from the semaphore, waiting while it is zero. It
// always returns nil; the error result has the shape of Lock.Acquire's.
func (s *Semaphore) Acquire() error { return s.acquire("Semaphore.Acquire", -1) }

// AcquireTimeout is Acquire waiting at most d; it returns an error
// wrapping ErrTimeout if the value stayed zero. A d <= 0 does not wait.
func (s *Semaphore) AcquireTimeout(d time.Duration) error {
	return s.acquire("Semaphore.AcquireTimeout", max(d, 0))
}

// TryAcquire takes one if the value is above zero, without waiting.
func (s *Semaphore) TryAcquire() bool { return s.acquire("Semaphore.TryAcquire", 0) == nil }

// Release adds one to the value and wakes a waiter.
func (s *Semaphore) Release() { s.release("Semaphore.Release") }

// Lock is Acquire (sync.Locker).
func (s *Semaphore) Lock() { _ = s.Acquire() }

// Unlock is Release (sync.Locker).
func (s *Semaphore) Unlock() { s.Release() }

// GetValue is the current value (Python's get_value()).
func (s *Semaphore) GetValue() int { return s.value("Semaphore.GetValue") }

// String describes the semaphore: <Semaphore(value=N)>.
func (s *Semaphore) String() string { return semString("Semaphore", &s.semaphore) }

// Close frees this process's mapping of the semaphore.
func (s *Semaphore) Close() error { return s.close() }

// CodecHandle lets the semaphore travel to other processes as itself.
func (s *Semaphore) CodecHandle() (string, []*os.File, []byte) {
	return "semaphore", []*os.File{s.file("Semaphore.CodecHandle")}, nil
}

func semString(name string, s *semaphore) string {
	if s.closed.Load() {
		return "<" + name + "(closed)>"
	}
	v := atomic.LoadUint32(&s.m.value)
	b := atomic.LoadUint32(&s.m.bound)
	runtime.KeepAlive(s)
	if name == "BoundedSemaphore" {
		return fmt.Sprintf("<%s(value=%d, maxvalue=%d)>", name, v, b)
	}
	return fmt.Sprintf("<%s(value=%d)>", name, v)
}

// BoundedSemaphore is a Semaphore whose value may not rise above its
// initial value: a Release that would do so panics with an *Error
// (Python raises ValueError).
type BoundedSemaphore struct{ semaphore }

// NewBoundedSemaphore returns a bounded semaphore with initial and
// maximum value n. A negative n panics with an *Error.
func NewBoundedSemaphore(n int) *BoundedSemaphore {
	seg := newSemaphore("NewBoundedSemaphore", "mpkit-bsemaphore", n, true)
	return openBoundedSemaphore(seg)
}

func openBoundedSemaphore(seg *shm.Segment) *BoundedSemaphore {
	s := &BoundedSemaphore{semaphore{shared: shared{seg: seg}, m: at[semMem](seg)}}
	freeWhenUnreachable(s, seg)
	return s
}

// Acquire takes one from the semaphore, waiting while it is zero. It
// always returns nil; the error result has the shape of Lock.Acquire's.
func (s *BoundedSemaphore) Acquire() error { return s.acquire("BoundedSemaphore.Acquire", -1) }

// AcquireTimeout is Acquire waiting at most d; it returns an error
// wrapping ErrTimeout if the value stayed zero. A d <= 0 does not wait.
func (s *BoundedSemaphore) AcquireTimeout(d time.Duration) error {
	return s.acquire("BoundedSemaphore.AcquireTimeout", max(d, 0))
}

// TryAcquire takes one if the value is above zero, without waiting.
func (s *BoundedSemaphore) TryAcquire() bool {
	return s.acquire("BoundedSemaphore.TryAcquire", 0) == nil
}

// Release adds one to the value and wakes a waiter. Releasing above the
// initial value panics with an *Error.
func (s *BoundedSemaphore) Release() { s.release("BoundedSemaphore.Release") }

// Lock is Acquire (sync.Locker).
func (s *BoundedSemaphore) Lock() { _ = s.Acquire() }

// Unlock is Release (sync.Locker).
func (s *BoundedSemaphore) Unlock() { s.Release() }

// GetValue is the current value (Python's get_value()).
func (s *BoundedSemaphore) GetValue() int { return s.value("BoundedSemaphore.GetValue") }

// String describes the semaphore: <BoundedSemaphore(value=N, maxvalue=M)>.
func (s *BoundedSemaphore) String() string { return semString("BoundedSemaphore", &s.semaphore) }

// Close frees this process's mapping of the semaphore.
func (s *BoundedSemaphore) Close() error { return s.close() }

// CodecHandle lets the semaphore travel to other processes as itself.
func (s *BoundedSemaphore) CodecHandle() (string, []*os.File, []byte) {
	return "bsemaphore", []*os.File{s.file("BoundedSemaphore.CodecHandle")}, nil
}

// ---------------------------------------------------------------- Event

type eventMem struct {
	word    uint32 // bit 0: the flag; the other bits count Sets
	waiters uint32
}

// Event is a flag shared between processes (Python's
// multiprocessing.Event): Wait blocks until some process calls Set.
type Event struct {
	shared
	m *eventMem
}

// NewEvent returns a new Event, not set.
func NewEvent() *Event { return openEvent(newSegment("NewEvent", "mpkit-event", segSize)) }

func openEvent(seg *shm.Segment) *Event {
	e := &Event{shared: shared{seg: seg}, m: at[eventMem](seg)}
	freeWhenUnreachable(e, seg)
	return e
}

// Set sets the flag and wakes every waiter, in every process.
func (e *Event) Set() {
	e.check("Event.Set")
	defer runtime.KeepAlive(e)
	e.released()
	for {
		v := atomic.LoadUint32(&e.m.word)
		if v&1 != 0 {
			return
		}
		if atomic.CompareAndSwapUint32(&e.m.word, v, (v+2)|1) {
			break
		}
	}
	if atomic.LoadUint32(&e.m.waiters) != 0 {
		shm.WakeAll(&e.m.word)
	}
}

// Clear resets the flag.
func (e *Event) Clear() {
	e.check("Event.Clear")
	defer runtime.KeepAlive(e)
	for {
		v := atomic.LoadUint32(&e.m.word)
		if v&1 == 0 || atomic.CompareAndSwapUint32(&e.m.word, v, v&^1) {
			return
		}
	}
}

// IsSet reports whether the flag is set.
func (e *Event) IsSet() bool {
	e.check("Event.IsSet")
	v := atomic.LoadUint32(&e.m.word)
	runtime.KeepAlive(e)
	return v&1 != 0
}

// Wait blocks until the flag is set, or until the optional timeout has
// passed, and reports whether it was set (Python's wait(timeout)). A Set
// that happens while Wait sleeps makes it return true even if the flag is
// cleared again at once.
func (e *Event) Wait(timeout ...time.Duration) bool {
	e.check("Event.Wait")
	defer runtime.KeepAlive(e)
	defer e.acquired()
	v := atomic.LoadUint32(&e.m.word)
	if v&1 != 0 {
		return true
	}
	rem := remaining(optTimeout("Event.Wait", timeout))
	atomic.AddUint32(&e.m.waiters, 1)
	defer atomic.AddUint32(&e.m.waiters, ^uint32(0))
	for {
		r := rem()
		if r == 0 {
			return atomic.LoadUint32(&e.m.word)&1 != 0
		}
		wait(&e.m.word, v, r)
		if w := atomic.LoadUint32(&e.m.word); w&1 != 0 || w>>1 != v>>1 {
			return true
		}
	}
}

// String describes the event: <Event(set)> or <Event(unset)>.
func (e *Event) String() string {
	if e.closed.Load() {
		return "<Event(closed)>"
	}
	v := atomic.LoadUint32(&e.m.word)
	runtime.KeepAlive(e)
	if v&1 != 0 {
		return "<Event(set)>"
	}
	return "<Event(unset)>"
}

// Close frees this process's mapping of the event.
func (e *Event) Close() error { return e.close() }

// CodecHandle lets the event travel to other processes as itself.
func (e *Event) CodecHandle() (string, []*os.File, []byte) {
	return "event", []*os.File{e.file("Event.CodecHandle")}, nil
}

// ---------------------------------------------------------------- Condition

// condMem is the shared state of a Condition: one futex word whose low 16
// bits count the waiters not yet notified and whose high 16 bits count the
// notifications not yet taken. Every waiter in Wait is counted in exactly
// one of the two, so timeouts and notifications cannot get out of step.
type condMem struct {
	word uint32
}

const condSignal = 1 << 16

// ownedLock is implemented by this package's locks so that a Condition can
// check that the caller holds its lock and release every recursion level
// while it waits.
type ownedLock interface {
	isMine() bool
	releaseSave() uint32
	acquireRestore(uint32)
}

// Condition is a condition variable shared between processes (Python's
// multiprocessing.Condition). Wait releases the lock, sleeps until another
// goroutine (of any process) calls Notify or NotifyAll, and takes the lock
// again.
//
// The lock is what makes the pair work across processes: only this
// package's *Lock and *RLock are shared. A Condition built on another
// sync.Locker (a sync.Mutex) works between the goroutines of one process
// and cannot be passed to another.
type Condition struct {
	shared
	m    *condMem
	lock sync.Locker
}

// NewCondition returns a condition variable that uses l as its lock. A
// nil l gives it a new RLock, as in Python.
func NewCondition(l sync.Locker) *Condition {
	if l == nil {
		l = NewRLock()
	}
	return openCondition(newSegment("NewCondition", "mpkit-condition", segSize), l)
}

func openCondition(seg *shm.Segment, l sync.Locker) *Condition {
	c := &Condition{shared: shared{seg: seg}, m: at[condMem](seg), lock: l}
	freeWhenUnreachable(c, seg)
	return c
}

// Locker is the lock the condition uses.
func (c *Condition) Locker() sync.Locker { return c.lock }

// Acquire acquires the underlying lock; see Lock.Acquire.
func (c *Condition) Acquire() error {
	if l, ok := c.lock.(SharedLock); ok {
		return l.Acquire()
	}
	c.lock.Lock()
	return nil
}

// Release releases the underlying lock.
func (c *Condition) Release() {
	if l, ok := c.lock.(SharedLock); ok {
		l.Release()
		return
	}
	c.lock.Unlock()
}

// Lock acquires the underlying lock (sync.Locker).
func (c *Condition) Lock() { c.lock.Lock() }

// Unlock releases the underlying lock (sync.Locker).
func (c *Condition) Unlock() { c.lock.Unlock() }

func (c *Condition) mustOwn(op, what string) {
	if o, ok := c.lock.(ownedLock); ok && !o.isMine() {
		panic(misuse(op, what, "call Acquire (or Lock) on the condition first, in the same goroutine"))
	}
}

// Wait releases the lock, which the calling goroutine must hold, sleeps
// until notified or until the optional timeout has passed, and acquires
// the lock again before it returns. It reports whether it was notified
// (false: timed out). Calling it without holding the lock panics with an
// *Error (Python raises AssertionError).
func (c *Condition) Wait(timeout ...time.Duration) bool {
	c.check("Condition.Wait")
	defer runtime.KeepAlive(c)
	c.mustOwn("Condition.Wait", "must acquire() condition before using wait()")
	rem := remaining(optTimeout("Condition.Wait", timeout))
	if atomic.LoadUint32(&c.m.word)&(condSignal-1) == condSignal-1 {
		panic(misuse("Condition.Wait", "too many waiters", "at most 65535 goroutines may wait on one Condition"))
	}
	atomic.AddUint32(&c.m.word, 1) // counted while we still hold the lock
	var saved uint32
	if o, ok := c.lock.(ownedLock); ok {
		saved = o.releaseSave()
	} else {
		c.lock.Unlock()
	}
	notified := c.sleep(rem)
	if o, ok := c.lock.(ownedLock); ok {
		o.acquireRestore(saved)
	} else {
		c.lock.Lock()
	}
	return notified
}

func (c *Condition) sleep(rem func() time.Duration) bool {
	for {
		v := atomic.LoadUint32(&c.m.word)
		if v >= condSignal {
			if atomic.CompareAndSwapUint32(&c.m.word, v, v-condSignal) {
				return true
			}
			continue
		}
		r := rem()
		if r == 0 {
			// Leave, unless a notification arrived in the meantime.
			if atomic.CompareAndSwapUint32(&c.m.word, v, v-1) {
				return false
			}
			continue
		}
		wait(&c.m.word, v, r)
	}
}

// WaitFor waits until pred returns true, or until the optional timeout has
// passed, and returns pred's last result. pred is called with the lock
// held, first before any wait. The calling goroutine must hold the lock.
func (c *Condition) WaitFor(pred func() bool, timeout ...time.Duration) bool {
	rem := remaining(optTimeout("Condition.WaitFor", timeout))
	for {
		if ok := pred(); ok {
			return true
		}
		r := rem()
		if r == 0 {
			return false
		}
		if r < 0 {
			c.Wait()
		} else {
			c.Wait(r)
		}
	}
}

// Notify wakes one goroutine waiting in Wait, or n of them with an
// argument; fewer if fewer wait. The calling goroutine must hold the lock
// (otherwise it panics with an *Error).
func (c *Condition) Notify(n ...int) {
	k := 1
	switch len(n) {
	case 0:
	case 1:
		k = n[0]
	default:
		panic(misuse("Condition.Notify", fmt.Sprintf("%d counts given", len(n)), "pass at most one count"))
	}
	c.notify("Condition.Notify", k)
}

// NotifyAll wakes every goroutine waiting in Wait. The calling goroutine
// must hold the lock.
func (c *Condition) NotifyAll() { c.notify("Condition.NotifyAll", condSignal-1) }

func (c *Condition) notify(op string, n int) {
	c.check(op)
	defer runtime.KeepAlive(c)
	c.mustOwn(op, "lock is not owned")
	if n <= 0 {
		return
	}
	for {
		v := atomic.LoadUint32(&c.m.word)
		k := min(uint32(n), v&(condSignal-1))
		if k == 0 {
			return
		}
		if atomic.CompareAndSwapUint32(&c.m.word, v, v-k+k*condSignal) {
			shm.Wake(&c.m.word, int(k))
			return
		}
	}
}

// String describes the condition as Python does: <Condition(LOCK, N)>
// with N the number of goroutines sleeping in Wait.
func (c *Condition) String() string {
	if c.closed.Load() {
		return "<Condition(closed)>"
	}
	v := atomic.LoadUint32(&c.m.word)
	runtime.KeepAlive(c)
	return fmt.Sprintf("<Condition(%v, %d)>", c.lock, v&(condSignal-1)+v/condSignal)
}

// Close frees this process's mapping of the condition (not of its lock).
func (c *Condition) Close() error { return c.close() }

// CodecHandle lets the condition travel to other processes as itself,
// with its lock. A condition whose lock is not a *Lock or an *RLock
// cannot travel: it panics with an *Error.
func (c *Condition) CodecHandle() (string, []*os.File, []byte) {
	l, ok := c.lock.(SharedLock)
	if !ok {
		panic(misusef("Condition.CodecHandle", "build it with mpkit.NewLock() or mpkit.NewRLock() (or nil)",
			"a Condition on a %T works only inside one process", c.lock))
	}
	kind, s := l.sharedLock()
	return "condition", []*os.File{c.file("Condition.CodecHandle"), s.file("Condition.CodecHandle")}, []byte(kind)
}

// ---------------------------------------------------------------- Barrier

// Barrier states, as in Python's threading.Barrier.
const (
	barrierFilling   = 0
	barrierDraining  = 1
	barrierResetting = -1
	barrierBroken    = -2
)

type barrierMem struct {
	mu      shm.Mutex // guards the fields below
	seq     uint32    // futex word: bumped on every change of state
	state   int32
	count   int32 // parties inside Wait
	parties int32
	_       int32
	timeout int64 // default timeout in nanoseconds, -1 for none
}

// Barrier makes a fixed number of parties (goroutines of any processes)
// wait for each other (Python's multiprocessing.Barrier): each calls Wait,
// and all return once the last one has arrived. It can be used again for
// the next round.
//
// If a party times out, or Abort is called, the barrier is broken: every
// waiting and later Wait returns an error wrapping ErrBrokenBarrier until
// Reset. A party that dies inside Wait is not noticed: the others wait
// for it (until their timeout, if they gave one).
type Barrier struct {
	shared
	m      *barrierMem
	action func()
}

// NewBarrier returns a barrier for parties parties. action, if not nil, is
// called once per round by the party whose arrival completes it, before
// the others are released; it is a func, so it is only known to the
// process that made the barrier (a round completed by another process
// runs no action). The optional timeout is the default for Wait. A
// parties below 1 panics with an *Error.
func NewBarrier(parties int, action func(), timeout ...time.Duration) *Barrier {
	if parties < 1 || parties > 1<<30 {
		panic(misusef("NewBarrier", "a barrier needs at least one party", "invalid number of parties: %d", parties))
	}
	t := int64(-1)
	if len(timeout) > 0 {
		t = int64(optTimeout("NewBarrier", timeout))
	}
	seg := newSegment("NewBarrier", "mpkit-barrier", segSize)
	m := at[barrierMem](seg)
	m.parties = int32(parties)
	m.timeout = t
	b := openBarrier(seg)
	b.action = action
	return b
}

func openBarrier(seg *shm.Segment) *Barrier {
	b := &Barrier{shared: shared{seg: seg}, m: at[barrierMem](seg)}
	freeWhenUnreachable(b, seg)
	return b
}

func (b *Barrier) lock() {
	_, _ = b.m.mu.Lock(-1)
	b.acquired()
}

func (b *Barrier) unlock() {
	b.released()
	b.m.mu.Unlock()
}

// changed wakes everyone sleeping in sleep. Called with the lock held.
func (b *Barrier) changed() {
	atomic.AddUint32(&b.m.seq, 1)
	shm.WakeAll(&b.m.seq)
}

// sleep releases the lock, waits for a change of state or for rem to run
// out, and takes the lock again. It reports false when time ran out.
func (b *Barrier) sleep(rem func() time.Duration) bool {
	r := rem()
	if r == 0 {
		return false
	}
	s := atomic.LoadUint32(&b.m.seq)
	b.unlock()
	wait(&b.m.seq, s, r)
	b.lock()
	return true
}

// Wait waits until all parties have called Wait, and returns this party's
// arrival index, 0 to Parties()-1, distinct for each party of a round. The
// optional timeout replaces the barrier's default; when it runs out the
// barrier breaks. The error wraps ErrBrokenBarrier if the barrier is or
// becomes broken (the index is then -1).
func (b *Barrier) Wait(timeout ...time.Duration) (int, error) {
	b.check("Barrier.Wait")
	defer runtime.KeepAlive(b)
	t := time.Duration(atomic.LoadInt64(&b.m.timeout))
	if len(timeout) > 0 {
		t = optTimeout("Barrier.Wait", timeout)
	}
	forever := remaining(-1)
	b.lock()
	defer b.unlock()
	// A new round starts only once the last one has drained.
	for b.m.state == barrierDraining || b.m.state == barrierResetting {
		b.sleep(forever)
	}
	if b.m.state == barrierBroken {
		return -1, ErrBrokenBarrier
	}
	index := int(b.m.count)
	b.m.count++
	defer b.exit()
	if b.m.count == b.m.parties {
		if b.action != nil {
			ok := false
			defer func() {
				if !ok {
					b.breakLocked()
				}
			}()
			b.action()
			ok = true
		}
		b.m.state = barrierDraining
		b.changed()
		return index, nil
	}
	rem := remaining(t)
	for b.m.state == barrierFilling {
		if !b.sleep(rem) {
			if b.m.state == barrierFilling {
				b.breakLocked()
				return -1, fmt.Errorf("%w: timed out after %v", ErrBrokenBarrier, t)
			}
			break
		}
	}
	if b.m.state < 0 {
		return -1, ErrBrokenBarrier
	}
	return index, nil
}

// exit leaves Wait; the last party out of a drained or reset round lets
// the next round in. Called with the lock held.
func (b *Barrier) exit() {
	b.m.count--
	if b.m.count == 0 && (b.m.state == barrierDraining || b.m.state == barrierResetting) {
		b.m.state = barrierFilling
		b.changed()
	}
}

func (b *Barrier) breakLocked() {
	b.m.state = barrierBroken
	b.changed()
}

// Reset returns the barrier to its initial state. Parties waiting in
// Wait get an error wrapping ErrBrokenBarrier.
func (b *Barrier) Reset() {
	b.check("Barrier.Reset")
	defer runtime.KeepAlive(b)
	b.lock()
	defer b.unlock()
	if b.m.count > 0 {
		if b.m.state == barrierFilling || b.m.state == barrierBroken {
			b.m.state = barrierResetting
		}
	} else {
		b.m.state = barrierFilling
	}
	b.changed()
}

// Abort breaks the barrier: parties waiting in Wait, and later calls to
// Wait, get an error wrapping ErrBrokenBarrier until Reset.
func (b *Barrier) Abort() {
	b.check("Barrier.Abort")
	defer runtime.KeepAlive(b)
	b.lock()
	defer b.unlock()
	b.breakLocked()
}

// Parties is the number of parties needed to pass the barrier.
func (b *Barrier) Parties() int {
	b.check("Barrier.Parties")
	n := atomic.LoadInt32(&b.m.parties)
	runtime.KeepAlive(b)
	return int(n)
}

// NWaiting is the number of parties currently waiting in Wait.
func (b *Barrier) NWaiting() int {
	b.check("Barrier.NWaiting")
	defer runtime.KeepAlive(b)
	b.lock()
	defer b.unlock()
	if b.m.state != barrierFilling {
		return 0
	}
	return int(b.m.count)
}

// Broken reports whether the barrier is broken.
func (b *Barrier) Broken() bool {
	b.check("Barrier.Broken")
	defer runtime.KeepAlive(b)
	b.lock()
	defer b.unlock()
	return b.m.state == barrierBroken
}

// String describes the barrier: <Barrier(parties=N, waiting=M)> or
// <Barrier(parties=N, broken)>.
func (b *Barrier) String() string {
	if b.closed.Load() {
		return "<Barrier(closed)>"
	}
	if b.Broken() {
		return fmt.Sprintf("<Barrier(parties=%d, broken)>", b.Parties())
	}
	return fmt.Sprintf("<Barrier(parties=%d, waiting=%d)>", b.Parties(), b.NWaiting())
}

// Close frees this process's mapping of the barrier.
func (b *Barrier) Close() error { return b.close() }

// CodecHandle lets the barrier travel to other processes as itself (its
// action does not travel).
func (b *Barrier) CodecHandle() (string, []*os.File, []byte) {
	return "barrier", []*os.File{b.file("Barrier.CodecHandle")}, nil
}

// ---------------------------------------------------------------- handles

// openSharedLock rebuilds a *Lock or *RLock from a received file.
func openSharedLock(kind string, files []*os.File, i int) (SharedLock, error) {
	seg, err := openSegment(kind, files, i, segSize)
	if err != nil {
		return nil, err
	}
	switch kind {
	case "lock":
		return newLock(seg), nil
	case "rlock":
		return newRLock(seg), nil
	}
	seg.Close()
	return nil, fmt.Errorf("mpkit: unknown lock kind %q", kind)
}

// syncOpeners rebuild this file's objects from handles.
var syncOpeners = map[string]codec.Opener{
	"lock": func(files []*os.File, _ []byte) (any, error) {
		l, err := openSharedLock("lock", files, 0)
		if err != nil {
			return nil, err
		}
		return l.(*Lock), nil
	},
	"rlock": func(files []*os.File, _ []byte) (any, error) {
		l, err := openSharedLock("rlock", files, 0)
		if err != nil {
			return nil, err
		}
		return l.(*RLock), nil
	},
	"semaphore": func(files []*os.File, _ []byte) (any, error) {
		seg, err := openSegment("semaphore", files, 0, segSize)
		if err != nil {
			return nil, err
		}
		return openSemaphore(seg), nil
	},
	"bsemaphore": func(files []*os.File, _ []byte) (any, error) {
		seg, err := openSegment("bsemaphore", files, 0, segSize)
		if err != nil {
			return nil, err
		}
		return openBoundedSemaphore(seg), nil
	},
	"event": func(files []*os.File, _ []byte) (any, error) {
		seg, err := openSegment("event", files, 0, segSize)
		if err != nil {
			return nil, err
		}
		return openEvent(seg), nil
	},
	"condition": func(files []*os.File, meta []byte) (any, error) {
		l, err := openSharedLock(string(meta), files, 1)
		if err != nil {
			return nil, err
		}
		seg, err := openSegment("condition", files, 0, segSize)
		if err != nil {
			_, s := l.sharedLock()
			s.close()
			return nil, err
		}
		return openCondition(seg, l), nil
	},
	"barrier": func(files []*os.File, _ []byte) (any, error) {
		seg, err := openSegment("barrier", files, 0, segSize)
		if err != nil {
			return nil, err
		}
		return openBarrier(seg), nil
	},
}

// Handles are registered while package variables are initialised, before
// any init function runs, so that a child dispatching from init can decode them.
var _ = registerSyncHandles()

func registerSyncHandles() bool {
	types := map[string]any{
		"lock": (*Lock)(nil), "rlock": (*RLock)(nil), "semaphore": (*Semaphore)(nil),
		"bsemaphore": (*BoundedSemaphore)(nil), "event": (*Event)(nil),
		"condition": (*Condition)(nil), "barrier": (*Barrier)(nil),
	}
	for kind, v := range types {
		codec.RegisterHandle(kind, reflect.TypeOf(v), syncOpeners[kind])
	}
	return true
}
