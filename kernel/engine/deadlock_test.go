package engine

import (
	"strings"
	"testing"
)

// A cell whose goroutines all wait ends as Go ends the program, and the
// session goes on with its state.
func TestDeadlockEndsTheCell(t *testing.T) {
	s := newSession(t)
	s.run("x := 41")
	ev, _ := s.fail("ch := make(chan int)\ngo func() { ch <- 1 }()\nch <- 2")
	tb := strings.Join(ev.Traceback, "\n")
	if ev.Name != ErrFatal || ev.Value != "all goroutines are asleep - deadlock!" ||
		!strings.Contains(tb, "goroutine 1 [chan send]") || !strings.Contains(tb, "goroutine [chan send]") {
		t.Errorf("error %s: %s\n%s", ev.Name, ev.Value, tb)
	}
	s.expect("x + 1", "42")
	// The first cell's goroutines still wait; a second deadlock names its own.
	ev, _ = s.fail("var mu sync.Mutex\nmu.Lock()\nmu.Lock()")
	if tb := strings.Join(ev.Traceback, "\n"); ev.Name != ErrFatal || !strings.Contains(tb, "goroutine 1 [sync.Mutex.Lock]") {
		t.Errorf("error %s: %s\n%s", ev.Name, ev.Value, tb)
	}
}

// A timer can wake a waiting goroutine from outside the cell's
// goroutines: once a cell mentions one, no waiting cell is ended.
func TestTimersTurnTheDeadlockCheckOff(t *testing.T) {
	s := newSession(t)
	s.prints("import \"time\"\nselect {\ncase <-time.After(time.Second):\n\tfmt.Println(\"timed out\")\n}", "timed out\n")
}

func TestGoroutinesAsleep(t *testing.T) {
	frame := func(fn string) string { return fn + "(0x1)\n\t/x.go:1 +0x1\n" }
	dump := "goroutine 7 [select]:\n" + frame(interpFrame+"(*Interpreter).ExecuteWithContext") + "\n" +
		"goroutine 9 [chan send]:\n" + frame("reflect.Value.Send") + frame(interpFrame+"send.func1") +
		"created by " + interpFrame + "(*Interpreter).ExecuteWithContext in goroutine 7\n\t/x.go:1\n\n" +
		"goroutine 12 [sync.WaitGroup.Wait]:\n" + frame("sync.(*WaitGroup).Wait") + frame(interpFrame+"callBin.func1") +
		"created by " + interpFrame + "callBin in goroutine 9\n\t/x.go:1\n\n" +
		"goroutine 3 [IO wait]:\n" + frame("internal/poll.runtime_pollWait") + frame("net.(*conn).Read") + "\n\n" +
		"goroutine 4 [running]:\n" + frame(interpFrame+"runCfg") // another session's
	states, ok := goroutinesAsleep(dump, 7, nil, map[int]bool{12: true, 13: true})
	if !ok || strings.Join(states, "|") != "chan send|sync.WaitGroup.Wait" {
		t.Errorf("asleep %v %v", states, ok)
	}
	// A program goroutine of an earlier cell that still waits: the
	// cell's own has not started.
	if states, ok := goroutinesAsleep(dump, 7, map[int]bool{9: true}, map[int]bool{12: true, 13: true}); ok {
		t.Errorf("asleep %v before the cell's program goroutine started", states)
	}
	// One of the program's goroutines running, or waiting in compiled
	// code, can still wake the others.
	for _, other := range []string{
		"goroutine 13 [running]:\n" + frame(interpFrame+"runCfg"),
		"goroutine 13 [chan receive]:\n" + frame("os/signal.loop") + frame(interpFrame+"callBin.func1"),
		// Started by compiled code for the program: it counts too.
		"goroutine 20 [sleep]:\n" + frame("time.Sleep") + frame(interpFrame+"callBin.func1") +
			"created by sync.(*WaitGroup).Go in goroutine 9\n\t/x.go:1\n",
	} {
		if states, ok := goroutinesAsleep(dump+"\n"+other, 7, nil, map[int]bool{12: true, 13: true}); ok {
			t.Errorf("asleep %v with\n%s", states, other)
		}
	}
}

// A goroutine sync.WaitGroup.Go starts is the cell's: waiting for it is
// no deadlock while it computes.
func TestWaitGroupGoIsTheCells(t *testing.T) {
	s := newSession(t)
	s.prints("import \"sync\"\nvar wg sync.WaitGroup\nn := 0\nwg.Go(func() {\n\tfor i := range 20_000_000 {\n\t\tn += i & 1\n\t}\n})\nwg.Wait()\nfmt.Println(n, runtime.NumGoroutine())", "10000000 1\n")
}
