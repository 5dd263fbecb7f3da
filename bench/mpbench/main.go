// Command mpbench runs one mpkit measurement as a compiled program and
// prints its result as one line of JSON. The bench driver (go run ./bench)
// runs it side by side with bench/python/mp_bench.py, which measures the
// same things with Python's multiprocessing.
//
//	mpbench start [-n 200] [-spares K]  Process start+join of an empty target
//	mpbench queue [-n 100000]   a child puts n small ints, the parent gets them
//	mpbench poolcreate          NewPool(2), and until both workers answered
//	mpbench poolmap [-n 100000] Pool(2).Map of x*x, default chunksize
//	mpbench poolsleep           Pool(2).Map of 10 tasks sleeping 0.1 s
//	mpbench poolrss             resident memory of one pool worker
//	mpbench lock [-n 1000000]   Lock acquire+release in one process
//	mpbench lockcontend [-n 200000]  the same, 2 processes contending
//	mpbench value [-n 200000]   2 processes add 1 to a Value n times each, under its lock
//	mpbench pipe [-n 10000]     Pipe round trips of an int to an echoing child
//	mpbench array [-n 1000000]  a child sums a shared Array of n float64s
//
// Times are in nanoseconds.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	mp "github.com/goteach/goteach/mpkit"
)

// Targets: top-level funcs, run in child processes.

func empty() {}

func producer(q *mp.Queue, n int) {
	for i := range n {
		q.Put(i)
	}
}

func square(x int) int { return x * x }

func nap(x int) int {
	time.Sleep(100 * time.Millisecond)
	return x
}

func hammer(l *mp.Lock, n int, start *mp.Event) {
	start.Wait()
	for range n {
		l.Acquire()
		l.Release()
	}
}

func increment(v *mp.Value, n int, start *mp.Event) {
	start.Wait()
	l := v.GetLock()
	for range n {
		l.Lock()
		v.SetInt(v.Int() + 1)
		l.Unlock()
	}
}

func echo(c *mp.Connection) {
	for {
		x, err := c.Recv()
		if err != nil || x == nil {
			return
		}
		c.Send(x)
	}
}

// sumView sums the array through its []float64 view of the shared memory.
func sumView(a *mp.Array, q *mp.Queue) {
	t := time.Now()
	s := 0.0
	for _, x := range a.Float64s() {
		s += x
	}
	q.Put([]float64{s, float64(time.Since(t).Nanoseconds())})
}

// sumItems sums the array item by item through the accessor.
func sumItems(a *mp.Array, q *mp.Queue) {
	t := time.Now()
	s := 0.0
	for i, n := 0, a.Len(); i < n; i++ {
		s += a.Float(i)
	}
	q.Put([]float64{s, float64(time.Since(t).Nanoseconds())})
}

type result map[string]any

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: mpbench MEASUREMENT [-n N]")
		os.Exit(2)
	}
	name := os.Args[1]
	fs := flag.NewFlagSet(name, flag.ExitOnError)
	n := fs.Int("n", 0, "iterations (0: the measurement's default)")
	spares := fs.Int("spares", 0, "for start: keep this many children started ahead (SetSpares)")
	fs.Parse(os.Args[2:])
	count := func(def int) int {
		if *n > 0 {
			return *n
		}
		return def
	}
	var r result
	switch name {
	case "start":
		r = measureStart(count(200), *spares)
	case "queue":
		r = measureQueue(count(100_000))
	case "poolcreate":
		r = measurePoolCreate()
	case "poolmap":
		r = measurePoolMap(count(100_000))
	case "poolsleep":
		r = measurePoolSleep()
	case "poolrss":
		r = measurePoolRSS()
	case "lock":
		r = measureLock(count(1_000_000))
	case "lockcontend":
		r = measureLockContend(count(200_000))
	case "value":
		r = measureValue(count(200_000))
	case "pipe":
		r = measurePipe(count(10_000))
	case "array":
		r = measureArray(count(1_000_000))
	case "loop":
		r = measureLoop(count(100_000_000))
	case "loopchain":
		r = measureChain(count(100_000_000))
	default:
		fmt.Fprintf(os.Stderr, "mpbench: unknown measurement %q\n", name)
		os.Exit(2)
	}
	if err := json.NewEncoder(os.Stdout).Encode(r); err != nil {
		fmt.Fprintln(os.Stderr, "mpbench:", err)
		os.Exit(1)
	}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func ns(d time.Duration) float64 { return float64(d.Nanoseconds()) }

func measureStart(n, spares int) result {
	if spares > 0 {
		mp.SetSpares(spares)
	}
	p := mp.NewProcess(empty) // warm-up
	p.Start()
	p.Join()
	each := make([]float64, n)
	t0 := time.Now()
	for i := range n {
		t := time.Now()
		p := mp.NewProcess(empty)
		p.Start()
		p.Join()
		each[i] = ns(time.Since(t))
		if code, _ := p.ExitCode(); code != 0 {
			fail("start: child exit code %d", code)
		}
	}
	return result{"median_ns": median(each), "mean_ns": ns(time.Since(t0)) / float64(n), "n": n, "spares": spares}
}

func measureQueue(n int) result {
	q := mp.NewQueue()
	t := time.Now()
	p := mp.NewProcess(producer, q, n)
	p.Start()
	sum := 0
	for range n {
		sum += q.Get().(int)
	}
	got := time.Since(t)
	p.Join()
	if want := n * (n - 1) / 2; sum != want {
		fail("queue: checksum %d, want %d", sum, want)
	}
	return result{"per_item_ns": ns(got) / float64(n), "total_ns": ns(time.Since(t)), "n": n}
}

func measurePoolCreate() result {
	t := time.Now()
	pool := mp.NewPool(2)
	created := time.Since(t)
	pool.Map(square, mp.Range(2), 1)
	ready := time.Since(t)
	t = time.Now()
	pool.Close()
	pool.Join()
	return result{"create_ns": ns(created), "first_map_ns": ns(ready), "close_join_ns": ns(time.Since(t))}
}

// warmPool is a Pool(2) whose workers have both run a task.
func warmPool() *mp.Pool {
	pool := mp.NewPool(2)
	pool.Map(square, mp.Range(2), 1)
	return pool
}

func measurePoolMap(n int) result {
	pool := warmPool()
	defer pool.Terminate()
	t := time.Now()
	r := pool.Map(square, mp.Range(n)).([]int)
	d := time.Since(t)
	sum := 0
	for _, x := range r {
		sum += x
	}
	if want := (n - 1) * n * (2*n - 1) / 6; sum != want || len(r) != n {
		fail("poolmap: sum %d of %d results, want %d of %d", sum, len(r), want, n)
	}
	return result{"total_ns": ns(d), "per_item_ns": ns(d) / float64(n), "n": n}
}

func measurePoolSleep() result {
	pool := warmPool()
	defer pool.Terminate()
	t := time.Now()
	r := pool.Map(nap, mp.Range(10)).([]int)
	d := time.Since(t)
	if len(r) != 10 || r[9] != 9 {
		fail("poolsleep: results %v", r)
	}
	return result{"total_ns": ns(d)}
}

func measurePoolRSS() result {
	pool := mp.NewPool(1)
	defer pool.Terminate()
	pool.Map(square, mp.Range(1000))
	pids := pool.Pids()
	if len(pids) != 1 {
		fail("poolrss: pids %v", pids)
	}
	return result{"worker_rss_kb": rssKB(pids[0]), "parent_rss_kb": rssKB(os.Getpid())}
}

// rssKB reads VmRSS of a process from /proc, in KiB.
func rssKB(pid int) float64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		fail("read RSS: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(rest)
			kb, _ := strconv.ParseFloat(f[0], 64)
			return kb
		}
	}
	fail("no VmRSS for pid %d", pid)
	return 0
}

func measureLock(n int) result {
	l := mp.NewLock()
	t := time.Now()
	for range n {
		l.Acquire()
		l.Release()
	}
	pair := ns(time.Since(t)) / float64(n)
	t = time.Now()
	for range n {
		l.Lock()
		//lint:ignore SA2001 the cost of an uncontended lock/unlock pair is what is measured
		l.Unlock()
	}
	return result{"pair_ns": pair, "lock_unlock_pair_ns": ns(time.Since(t)) / float64(n), "n": n}
}

// twoProcesses runs target(obj, n, start) in two children, releases them
// together and returns the time until both have finished.
func twoProcesses(target, obj any, n int) time.Duration {
	start := mp.NewEvent()
	ps := []*mp.Process{mp.NewProcess(target, obj, n, start), mp.NewProcess(target, obj, n, start)}
	for _, p := range ps {
		p.Start()
	}
	time.Sleep(200 * time.Millisecond) // both children are waiting on the event
	t := time.Now()
	start.Set()
	for _, p := range ps {
		p.Join()
		if code, _ := p.ExitCode(); code != 0 {
			fail("child exit code %d", code)
		}
	}
	return time.Since(t)
}

func measureLockContend(n int) result {
	d := twoProcesses(hammer, mp.NewLock(), n)
	return result{"pair_ns": ns(d) / float64(2*n), "total_ns": ns(d), "n_per_process": n}
}

func measureValue(n int) result {
	v := mp.NewValue("i", 0)
	d := twoProcesses(increment, v, n)
	if v.Int() != 2*n {
		fail("value: final %d, want %d", v.Int(), 2*n)
	}
	return result{"per_increment_ns": ns(d) / float64(2*n), "total_ns": ns(d), "final": v.Int(), "n_per_process": n}
}

func measurePipe(n int) result {
	a, b := mp.Pipe()
	p := mp.NewProcess(echo, b)
	p.Start()
	a.Send(-1) // warm-up
	a.Recv()
	t := time.Now()
	for i := range n {
		a.Send(i)
		x, err := a.Recv()
		if err != nil || x.(int) != i {
			fail("pipe: got %v, %v for %d", x, err, i)
		}
	}
	d := time.Since(t)
	a.Send(nil)
	p.Join()
	return result{"roundtrip_ns": ns(d) / float64(n), "n": n}
}

func measureArray(n int) result {
	t := time.Now()
	a := mp.NewArray("d", n)
	alloc := time.Since(t)
	t = time.Now()
	view := a.Float64s()
	for i := range view {
		view[i] = float64(i)
	}
	fill := time.Since(t)
	want := float64(n) * float64(n-1) / 2
	r := result{"alloc_ns": ns(alloc), "fill_ns": ns(fill)}
	q := mp.NewQueue()
	for _, m := range []struct {
		name   string
		target func(*mp.Array, *mp.Queue)
	}{{"view", sumView}, {"items", sumItems}} {
		t := time.Now()
		p := mp.NewProcess(m.target, a, q)
		p.Start()
		got := q.Get().([]float64)
		p.Join()
		if got[0] != want {
			fail("array %s: sum %v, want %v", m.name, got[0], want)
		}
		r[m.name+"_sum_ns"] = got[1]
		r[m.name+"_start_to_join_ns"] = ns(time.Since(t))
	}
	return r
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "mpbench: "+format+"\n", args...)
	os.Exit(1)
}

// intLoop is the loop the kernel's %%compile benchmark runs, as a
// compiled program runs it (go run).
//
//go:noinline
func intLoop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i & 1023
	}
	return s
}

// chainLoop is the kernel's %%compile benchmark loop whose time is that
// of its multiply-add chain, wherever the linker places it.
//
//go:noinline
func chainLoop(n int) int {
	x := 1
	for i := 0; i < n; i++ {
		x = (x*31 + i) & 0xFFFFFFFF
	}
	return x
}

func measureChain(n int) result {
	t := time.Now()
	x := chainLoop(n)
	return result{"loop_ns": time.Since(t).Nanoseconds(), "steps": n, "result": x}
}

func measureLoop(n int) result {
	t := time.Now()
	s := intLoop(n)
	return result{"loop_ns": time.Since(t).Nanoseconds(), "steps": n, "sum": s}
}
