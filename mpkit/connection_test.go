package mpkit

import (
	"errors"
	"testing"
	"time"
)

func echoUpper(c *Connection) {
	for {
		v, err := c.Recv()
		if err != nil {
			return
		}
		c.Send(v.(string) + "!")
	}
}

func TestPipeAcrossProcesses(t *testing.T) {
	a, b := Pipe()
	p := &Process{Target: echoUpper, Args: Args(b)}
	p.Start()
	b.Close()
	for _, s := range []string{"x", "héllo", ""} {
		a.Send(s)
		v, err := a.Recv()
		if err != nil || v != s+"!" {
			t.Fatalf("echo of %q: %v %v", s, v, err)
		}
	}
	a.Close()
	p.Join(5 * time.Second)
	if p.IsAlive() {
		t.Fatal("child did not see EOF")
	}
}

func TestPipeSemantics(t *testing.T) {
	a, b := Pipe()
	if a.Poll() {
		t.Fatal("Poll true on an empty pipe")
	}
	start := time.Now()
	if a.Poll(100 * time.Millisecond) {
		t.Fatal("Poll(100ms) true")
	}
	if el := time.Since(start); el < 80*time.Millisecond {
		t.Fatalf("Poll(100ms) returned after %v", el)
	}
	b.Send([]any{1, 2.25, nil})
	b.SendBytes([]byte{})
	if !a.Poll(time.Second) {
		t.Fatal("Poll false with data")
	}
	v, _ := a.Recv()
	if xs := v.([]any); len(xs) != 3 || xs[0] != 1 || xs[1] != 2.25 || xs[2] != nil {
		t.Fatalf("got %#v", v)
	}
	if bs, err := a.RecvBytes(); err != nil || len(bs) != 0 {
		t.Fatalf("empty message: %v %v", bs, err)
	}
	big := make([]byte, 16<<20)
	big[len(big)-1] = 7
	go b.SendBytes(big)
	got, err := a.RecvBytes()
	if err != nil || len(got) != len(big) || got[len(got)-1] != 7 {
		t.Fatalf("16 MiB message: %d bytes, %v", len(got), err)
	}
	b.Close()
	if _, err := a.Recv(); !errors.Is(err, ErrEOF) {
		t.Fatalf("Recv after the peer closed: %v", err)
	}
	r, w := Pipe(false)
	mustMisuse(t, "read-only", func() { r.Send(1) })
	mustMisuse(t, "write-only", func() { w.Recv() })
}

// lockThenSignal holds l from when it says "locked" until it is told to
// release it.
func lockThenSignal(l *Lock, c *Connection) {
	l.Acquire()
	c.Send("locked")
	c.Recv()
	l.Release()
}

func TestPipeCarriesHandles(t *testing.T) {
	a, b := Pipe()
	l := NewLock()
	a.Send(l)
	v, err := b.Recv()
	if err != nil {
		t.Fatal(err)
	}
	l2 := v.(*Lock)
	p := &Process{Target: lockThenSignal, Args: Args(l2, a)}
	p.Start()
	if v, _ := b.Recv(); v != "locked" {
		t.Fatal(v)
	}
	if l.TryAcquire() {
		t.Fatal("the lock sent through the pipe is not the same lock")
	}
	b.Send("release")
	l.Acquire()
	l.Release()
	p.Join()
}
