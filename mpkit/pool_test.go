package mpkit

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

func sqr(x int) int { return x * x }

func add(a, b int) int { return a + b }

func sleepSqr(x int) int {
	time.Sleep(time.Duration(x) * 10 * time.Millisecond)
	return x * x
}

// waitThenSqr returns x*x once release is set.
func waitThenSqr(release *Event, x int) int {
	release.Wait()
	return x * x
}

func failOn(x int) int {
	if x == 3 {
		panic("three is not allowed")
	}
	return x
}

func parseInt(s string) (int, error) { return strconv.Atoi(s) }

func whoami(int) int { return os.Getpid() }

// startedThenLong says it has started, then runs long.
func startedThenLong(started *Event) int {
	started.Set()
	time.Sleep(20 * time.Second)
	return 0
}

var initCounter int

func initWorker(n int) { initCounter += n }

func readInit(int) int { return initCounter }

func TestPoolMapApplyStarmap(t *testing.T) {
	pool := NewPool(2)
	defer pool.Terminate()
	if got := fmt.Sprint(pool.Map(sqr, Range(10))); got != "[0 1 4 9 16 25 36 49 64 81]" {
		t.Fatalf("Map: %s", got)
	}
	res := pool.Map(sqr, Range(100), 20).([]int)
	for i, v := range res {
		if v != i*i {
			t.Fatalf("Map chunksize 20: res[%d] = %d", i, v)
		}
	}
	if got := pool.Apply(sqr, Args(5)); got != 25 {
		t.Fatalf("Apply: %v", got)
	}
	if got := pool.ApplyAsync(sqr, Args(2)).Get(); got != 4 {
		t.Fatalf("ApplyAsync: %v", got)
	}
	if got := fmt.Sprint(pool.Starmap(add, [][]any{Args(1, 2), Args(3, 4)})); got != "[3 7]" {
		t.Fatalf("Starmap: %s", got)
	}
	if got := fmt.Sprint(pool.Map(sqr, []int{})); got != "[]" {
		t.Fatalf("Map over nothing: %s", got)
	}
	var rs []*AsyncResult
	for i := 0; i < 10; i++ {
		rs = append(rs, pool.ApplyAsync(sqr, Args(i)))
	}
	var got []any
	for _, r := range rs {
		got = append(got, r.Get())
	}
	if fmt.Sprint(got) != "[0 1 4 9 16 25 36 49 64 81]" {
		t.Fatal(got)
	}
}

func TestPoolErrors(t *testing.T) {
	pool := NewPool(2)
	defer pool.Terminate()
	_, err := pool.MapAsync(failOn, Range(6)).GetTimeout(10 * time.Second)
	var re *RemoteError
	if !errors.As(err, &re) || !strings.Contains(re.Value, "three is not allowed") || !strings.Contains(re.Traceback, "failOn") {
		t.Fatalf("error %v", err)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "three") {
			t.Fatalf("Map did not panic with the task's error: %v", r)
		}
	}()
	var called atomic.Int32
	var gotErr atomic.Value
	r := pool.MapAsync(parseInt, []string{"a"}, ErrorCallback(func(e error) { gotErr.Store(e); called.Add(1) }))
	r.Wait() // the callback has run by then, as in CPython
	if called.Load() != 1 || !strings.Contains(fmt.Sprint(gotErr.Load()), "invalid syntax") || r.Successful() {
		t.Fatalf("error callback: %d %v", called.Load(), gotErr.Load())
	}
	var cbv atomic.Value
	pool.MapAsync(parseInt, []string{"1"}, Callback(func(v any) { cbv.Store(v) })).Wait()
	if fmt.Sprint(cbv.Load()) != "[1]" {
		t.Fatalf("callback got %v", cbv.Load())
	}
	pool.Map(failOn, Range(6))
}

func TestPoolTimeoutAndImap(t *testing.T) {
	pool := NewPool(2)
	defer pool.Terminate()
	release := NewEvent()
	r := pool.ApplyAsync(waitThenSqr, Args(release, 30))
	start := time.Now()
	if _, err := r.GetTimeout(50 * time.Millisecond); !errors.Is(err, ErrTimeout) {
		t.Fatalf("GetTimeout: %v", err)
	}
	if el := time.Since(start); el < 40*time.Millisecond {
		t.Fatalf("GetTimeout(50ms) took %v", el)
	}
	mustMisuse(t, "not ready", func() { r.Successful() })
	release.Set()
	if v := r.Get(); v != 900 {
		t.Fatal(v)
	}
	it := pool.Imap(sleepSqr, []int{5, 1, 3, 0}, 1)
	var got []int
	for {
		v, ok := it.Next()
		if !ok {
			break
		}
		got = append(got, v.(int))
	}
	if fmt.Sprint(got) != "[25 1 9 0]" {
		t.Fatalf("Imap: %v", got)
	}
	it = pool.ImapUnordered(sqr, Range(100), 7)
	got = got[:0]
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		got = append(got, v.(int))
	}
	sort.Ints(got)
	for i, v := range got {
		if v != i*i {
			t.Fatalf("ImapUnordered: %v", got)
		}
	}
}

func TestPoolWorkerKilledMidTask(t *testing.T) {
	pool := NewPool(2)
	defer pool.Terminate()
	started := NewEvent()
	r := pool.ApplyAsync(startedThenLong, Args(started))
	started.Wait() // the task is in a worker
	// Which worker runs the task is not visible from here: kill them all.
	victims := pool.Pids()
	for _, pid := range victims {
		syscall.Kill(pid, syscall.SIGKILL)
	}
	_, err := r.GetTimeout(10 * time.Second)
	if !errors.Is(err, ErrWorkerDied) {
		t.Fatalf("task on a killed worker: %v", err)
	}
	if got := fmt.Sprint(pool.Map(sqr, Range(4))); got != "[0 1 4 9]" {
		t.Fatalf("pool after the kill: %s", got)
	}
	for _, pid := range pool.Pids() {
		for _, v := range victims {
			if pid == v {
				t.Fatal("dead worker still listed")
			}
		}
	}
}

func TestPoolMaxTasksAndInitializer(t *testing.T) {
	pool := NewPool(1, MaxTasksPerChild(2), Initializer(initWorker, 5))
	defer pool.Terminate()
	pids := map[any]bool{}
	for i := 0; i < 6; i++ {
		pids[pool.Apply(whoami, Args(0))] = true
	}
	if len(pids) != 3 {
		t.Fatalf("maxtasksperchild 2 over 6 tasks used %d workers", len(pids))
	}
	if v := pool.Apply(readInit, Args(0)); v != 5 {
		t.Fatalf("initializer ran to %v, want 5 (once per worker)", v)
	}
	mustMisuse(t, "maxtasksperchild", func() { NewPool(1, MaxTasksPerChild(0)) })
	mustMisuse(t, "at least 1", func() { NewPool(-1) })
}

func TestPoolCloseJoinTerminate(t *testing.T) {
	pool := NewPool(2)
	mustMisuse(t, "still running", pool.Join)
	r := pool.MapAsync(sleepSqr, Range(6), Chunksize(1))
	pool.Close()
	mustMisuse(t, "not running", func() { pool.Map(sqr, Range(2)) })
	pool.Join()
	if fmt.Sprint(r.Get()) != "[0 1 4 9 16 25]" {
		t.Fatal(r.Get())
	}
	if len(pool.Pids()) != 0 {
		t.Fatal("workers left after Join")
	}
	// Terminate does not wait for the tasks: these would never end.
	p2 := NewPool(2)
	never := NewEvent()
	var many []*AsyncResult
	for i := 0; i < 1000; i++ {
		many = append(many, p2.ApplyAsync(waitOn, Args(never)))
	}
	terminated := make(chan struct{})
	go func() { p2.Terminate(); close(terminated) }()
	select {
	case <-terminated:
	case <-time.After(time.Minute):
		t.Fatal("Terminate waited for the running tasks")
	}
	if _, err := many[999].GetTimeout(time.Second); !errors.Is(err, ErrCancelled) {
		t.Fatalf("queued task after Terminate: %v", err)
	}
}

func TestCancelSinceDuringMap(t *testing.T) {
	pool := NewPool(2)
	defer pool.Terminate()
	before := pool.Pids()
	m := NewMark()
	started := make([]*Event, 8)
	for i := range started {
		started[i] = NewEvent()
	}
	r := pool.MapAsync(startedThenLong, started, Chunksize(1))
	// Both workers are running a task.
	started[0].Wait()
	started[1].Wait()
	CancelSince(m, time.Second)
	if _, err := r.GetTimeout(5 * time.Second); !errors.Is(err, ErrCancelled) {
		t.Fatalf("cancelled map: %v", err)
	}
	for _, pid := range before {
		// The worker may be a zombie not yet reaped for a moment.
		if !waitGone(pid, 10*time.Second) {
			t.Fatalf("worker %d still alive after cancel", pid)
		}
	}
	if got := fmt.Sprint(pool.Map(sqr, Range(3))); got != "[0 1 4]" {
		t.Fatalf("pool after cancel: %s", got)
	}
}

// waitGone polls until no process has pid (a zombie counts as one), and
// reports whether that happened within timeout.
func waitGone(pid int, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for syscall.Kill(pid, 0) == nil {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond) // polling the process table, not waiting in its place
	}
	return true
}

func TestPoolProgress(t *testing.T) {
	pool := NewPool(2)
	defer pool.Terminate()
	var last atomic.Value
	var calls atomic.Int32
	allDone := make(chan struct{}) // closed by the report that all are done
	pool.OnProgress(func(done, total int) {
		calls.Add(1)
		last.Store([2]int{done, total})
		select { // callbacks run one at a time
		case <-allDone:
		default:
			if done == total {
				close(allDone)
			}
		}
	})
	pool.Map(sqr, Range(40), 5)
	select { // the last report may follow Map's return
	case <-allDone:
	case <-time.After(20 * time.Second):
	}
	if last.Load() != [2]int{40, 40} || calls.Load() != 8 {
		t.Fatalf("progress ended at %v after %d calls", last.Load(), calls.Load())
	}
}

func signalThenWait(started, release *Event) int {
	started.Set()
	release.Wait()
	return 1
}

// A task running when its pool is terminated fails with an error that
// wraps ErrCancelled (Python's result would never be ready), and a
// call's callback has run by the time Get returns.
func TestPoolTerminateRunningTaskAndCallbackBeforeGet(t *testing.T) {
	pool := NewPool(1)
	var got atomic.Value
	r := pool.ApplyAsync(sqr, Args(7), Callback(func(v any) { got.Store(v) }))
	if v := r.Get(); v != 49 || got.Load() != 49 {
		t.Fatalf("Get returned %v with the callback's value %v", v, got.Load())
	}
	started, release := NewEvent(), NewEvent()
	running := pool.ApplyAsync(signalThenWait, Args(started, release))
	started.Wait()
	pool.Terminate()
	if _, err := running.GetTimeout(time.Hour); !errors.Is(err, ErrCancelled) {
		t.Fatalf("the running task after Terminate: %v", err)
	}
}
