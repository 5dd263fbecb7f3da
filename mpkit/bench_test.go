package mpkit_test

// Micro-benchmarks of the primitives, each across real processes:
//
//	go test -run '^$' -bench . ./mpkit
//
// The side-by-side comparison with Python is go run ./bench; these are for
// profiling one primitive (-cpuprofile) and for following it over time.

import (
	"testing"
	"time"

	mp "github.com/goteach/goteach/mpkit"
)

// Targets: top-level funcs of the test binary, run in child processes.

func benchEmpty() {}

func benchProducer(q *mp.Queue, n int) {
	for i := range n {
		q.Put(i)
	}
}

func benchSquare(x int) int { return x * x }

func benchHammer(l *mp.Lock, n int, start *mp.Event) {
	start.Wait()
	for range n {
		l.Acquire()
		l.Release()
	}
}

func benchIncrement(v *mp.Value, n int, start *mp.Event) {
	start.Wait()
	l := v.GetLock()
	for range n {
		l.Lock()
		v.SetInt(v.Int() + 1)
		l.Unlock()
	}
}

func benchEcho(c *mp.Connection) {
	for {
		x, err := c.Recv()
		if err != nil || x == nil {
			return
		}
		c.Send(x)
	}
}

func benchSumArray(a *mp.Array, q *mp.Queue) {
	s := 0.0
	for _, x := range a.Float64s() {
		s += x
	}
	q.Put(s)
}

// BenchmarkProcessStartJoin starts an empty target and waits for it.
func BenchmarkProcessStartJoin(b *testing.B) {
	for b.Loop() {
		p := mp.NewProcess(benchEmpty)
		p.Start()
		p.Join()
	}
}

// BenchmarkQueueChildToParent: a child puts b.N small ints, the parent
// gets them (the time includes the child's start).
func BenchmarkQueueChildToParent(b *testing.B) {
	q := mp.NewQueue()
	b.ResetTimer()
	p := mp.NewProcess(benchProducer, q, b.N)
	p.Start()
	sum := 0
	for range b.N {
		sum += q.Get().(int)
	}
	b.StopTimer()
	p.Join()
	if want := b.N * (b.N - 1) / 2; sum != want {
		b.Fatalf("sum %d, want %d", sum, want)
	}
}

// BenchmarkPoolMap maps x*x over 100k items on a warm Pool(2), default
// chunksize; ns/item is the figure to compare with Python.
func BenchmarkPoolMap(b *testing.B) {
	const n = 100_000
	pool := mp.NewPool(2)
	defer pool.Terminate()
	pool.Map(benchSquare, mp.Range(2), 1)
	items := mp.Range(n)
	for b.Loop() {
		if r := pool.Map(benchSquare, items).([]int); len(r) != n {
			b.Fatalf("%d results", len(r))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/item")
}

// BenchmarkPoolCreate creates a Pool(2) and closes it.
func BenchmarkPoolCreate(b *testing.B) {
	for b.Loop() {
		pool := mp.NewPool(2)
		pool.Close()
		pool.Join()
	}
}

// BenchmarkLock is an uncontended acquire+release pair.
func BenchmarkLock(b *testing.B) {
	l := mp.NewLock()
	for b.Loop() {
		l.Acquire()
		l.Release()
	}
}

// twoChildren runs target(obj, b.N/2, start) in two child processes,
// timing from their release to the end of both.
func twoChildren(b *testing.B, target, obj any) {
	start := mp.NewEvent()
	n := max(b.N/2, 1)
	ps := []*mp.Process{mp.NewProcess(target, obj, n, start), mp.NewProcess(target, obj, n, start)}
	for _, p := range ps {
		p.Start()
	}
	time.Sleep(100 * time.Millisecond) // both wait on the event
	b.ResetTimer()
	start.Set()
	for _, p := range ps {
		p.Join()
	}
	b.StopTimer()
}

// BenchmarkLockContended: two processes share b.N acquire+release pairs.
func BenchmarkLockContended(b *testing.B) {
	twoChildren(b, benchHammer, mp.NewLock())
}

// BenchmarkValueIncrement: two processes share b.N increments of a
// Value, each under the Value's lock; the final count is checked.
func BenchmarkValueIncrement(b *testing.B) {
	v := mp.NewValue("i", 0)
	twoChildren(b, benchIncrement, v)
	if want := 2 * max(b.N/2, 1); v.Int() != want {
		b.Fatalf("final %d, want %d", v.Int(), want)
	}
}

// BenchmarkPipeRoundTrip sends an int to an echoing child and receives it.
func BenchmarkPipeRoundTrip(b *testing.B) {
	a, c := mp.Pipe()
	p := mp.NewProcess(benchEcho, c)
	p.Start()
	a.Send(-1)
	a.Recv()
	i := 0
	for b.Loop() {
		a.Send(i)
		if x, err := a.Recv(); err != nil || x.(int) != i {
			b.Fatalf("got %v, %v, want %d", x, err, i)
		}
		i++
	}
	a.Send(nil)
	p.Join()
}

// BenchmarkArraySum: a child sums a shared Array of 1e6 float64s through
// its view (the time includes the child's start).
func BenchmarkArraySum(b *testing.B) {
	const n = 1_000_000
	arr := mp.NewArray("d", n)
	view := arr.Float64s()
	for i := range view {
		view[i] = float64(i)
	}
	q := mp.NewQueue()
	for b.Loop() {
		p := mp.NewProcess(benchSumArray, arr, q)
		p.Start()
		if s := q.Get().(float64); s != float64(n)*float64(n-1)/2 {
			b.Fatalf("sum %v", s)
		}
		p.Join()
	}
}
