package mpkit

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/goteach/goteach/mpkit/internal/codec"
)

// ---------------------------------------------------------------------------
// Child processes for these tests: the test binary runs itself again with
// -test.run=^TestSyncChild$, a scenario name in the environment, and the
// shared objects' files as inherited descriptors 3, 4, ... The child
// rebuilds the objects with the same openers the codec uses.

const (
	envScenario = "MPKIT_SYNC_TEST_SCENARIO"
	envHandles  = "MPKIT_SYNC_TEST_HANDLES"
	envArgs     = "MPKIT_SYNC_TEST_ARGS"
)

// syncChild is a running child process of a test.
type syncChild struct {
	cmd  *exec.Cmd
	out  *lockedBuffer
	done chan error
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// startChild runs scenario in a new process with the given shared objects
// and string arguments.
func startChild(t testing.TB, scenario string, args []string, handles ...codec.Handle) *syncChild {
	t.Helper()
	var files []*os.File
	var desc []string
	for _, h := range handles {
		kind, fs, meta := h.CodecHandle()
		files = append(files, fs...)
		desc = append(desc, fmt.Sprintf("%s:%d:%s", kind, len(fs), hex.EncodeToString(meta)))
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestSyncChild$", "-test.timeout=60s")
	cmd.Env = append(os.Environ(),
		envScenario+"="+scenario,
		envHandles+"="+strings.Join(desc, ";"),
		envArgs+"="+strings.Join(args, ","))
	cmd.ExtraFiles = files
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	c := &syncChild{cmd: cmd, out: &lockedBuffer{}, done: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = c.out, c.out
	if err := cmd.Start(); err != nil {
		t.Fatalf("start child %s: %v", scenario, err)
	}
	go func() { c.done <- cmd.Wait() }()
	t.Cleanup(func() { c.cmd.Process.Kill() }) // harmless once it has exited
	return c
}

// wait waits for the child to exit successfully.
func (c *syncChild) wait(t testing.TB) {
	t.Helper()
	select {
	case err := <-c.done:
		if err != nil {
			t.Fatalf("child %s failed: %v\n%s", c.cmd.Env[len(c.cmd.Env)-3], err, c.out.String())
		}
	case <-time.After(30 * time.Second):
		c.cmd.Process.Kill()
		t.Fatalf("child did not finish in 30s\n%s", c.out.String())
	}
}

// TestSyncChild is the body of the child processes; it does nothing in a
// normal test run.
func TestSyncChild(t *testing.T) {
	scenario := os.Getenv(envScenario)
	if scenario == "" {
		t.Skip("runs only as a child process of the other tests")
	}
	var hs []any
	fd := 3
	if d := os.Getenv(envHandles); d != "" {
		for _, h := range strings.Split(d, ";") {
			parts := strings.SplitN(h, ":", 3)
			n, _ := strconv.Atoi(parts[1])
			meta, _ := hex.DecodeString(parts[2])
			var files []*os.File
			for i := 0; i < n; i++ {
				files = append(files, os.NewFile(uintptr(fd), "handle"))
				fd++
			}
			obj, err := syncOpeners[parts[0]](files, meta)
			if err != nil {
				t.Fatalf("open %s handle: %v", parts[0], err)
			}
			for _, f := range files {
				f.Close()
			}
			hs = append(hs, obj)
		}
	}
	var args []string
	if a := os.Getenv(envArgs); a != "" {
		args = strings.Split(a, ",")
	}
	run, ok := childScenarios[scenario]
	if !ok {
		t.Fatalf("unknown scenario %q", scenario)
	}
	run(t, hs, args)
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

// childScenarios are what child processes run: hs are the shared objects
// passed by the parent, in order.
var childScenarios = map[string]func(t *testing.T, hs []any, args []string){
	// Take the lock, say so, and wait to be killed (or exit holding it).
	"hold-lock": func(t *testing.T, hs []any, args []string) {
		l := hs[0].(SharedLock)
		if err := l.Acquire(); err != nil {
			t.Fatal(err)
		}
		hs[1].(*Event).Set()
		if len(args) > 0 && args[0] == "exit" {
			return
		}
		time.Sleep(time.Minute)
	},
	// Acquire and release the lock n times once the start event is set;
	// release the optional ready semaphore first.
	"hammer-lock": func(t *testing.T, hs []any, args []string) {
		l, start, n := hs[0].(*Lock), hs[1].(*Event), atoi(args[0])
		if len(hs) > 2 {
			hs[2].(*Semaphore).Release()
		}
		start.Wait()
		for i := 0; i < n; i++ {
			l.Acquire()
			l.Release()
		}
	},
	// Add 1 to the Value n times: under its lock, without it, or with Add;
	// release the optional ready semaphore before waiting for the start.
	"increment": func(t *testing.T, hs []any, args []string) {
		v, start, n, mode := hs[0].(*Value), hs[1].(*Event), atoi(args[0]), args[1]
		if len(hs) > 2 {
			hs[2].(*Semaphore).Release()
		}
		start.Wait()
		switch mode {
		case "locked":
			l := v.GetLock()
			for i := 0; i < n; i++ {
				l.Lock()
				v.SetInt(v.Int() + 1)
				l.Unlock()
			}
		case "unlocked":
			for i := 0; i < n; i++ {
				v.SetInt(v.Int() + 1)
			}
		case "add":
			for i := 0; i < n; i++ {
				v.Add(1)
			}
		}
	},
	// Sleep, then release the semaphore / set the event.
	"release-later": func(t *testing.T, hs []any, args []string) {
		time.Sleep(time.Duration(atoi(args[0])) * time.Millisecond)
		hs[0].(*Semaphore).Release()
	},
	"set-later": func(t *testing.T, hs []any, args []string) {
		time.Sleep(time.Duration(atoi(args[0])) * time.Millisecond)
		hs[0].(*Event).Set()
	},
	// Python's condition test waiter: acquire, say we sleep, wait, say we
	// woke, release. args[0] is the timeout in ms, or -1 for none.
	"cond-waiter": func(t *testing.T, hs []any, args []string) {
		condWaiter(hs[0].(*Condition), hs[1].(*Semaphore), hs[2].(*Semaphore), atoi(args[0]))
	},
	// Make v go 1, 2, 3, 4 under the condition, notifying each time. Each
	// step waits until the parent has looked at the value before it (it
	// releases the semaphore each time it does).
	"cond-count": func(t *testing.T, hs []any, args []string) {
		c, v, looked := hs[0].(*Condition), hs[1].(*Value), hs[2].(*Semaphore)
		for i := 0; i < 4; i++ {
			if err := looked.AcquireTimeout(20 * time.Second); err != nil {
				t.Fatalf("the parent never looked at the value %d", i)
			}
			c.Acquire()
			v.SetInt(v.Int() + 1)
			c.NotifyAll()
			c.Release()
		}
	},
	// Pass the barrier args[0] times; check the lockstep in a shared array.
	"barrier-rounds": func(t *testing.T, hs []any, args []string) {
		barrierRounds(t, hs[0].(*Barrier), hs[1].(*Array), hs[2].(*Array), atoi(args[0]))
	},
	// Wait at the barrier and expect it to break.
	"barrier-broken": func(t *testing.T, hs []any, args []string) {
		var err error
		if len(args) > 0 {
			_, err = hs[0].(*Barrier).Wait(time.Duration(atoi(args[0])) * time.Millisecond)
		} else {
			_, err = hs[0].(*Barrier).Wait()
		}
		if !errors.Is(err, ErrBrokenBarrier) {
			t.Fatalf("Wait: %v, want ErrBrokenBarrier", err)
		}
	},
	// Overwrite values and arrays as Python's test_value/test_array do.
	"write-values": func(t *testing.T, hs []any, args []string) {
		for i, want := range []any{24234, -4.25, 234, 1 << 34, "y"} {
			hs[i].(*Value).Set(want)
		}
		a := hs[5].(*Array) // prefix sum in place
		for i := 1; i < a.Len(); i++ {
			a.SetInt(i, a.Int(i)+a.Int(i-1))
		}
	},
	// Double everything (Python's test_sharedctypes).
	"double": func(t *testing.T, hs []any, args []string) {
		for _, h := range hs {
			switch x := h.(type) {
			case *Value:
				if x.Typecode() == "d" {
					x.SetFloat(x.Float() * 2)
				} else {
					x.SetInt(x.Int() * 2)
				}
			case *Array:
				switch x.Typecode() {
				case "c":
					x.SetText(x.Text() + x.Text())
				case "d":
					for i, f := range x.Float64s() {
						x.Float64s()[i] = f * 2
					}
				default:
					for i := 0; i < x.Len(); i++ {
						x.SetInt(i, x.Int(i)*2)
					}
				}
			}
		}
	},
	// Sum a 'd' array through its view; put the sum in a Value.
	"sum-view": func(t *testing.T, hs []any, args []string) {
		s := 0.0
		for _, x := range hs[0].(*Array).Float64s() {
			s += x
		}
		hs[1].(*Value).SetFloat(s)
	},
}

func condWaiter(c *Condition, sleeping, woken *Semaphore, timeoutMS int) {
	c.Acquire()
	sleeping.Release()
	if timeoutMS >= 0 {
		c.Wait(time.Duration(timeoutMS) * time.Millisecond)
	} else {
		c.Wait()
	}
	woken.Release()
	c.Release()
}

// barrierRounds passes b n times. Before round r a party adds 1 to
// arrived[r]; after it, all parties must have arrived. A party whose index
// is 0 adds 1 to zeros[r].
func barrierRounds(t testing.TB, b *Barrier, arrived, zeros *Array, n int) {
	for r := 0; r < n; r++ {
		arrived.Add(r, 1)
		i, err := b.Wait()
		if err != nil {
			t.Errorf("round %d: %v", r, err)
			return
		}
		if got := arrived.Int(r); got != b.Parties() {
			t.Errorf("round %d: passed with %d of %d parties arrived", r, got, b.Parties())
		}
		if i == 0 {
			zeros.Add(r, 1)
		}
	}
}

// ---------------------------------------------------------------------------
// helpers

// waitUntil polls cond until it holds; the test fails if it does not
// within 20 s.
func waitUntil(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not so after 20s", what)
		}
		time.Sleep(time.Millisecond) // the poll's period, not a guess at a state
	}
}

// lockWaiterFlagged reports whether a goroutine waiting for l has flagged
// itself on the lock word, as it does just before it sleeps (shm.Mutex
// keeps that flag in the word's top bit).
func lockWaiterFlagged(l *Lock) bool {
	return atomic.LoadUint32((*uint32)(unsafe.Pointer(&l.m.mu)))&(1<<31) != 0
}

// awaitReady waits until n children have released ready.
func awaitReady(t testing.TB, ready *Semaphore, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		if err := ready.AcquireTimeout(20 * time.Second); err != nil {
			t.Fatalf("only %d of %d children got ready", i, n)
		}
	}
}

// mustPanic runs f and returns the *Error it panics with.
func mustPanic(t *testing.T, f func()) (e *Error) {
	t.Helper()
	defer func() {
		r := recover()
		var ok bool
		if e, ok = r.(*Error); !ok {
			t.Fatalf("panic value %#v, want *Error", r)
		}
	}()
	f()
	return nil
}

// timed runs f and checks that it took at least lo (a timeout waited its
// time). How much longer is not checked: a loaded machine is slow, not
// wrong, and speed is measured by the benchmarks.
func timed(t *testing.T, lo time.Duration, f func()) {
	t.Helper()
	start := time.Now()
	f()
	if d := time.Since(start); d < lo {
		t.Errorf("took %v, want at least %v", d, lo)
	}
}

// ---------------------------------------------------------------------------
// Lock and RLock (CPython behaviours 28-32)

func TestLock(t *testing.T) {
	l := NewLock()
	if s := l.String(); s != "<Lock(owner=None)>" {
		t.Errorf("String = %q", s)
	}
	if err := l.Acquire(); err != nil {
		t.Fatal(err)
	}
	if !l.Locked() || l.TryAcquire() {
		t.Fatal("a held lock must be Locked and refuse TryAcquire")
	}
	if s, want := l.String(), "<Lock(owner=MainProcess)>"; s != want {
		t.Errorf("String = %q, want %q", s, want)
	}
	l.Release()
	if l.Locked() {
		t.Fatal("released lock still Locked")
	}
	e := mustPanic(t, l.Release)
	if !strings.Contains(e.Error(), "released too many times") {
		t.Errorf("second Release: %v", e)
	}
	if !l.TryAcquire() {
		t.Fatal("TryAcquire of a free lock failed")
	}
	// A Lock may be released by another goroutine, as in Python.
	done := make(chan struct{})
	go func() { l.Release(); close(done) }()
	<-done
	if l.Locked() {
		t.Fatal("Release from another goroutine did not unlock")
	}
	// sync.Locker
	var lk sync.Locker = l
	lk.Lock()
	//lint:ignore SA2001 only the method set is under test
	lk.Unlock()
}

func TestLockTimeout(t *testing.T) {
	l := NewLock()
	l.Acquire()
	timed(t, 150*time.Millisecond, func() {
		if err := l.AcquireTimeout(200 * time.Millisecond); !errors.Is(err, ErrTimeout) {
			t.Errorf("AcquireTimeout on a held lock: %v", err)
		}
	})
	timed(t, 0, func() {
		if err := l.AcquireTimeout(0); !errors.Is(err, ErrTimeout) {
			t.Errorf("AcquireTimeout(0): %v", err)
		}
	})
	// Released while AcquireTimeout sleeps: the releasing goroutine waits
	// until the waiter has flagged itself on the lock word. Release and
	// take the lock again first, so that the word does not carry the flag
	// of the waits above.
	l.Release()
	l.Acquire()
	flagged := make(chan bool, 1)
	go func() {
		deadline := time.Now().Add(20 * time.Second)
		for !lockWaiterFlagged(l) && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		flagged <- lockWaiterFlagged(l)
		l.Release()
	}()
	if err := l.AcquireTimeout(30 * time.Second); err != nil {
		t.Errorf("AcquireTimeout while released meanwhile: %v", err)
	}
	if !<-flagged {
		t.Error("AcquireTimeout never slept on the held lock")
	}
}

func TestLockMutualExclusionGoroutines(t *testing.T) {
	l := NewLock()
	n := 0
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				l.Lock()
				n++
				l.Unlock()
			}
		}()
	}
	wg.Wait()
	if n != 80000 {
		t.Errorf("n = %d, want 80000", n)
	}
}

func TestRLock(t *testing.T) {
	r := NewRLock()
	if s := r.String(); s != "<RLock(None, 0)>" {
		t.Errorf("String = %q", s)
	}
	for i := 0; i < 3; i++ {
		if err := r.Acquire(); err != nil {
			t.Fatal(err)
		}
	}
	if s, want := r.String(), "<RLock(MainProcess, 3)>"; s != want {
		t.Errorf("String = %q, want %q", s, want)
	}
	// Another goroutine can neither take it nor release it.
	done := make(chan *Error)
	go func() {
		if r.TryAcquire() {
			done <- &Error{What: "TryAcquire succeeded in another goroutine"}
			return
		}
		defer func() { e, _ := recover().(*Error); done <- e }()
		r.Release()
	}()
	if e := <-done; e == nil || !strings.Contains(e.What, "not owned") {
		t.Errorf("Release from another goroutine: %v", e)
	}
	r.Release()
	r.Release()
	if !r.Locked() {
		t.Fatal("RLock free after 2 of 3 releases")
	}
	r.Release()
	if r.Locked() {
		t.Fatal("RLock still locked after 3 releases")
	}
	mustPanic(t, r.Release)
	// Free again for others.
	go func() { r.Lock(); done <- nil }()
	<-done
	if r.TryAcquire() {
		t.Fatal("TryAcquire succeeded while another goroutine holds it")
	}
	if err := r.AcquireTimeout(100 * time.Millisecond); !errors.Is(err, ErrTimeout) {
		t.Errorf("AcquireTimeout: %v", err)
	}
}

// A child holds the lock and is killed: the parent sees it locked by the
// child, and its Acquire takes it over with ErrOwnerDead (the child is an
// unreaped zombie by then).
func TestLockOwnerKilled(t *testing.T) {
	for _, l := range []SharedLock{NewLock(), NewRLock()} {
		held := NewEvent()
		c := startChild(t, "hold-lock", nil, l.(codec.Handle), held)
		if !held.Wait(20 * time.Second) {
			t.Fatalf("child never took the lock\n%s", c.out)
		}
		if !l.Locked() || l.TryAcquire() {
			t.Fatal("lock held by the child is not Locked in the parent")
		}
		if !strings.Contains(l.String(), "SomeOtherProcess") {
			t.Errorf("String %q does not say another process holds it", l)
		}
		if err := l.AcquireTimeout(100 * time.Millisecond); !errors.Is(err, ErrTimeout) {
			t.Fatalf("AcquireTimeout while the child lives: %v", err)
		}
		c.cmd.Process.Kill()
		timed(t, 0, func() {
			err := l.Acquire()
			if !errors.Is(err, ErrOwnerDead) {
				t.Errorf("Acquire after the owner was killed: %v", err)
			}
			t.Logf("%T.Acquire: %v", l, err)
		})
		if !l.Locked() || !strings.Contains(l.String(), "MainProcess") {
			t.Errorf("after the takeover: %v", l)
		}
		l.Release()
		if err := l.Acquire(); err != nil {
			t.Errorf("Acquire after the takeover was released: %v", err)
		}
		l.Release()
	}
}

// A child returns holding the lock and is reaped: same outcome.
func TestLockOwnerExited(t *testing.T) {
	l := NewRLock()
	held := NewEvent()
	c := startChild(t, "hold-lock", []string{"exit"}, l, held)
	c.wait(t)
	if !held.IsSet() {
		t.Fatal("child exited without taking the lock")
	}
	if err := l.AcquireTimeout(5 * time.Second); !errors.Is(err, ErrOwnerDead) {
		t.Fatalf("AcquireTimeout: %v", err)
	}
	l.Release()
}

func TestLockAcrossProcesses(t *testing.T) {
	l, start := NewLock(), NewEvent()
	var cs []*syncChild
	for i := 0; i < 2; i++ {
		cs = append(cs, startChild(t, "hammer-lock", []string{"20000"}, l, start))
	}
	start.Set()
	for i := 0; i < 100; i++ {
		l.Lock()
		//lint:ignore SA2001 taking the lock is the point
		l.Unlock()
	}
	for _, c := range cs {
		c.wait(t)
	}
	if l.Locked() {
		t.Error("lock left locked")
	}
}

// ---------------------------------------------------------------------------
// Semaphore (33-35)

func TestSemaphore(t *testing.T) {
	s := NewSemaphore(2)
	for _, want := range []int{1, 0} {
		if err := s.Acquire(); err != nil {
			t.Fatal(err)
		}
		if got := s.GetValue(); got != want {
			t.Fatalf("GetValue = %d, want %d", got, want)
		}
	}
	if s.TryAcquire() {
		t.Fatal("TryAcquire at 0 succeeded")
	}
	for _, want := range []int{1, 2, 3, 4} {
		s.Release()
		if got := s.GetValue(); got != want {
			t.Fatalf("GetValue = %d, want %d", got, want)
		}
	}
	if s.String() != "<Semaphore(value=4)>" {
		t.Errorf("String = %q", s)
	}
	mustPanic(t, func() { NewSemaphore(-1) })
	mustPanic(t, func() { NewBoundedSemaphore(-1) })
}

func TestBoundedSemaphore(t *testing.T) {
	s := NewBoundedSemaphore(2)
	s.Acquire()
	s.Acquire()
	if s.GetValue() != 0 || s.TryAcquire() {
		t.Fatal("bounded semaphore does not count down to 0")
	}
	s.Release()
	s.Release()
	e := mustPanic(t, s.Release)
	if !strings.Contains(e.What, "released too many times") {
		t.Errorf("over-release: %v", e)
	}
	if s.GetValue() != 2 {
		t.Errorf("GetValue = %d after a refused release", s.GetValue())
	}
	s.Lock()
	//lint:ignore SA2001 taking the lock is the point
	s.Unlock()
}

func TestSemaphoreTimeout(t *testing.T) {
	s := NewSemaphore(0)
	timed(t, 0, func() {
		if s.TryAcquire() || s.AcquireTimeout(0) == nil || s.AcquireTimeout(-time.Second) == nil {
			t.Error("acquire without waiting succeeded at 0")
		}
	})
	timed(t, 150*time.Millisecond, func() {
		if err := s.AcquireTimeout(200 * time.Millisecond); !errors.Is(err, ErrTimeout) {
			t.Errorf("AcquireTimeout: %v", err)
		}
	})
}

func TestSemaphoreAcrossProcesses(t *testing.T) {
	s := NewSemaphore(0)
	c := startChild(t, "release-later", []string{"100"}, s)
	timed(t, 50*time.Millisecond, func() {
		if err := s.AcquireTimeout(20 * time.Second); err != nil {
			t.Errorf("AcquireTimeout: %v", err)
		}
	})
	c.wait(t)
	if s.GetValue() != 0 {
		t.Errorf("GetValue = %d", s.GetValue())
	}
}

// ---------------------------------------------------------------------------
// Event (41)

func TestEvent(t *testing.T) {
	e := NewEvent()
	if e.IsSet() || e.String() != "<Event(unset)>" {
		t.Fatal("new event is set")
	}
	timed(t, 0, func() {
		if e.Wait(0) {
			t.Error("Wait(0) on an unset event returned true")
		}
	})
	timed(t, 150*time.Millisecond, func() {
		if e.Wait(200 * time.Millisecond) {
			t.Error("Wait(200ms) on an unset event returned true")
		}
	})
	e.Set()
	timed(t, 0, func() {
		if !e.IsSet() || !e.Wait() || !e.Wait(time.Second) || e.String() != "<Event(set)>" {
			t.Error("set event does not say so")
		}
	})
	e.Clear()
	if e.IsSet() {
		t.Fatal("Clear did not clear")
	}
	c := startChild(t, "set-later", []string{"100"}, e)
	timed(t, 50*time.Millisecond, func() {
		if !e.Wait() {
			t.Error("Wait returned false")
		}
	})
	c.wait(t)
	// Several goroutines waiting are all released by one Set.
	e.Clear()
	var wg sync.WaitGroup
	var n atomic.Int32
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e.Wait(10 * time.Second) {
				n.Add(1)
			}
		}()
	}
	waitUntil(t, "5 goroutines wait on the event", func() bool { return atomic.LoadUint32(&e.m.waiters) == 5 })
	e.Set()
	wg.Wait()
	if n.Load() != 5 {
		t.Errorf("%d of 5 waiters saw the Set", n.Load())
	}
}

// ---------------------------------------------------------------------------
// Condition (36-40)

// startCondWaiters starts procs child processes and gors goroutines that
// each run condWaiter, and waits until all are in Wait: each releases
// sleeping while it holds the lock, and the lock only in Wait, after it
// counted itself as a waiter.
func startCondWaiters(t *testing.T, c *Condition, sleeping, woken *Semaphore, procs, gors, timeoutMS int) []*syncChild {
	var cs []*syncChild
	for i := 0; i < procs; i++ {
		cs = append(cs, startChild(t, "cond-waiter", []string{strconv.Itoa(timeoutMS)}, c, sleeping, woken))
	}
	for i := 0; i < gors; i++ {
		go condWaiter(c, sleeping, woken, timeoutMS)
	}
	for i := 0; i < procs+gors; i++ {
		if err := sleeping.AcquireTimeout(20 * time.Second); err != nil {
			t.Fatalf("waiter %d never went to sleep", i)
		}
	}
	c.Acquire()
	c.Release()
	return cs
}

// expectWoken checks that exactly n waiters report waking and that asleep
// others still wait with no notification left for them to take, so that
// no more can wake.
func expectWoken(t *testing.T, c *Condition, woken *Semaphore, n, asleep int) {
	t.Helper()
	for i := 0; i < n; i++ {
		if err := woken.AcquireTimeout(20 * time.Second); err != nil {
			t.Fatalf("only %d of %d waiters woke", i, n)
		}
	}
	if extra := woken.GetValue(); extra != 0 {
		t.Fatalf("%d more waiters woke than the %d notified", extra, n)
	}
	if w := atomic.LoadUint32(&c.m.word); w != uint32(asleep) {
		t.Fatalf("after %d woke: %d waiters asleep and %d notifications not taken, want %d and 0",
			n, w&(condSignal-1), w/condSignal, asleep)
	}
}

func TestConditionNotify(t *testing.T) {
	c, sleeping, woken := NewCondition(nil), NewSemaphore(0), NewSemaphore(0)
	cs := startCondWaiters(t, c, sleeping, woken, 2, 2, -1)
	expectWoken(t, c, woken, 0, 4)
	for i := 0; i < 4; i++ {
		c.Acquire()
		c.Notify()
		c.Release()
		expectWoken(t, c, woken, 1, 3-i)
	}
	for _, ch := range cs {
		ch.wait(t)
	}
}

func TestConditionNotifyN(t *testing.T) {
	c, sleeping, woken := NewCondition(NewLock()), NewSemaphore(0), NewSemaphore(0)
	cs := startCondWaiters(t, c, sleeping, woken, 3, 3, -1)
	c.Acquire() // the last waiter holds the lock until it is inside Wait
	if s := c.String(); !strings.HasSuffix(s, ", 6)>") {
		t.Errorf("String = %q, want 6 waiters", s)
	}
	c.Release()
	for _, n := range [][3]int{{2, 2, 4}, {4, 4, 0}, {3, 0, 0}} {
		c.Acquire()
		c.Notify(n[0])
		c.Release()
		expectWoken(t, c, woken, n[1], n[2])
	}
	for _, ch := range cs {
		ch.wait(t)
	}
}

func TestConditionNotifyAllAfterTimeouts(t *testing.T) {
	c, sleeping, woken := NewCondition(nil), NewSemaphore(0), NewSemaphore(0)
	// Waiters that all time out...
	cs := startCondWaiters(t, c, sleeping, woken, 2, 2, 100)
	expectWoken(t, c, woken, 4, 0)
	for _, ch := range cs {
		ch.wait(t)
	}
	// ...leave the condition fit for fresh ones.
	cs = startCondWaiters(t, c, sleeping, woken, 2, 2, -1)
	expectWoken(t, c, woken, 0, 4)
	c.Acquire()
	c.NotifyAll()
	c.Release()
	expectWoken(t, c, woken, 4, 0)
	for _, ch := range cs {
		ch.wait(t)
	}
}

func TestConditionWait(t *testing.T) {
	c := NewCondition(nil)
	e := mustPanic(t, func() { c.Wait() })
	if !strings.Contains(e.What, "must acquire() condition before using wait()") {
		t.Errorf("Wait without the lock: %v", e)
	}
	mustPanic(t, func() { c.Notify() })
	c.Acquire()
	c.Acquire() // RLock: Wait must release both levels
	timed(t, 0, func() {
		if c.Wait(0) {
			t.Error("Wait(0) returned true")
		}
	})
	timed(t, 150*time.Millisecond, func() {
		if c.Wait(200 * time.Millisecond) {
			t.Error("Wait(200ms) returned true")
		}
	})
	go func() {
		c.Acquire()
		c.Notify()
		c.Release()
	}()
	if !c.Wait(20 * time.Second) {
		t.Error("Wait returned false although notified")
	}
	if s, want := c.Locker().(*RLock).String(), "<RLock(MainProcess, 2)>"; s != want {
		t.Errorf("after Wait the lock is %s, want %s", s, want)
	}
	c.Release()
	c.Release()
}

func TestConditionWaitFor(t *testing.T) {
	c, v := NewCondition(nil), NewValue("i", 0)
	c.Acquire()
	timed(t, 80*time.Millisecond, func() {
		if c.WaitFor(func() bool { return v.Int() == 4 }, 100*time.Millisecond) {
			t.Error("WaitFor returned true before anyone changed the value")
		}
	})
	looked := NewSemaphore(0)
	ch := startChild(t, "cond-count", nil, c, v, looked)
	if !c.WaitFor(func() bool { looked.Release(); return v.Int() == 4 }, 20*time.Second) {
		t.Errorf("WaitFor gave up with v = %d", v.Int())
	}
	c.Release()
	ch.wait(t)
}

func TestConditionOnMutex(t *testing.T) {
	var mu sync.Mutex
	c := NewCondition(&mu)
	ready := false
	c.Lock()
	// The notifier gets the lock only once WaitFor has let it go in Wait.
	go func() {
		c.Lock()
		ready = true
		c.NotifyAll()
		c.Unlock()
	}()
	if !c.WaitFor(func() bool { return ready }, 10*time.Second) {
		t.Error("WaitFor on a sync.Mutex condition failed")
	}
	c.Unlock()
	e := mustPanic(t, func() { c.CodecHandle() })
	if !strings.Contains(e.Error(), "*sync.Mutex") {
		t.Errorf("CodecHandle: %v", e)
	}
}

// ---------------------------------------------------------------------------
// Barrier (42-45)

func TestBarrierProcesses(t *testing.T) {
	const rounds = 10
	b := NewBarrier(5, nil)
	arrived, zeros := NewRawArray("i", rounds), NewRawArray("i", rounds)
	var cs []*syncChild
	for i := 0; i < 4; i++ {
		cs = append(cs, startChild(t, "barrier-rounds", []string{strconv.Itoa(rounds)}, b, arrived, zeros))
	}
	barrierRounds(t, b, arrived, zeros, rounds)
	for _, c := range cs {
		c.wait(t)
	}
	for r, z := range zeros.Ints() {
		if z != 1 {
			t.Errorf("round %d: %d parties got index 0", r, z)
		}
	}
	if b.NWaiting() != 0 || b.Broken() {
		t.Errorf("afterwards: %v", b)
	}
}

func TestBarrierGoroutines(t *testing.T) {
	const parties, rounds = 5, 10
	var actions atomic.Int32
	b := NewBarrier(parties, func() { actions.Add(1) })
	indexes := make(chan int, parties*rounds)
	var wg sync.WaitGroup
	for p := 0; p < parties; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				i, err := b.Wait()
				if err != nil {
					t.Error(err)
					return
				}
				indexes <- i
			}
		}()
	}
	wg.Wait()
	close(indexes)
	count := make([]int, parties)
	for i := range indexes {
		count[i]++
	}
	for i, n := range count {
		if n != rounds {
			t.Errorf("index %d returned %d times, want %d", i, n, rounds)
		}
	}
	if actions.Load() != rounds {
		t.Errorf("action ran %d times, want %d", actions.Load(), rounds)
	}
	// A barrier of one never blocks.
	one := NewBarrier(1, nil)
	if i, err := one.Wait(); i != 0 || err != nil {
		t.Errorf("Barrier(1).Wait() = %d, %v", i, err)
	}
}

func TestBarrierAbort(t *testing.T) {
	b := NewBarrier(4, nil)
	var cs []*syncChild
	for i := 0; i < 3; i++ {
		cs = append(cs, startChild(t, "barrier-broken", nil, b))
	}
	waitUntil(t, "3 parties wait at the barrier", func() bool { return b.NWaiting() == 3 })
	b.Abort()
	for _, c := range cs {
		c.wait(t)
	}
	if !b.Broken() {
		t.Fatal("not broken after Abort")
	}
	if _, err := b.Wait(); !errors.Is(err, ErrBrokenBarrier) {
		t.Fatalf("Wait on a broken barrier: %v", err)
	}
	b.Reset()
	if b.Broken() {
		t.Fatal("still broken after Reset")
	}
	passAll(t, b)
}

// passAll passes b once with Parties() goroutines.
func passAll(t *testing.T, b *Barrier) {
	t.Helper()
	var wg sync.WaitGroup
	var failed atomic.Int32
	for i := 0; i < b.Parties(); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := b.Wait(10 * time.Second); err != nil {
				failed.Add(1)
			}
		}()
	}
	wg.Wait()
	if failed.Load() != 0 {
		t.Errorf("%d parties failed to pass", failed.Load())
	}
}

func TestBarrierReset(t *testing.T) {
	b := NewBarrier(3, nil)
	errs := make(chan error, 2)
	for i := 0; i < 2; i++ {
		go func() { _, err := b.Wait(); errs <- err }()
	}
	waitUntil(t, "2 parties wait at the barrier", func() bool { return b.NWaiting() == 2 })
	b.Reset()
	for i := 0; i < 2; i++ {
		if err := <-errs; !errors.Is(err, ErrBrokenBarrier) {
			t.Errorf("waiter during Reset: %v", err)
		}
	}
	if b.Broken() {
		t.Error("broken after Reset")
	}
	passAll(t, b)
	passAll(t, b)
}

func TestBarrierTimeout(t *testing.T) {
	b := NewBarrier(3, nil)
	c := startChild(t, "barrier-broken", []string{"10000"}, b)
	timed(t, 150*time.Millisecond, func() {
		if _, err := b.Wait(200 * time.Millisecond); !errors.Is(err, ErrBrokenBarrier) {
			t.Errorf("Wait(200ms): %v", err)
		}
	})
	c.wait(t)
	if !b.Broken() {
		t.Error("not broken after a timeout")
	}
	// The constructor's timeout is the default.
	d := NewBarrier(2, nil, 200*time.Millisecond)
	timed(t, 150*time.Millisecond, func() {
		if _, err := d.Wait(); !errors.Is(err, ErrBrokenBarrier) {
			t.Errorf("Wait with a default timeout: %v", err)
		}
	})
	mustPanic(t, func() { NewBarrier(0, nil) })
}

// ---------------------------------------------------------------------------
// Handles

func TestHandlesReopen(t *testing.T) {
	objs := []codec.Handle{NewLock(), NewRLock(), NewSemaphore(3), NewBoundedSemaphore(2),
		NewEvent(), NewCondition(nil), NewBarrier(2, nil), NewValue("d", 1.5), NewArray("i", []int{1, 2, 3})}
	for _, h := range objs {
		kind, files, meta := h.CodecHandle()
		obj, err := syncOpeners[kind](files, meta)
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		switch x := obj.(type) {
		case *Lock:
			x.Acquire()
			if !h.(*Lock).Locked() {
				t.Error("lock: the two handles are not the same lock")
			}
		case *RLock:
			x.Acquire()
			if !h.(*RLock).Locked() {
				t.Error("rlock: the two handles are not the same lock")
			}
		case *Semaphore:
			if x.GetValue() != 3 {
				t.Errorf("semaphore value %d", x.GetValue())
			}
		case *BoundedSemaphore:
			x.Acquire()
			x.Release()
			mustPanic(t, x.Release)
		case *Event:
			x.Set()
			if !h.(*Event).IsSet() {
				t.Error("event: not shared")
			}
		case *Condition:
			if _, ok := x.Locker().(*RLock); !ok {
				t.Errorf("condition lock %T", x.Locker())
			}
		case *Barrier:
			if x.Parties() != 2 {
				t.Errorf("barrier parties %d", x.Parties())
			}
		case *Value:
			x.SetFloat(2.5)
			if h.(*Value).Float() != 2.5 || x.GetLock() == nil {
				t.Error("value: not shared")
			}
		case *Array:
			if got := fmt.Sprint(x.Ints()); got != "[1 2 3]" {
				t.Errorf("array items %s", got)
			}
			if y, _ := syncOpeners[kind](files, meta); y != obj {
				t.Error("array opened twice in one process gives two objects")
			}
		default:
			t.Errorf("%s opened as %T", kind, obj)
		}
	}
	l := NewLock()
	l.Close()
	e := mustPanic(t, func() { l.Acquire() })
	if !errors.Is(e, ErrClosed) {
		t.Errorf("Acquire after Close: %v", e)
	}
	if l.String() != "<Lock(closed)>" || l.Close() != nil {
		t.Error("closed lock")
	}
}

// ---------------------------------------------------------------------------
// Benchmarks

func BenchmarkLockUncontended(b *testing.B) {
	l := NewLock()
	for i := 0; i < b.N; i++ {
		l.Acquire()
		l.Release()
	}
}

func BenchmarkRLockUncontended(b *testing.B) {
	l := NewRLock()
	for i := 0; i < b.N; i++ {
		l.Acquire()
		l.Release()
	}
}

// BenchmarkLockContended2Procs: two child processes take turns on one
// lock; ns/op is per acquire+release pair.
func BenchmarkLockContended2Procs(b *testing.B) {
	l, start, ready := NewLock(), NewEvent(), NewSemaphore(0)
	n := strconv.Itoa(b.N/2 + 1)
	c1 := startChild(b, "hammer-lock", []string{n}, l, start, ready)
	c2 := startChild(b, "hammer-lock", []string{n}, l, start, ready)
	awaitReady(b, ready, 2)
	b.ResetTimer()
	start.Set()
	c1.wait(b)
	c2.wait(b)
}

// The shared objects travel through the value codec as handles, alone, in
// structs and behind interfaces, and come out sharing memory with the
// originals.
type codecBundle struct {
	V    *Value
	A    *Array
	L    SharedLock
	C    *Condition
	Objs []any
}

func TestCodecRoundTrip(t *testing.T) {
	in := codecBundle{V: NewValue("i", 7), A: NewArray("d", 3), L: NewLock(), C: NewCondition(nil),
		Objs: []any{NewEvent(), NewSemaphore(1), NewBarrier(2, nil)}}
	var files []*os.File
	data, err := codec.Marshal(in, &files)
	if err != nil {
		t.Fatal(err)
	}
	v, err := codec.Unmarshal(data, files)
	if err != nil {
		t.Fatal(err)
	}
	out, ok := v.(codecBundle)
	if !ok {
		t.Fatalf("decoded a %T", v)
	}
	out.V.SetInt(8)
	out.A.SetFloat(1, 2.5)
	out.L.Lock()
	out.Objs[0].(*Event).Set()
	if in.V.Int() != 8 || in.A.Float(1) != 2.5 || !in.L.Locked() || !in.Objs[0].(*Event).IsSet() {
		t.Errorf("decoded objects do not share memory: %v %v %v", in.V, in.A, in.L)
	}
	if _, ok := out.V.GetLock().(*RLock); !ok || out.Objs[1].(*Semaphore).GetValue() != 1 || out.Objs[2].(*Barrier).Parties() != 2 {
		t.Error("decoded objects lost their state")
	}
	if _, err := codec.Marshal(NewLock(), nil); err == nil {
		t.Error("a Lock encoded where no files can go")
	}
}

func TestBarrierActionPanics(t *testing.T) {
	b := NewBarrier(2, func() { panic("boom") })
	errs := make(chan error, 1)
	go func() { _, err := b.Wait(); errs <- err }()
	waitUntil(t, "1 party waits at the barrier", func() bool { return b.NWaiting() == 1 })
	func() {
		defer func() {
			if r := recover(); r != "boom" {
				t.Errorf("recovered %v", r)
			}
		}()
		b.Wait()
	}()
	if err := <-errs; !errors.Is(err, ErrBrokenBarrier) {
		t.Errorf("other party: %v", err)
	}
	if !b.Broken() || b.NWaiting() != 0 {
		t.Errorf("after the action panicked: %v", b)
	}
}
