package mpkit

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func putRange(q *Queue, from, to int) {
	for i := from; i < to; i++ {
		q.Put(i)
	}
}

func drainJoinable(q *JoinableQueue, out *Queue) {
	for {
		v := q.Get()
		if v == nil {
			q.TaskDone()
			return
		}
		out.Put(v.(int) * 2)
		q.TaskDone()
	}
}

func TestQueueBoundedTimeouts(t *testing.T) {
	q := NewQueue(6)
	for i := 0; i < 6; i++ {
		q.Put(i)
	}
	if !q.Full() || q.Qsize() != 6 {
		t.Fatalf("full=%v qsize=%d", q.Full(), q.Qsize())
	}
	if err := q.PutNowait(7); !errors.Is(err, ErrFull) {
		t.Fatalf("PutNowait on a full queue: %v", err)
	}
	start := time.Now()
	if err := q.PutTimeout(7, 200*time.Millisecond); !errors.Is(err, ErrFull) {
		t.Fatalf("PutTimeout: %v", err)
	}
	if el := time.Since(start); el < 150*time.Millisecond {
		t.Fatalf("PutTimeout(200ms) returned after %v", el)
	}
	for i := 0; i < 6; i++ {
		if v := q.Get(); v != i {
			t.Fatalf("got %v, want %d", v, i)
		}
	}
	if _, err := q.GetNowait(); !errors.Is(err, ErrEmpty) {
		t.Fatalf("GetNowait on empty: %v", err)
	}
	start = time.Now()
	if _, err := q.GetTimeout(200 * time.Millisecond); !errors.Is(err, ErrEmpty) {
		t.Fatalf("GetTimeout: %v", err)
	}
	if el := time.Since(start); el < 150*time.Millisecond {
		t.Fatalf("GetTimeout(200ms) returned after %v", el)
	}
}

func TestQueueQsizeAndValues(t *testing.T) {
	q := NewQueue()
	var sizes []int
	q.Put("a")
	sizes = append(sizes, q.Qsize())
	q.Put([]float64{1, 2})
	sizes = append(sizes, q.Qsize())
	q.Put(map[string]int{"x": 1})
	if got := fmt.Sprintln(q.Get(), q.Get(), q.Get(), sizes, q.Qsize(), q.Empty()); got != "a [1 2] map[x:1] [1 2] 0 true\n" {
		t.Fatal(got)
	}
}

func TestQueueFIFOAcrossProcesses(t *testing.T) {
	q := NewQueue()
	putRange(q, 0, 10)
	p := &Process{Target: putRange, Args: Args(q, 10, 20)}
	p.Start()
	p.Join()
	for i := 0; i < 20; i++ {
		v, err := q.GetTimeout(5 * time.Second)
		if err != nil || v != i {
			t.Fatalf("item %d: %v %v", i, v, err)
		}
	}
	if _, err := q.GetTimeout(50 * time.Millisecond); !errors.Is(err, ErrEmpty) {
		t.Fatal("queue should be empty")
	}
}

func TestQueueThroughputChildToParent(t *testing.T) {
	const n = 100000
	q := NewQueue()
	p := &Process{Target: putRange, Args: Args(q, 0, n)}
	start := time.Now()
	p.Start()
	sum := 0
	for i := 0; i < n; i++ {
		sum += q.Get().(int)
	}
	p.Join()
	if sum != n*(n-1)/2 {
		t.Fatalf("sum %d", sum)
	}
	t.Logf("%d items child→parent: %v per item", n, time.Since(start)/n)
}

func TestJoinableQueue(t *testing.T) {
	q := NewJoinableQueue()
	out := NewQueue()
	var ps []*Process
	for i := 0; i < 2; i++ {
		p := &Process{Target: drainJoinable, Args: Args(q, out)}
		p.Start()
		ps = append(ps, p)
	}
	for i := 0; i < 10; i++ {
		q.Put(i)
	}
	q.Join()
	if out.Qsize() != 10 {
		t.Fatalf("%d results after Join", out.Qsize())
	}
	q.Put(nil)
	q.Put(nil)
	for _, p := range ps {
		p.Join()
	}
	mustMisuse(t, "too many times", q.TaskDone)
}

func TestQueueClosedAndSimple(t *testing.T) {
	q := NewQueue()
	q.Put(1)
	q.Close()
	mustMisuse(t, "closed", func() { q.Put(2) })
	mustMisuse(t, "closed", func() { q.Get() })
	s := NewSimpleQueue()
	if !s.Empty() {
		t.Fatal("new SimpleQueue not empty")
	}
	p := &Process{Target: putRange, Args: Args(s.Queue, 0, 3)}
	p.Start()
	p.Join()
	if got := fmt.Sprint(s.Get(), s.Get(), s.Get()); got != "0 1 2" {
		t.Fatal(got)
	}
	mustMisuse(t, "cannot travel", func() { q2 := NewQueue(); q2.Put(NewQueue()) })
}

func TestQueueLargeItem(t *testing.T) {
	q := NewQueue()
	big := make([]byte, 3<<20)
	for i := range big {
		big[i] = byte(i)
	}
	go q.Put(big)
	got := q.Get().([]byte)
	if len(got) != len(big) || got[12345] != big[12345] || got[len(got)-1] != big[len(big)-1] {
		t.Fatal("large item corrupted")
	}
}
