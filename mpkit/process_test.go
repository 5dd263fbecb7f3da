package mpkit

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/goteach/goteach/mpkit/internal/shm"
)

// Targets run in child processes: top-level funcs of the test binary.

func reportPid(q *Queue) { q.Put(os.Getpid()) }

func reportIdentity(q *Queue, a int, s string, xs []float64) {
	q.Put(fmt.Sprintf("%s|%d|%d|%s|%v|%s", CurrentProcess().Name, os.Getpid(), a, s, xs, ParentProcess().Name))
}

func sleepFor(ms int) { time.Sleep(time.Duration(ms) * time.Millisecond) }

func exitWith(code int) { os.Exit(code) }

func panicWith(msg string) { panic(msg) }

func nothing() {}

type point struct {
	X, Y int
	Tag  string
}

func echoPoint(q *Queue, p point, m map[string][]int) { q.Put(fmt.Sprintf("%+v %v", p, m)) }

func startNested(q *Queue) {
	p := &Process{Target: reportIdentity, Args: Args(q, 7, "inner", []float64{1})}
	p.Start()
	p.Join()
}

func mustMisuse(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil {
			t.Fatalf("no panic; want one mentioning %q", want)
		}
		var e *Error
		err, _ := r.(error)
		if !errors.As(err, &e) {
			t.Fatalf("panic value %T (%v) is not an *mpkit.Error", r, r)
		}
		if !strings.Contains(e.Error(), want) {
			t.Fatalf("panic %q does not mention %q", e.Error(), want)
		}
	}()
	f()
}

func TestProcessLifecycle(t *testing.T) {
	q := NewQueue()
	p := &Process{Target: reportPid, Args: Args(q)}
	if p.IsAlive() {
		t.Fatal("alive before start")
	}
	if _, ok := p.ExitCode(); ok {
		t.Fatal("exit code before start")
	}
	p.Start()
	if p.Pid() == 0 || p.Pid() == os.Getpid() {
		t.Fatalf("child pid %d (ours %d)", p.Pid(), os.Getpid())
	}
	got := q.Get()
	p.Join()
	if got != p.Pid() {
		t.Fatalf("os.Getpid() in the child = %v, Pid() = %d", got, p.Pid())
	}
	if code, ok := p.ExitCode(); !ok || code != 0 {
		t.Fatalf("exit code %d %v", code, ok)
	}
	if p.IsAlive() {
		t.Fatal("alive after join")
	}
	for _, c := range ActiveChildren() {
		if c == p {
			t.Fatal("joined process still in ActiveChildren")
		}
	}
	mustMisuse(t, "cannot start a process twice", p.Start)
}

func TestProcessArgsNamesParent(t *testing.T) {
	q := NewQueue()
	p := &Process{Target: reportIdentity, Args: Args(q, 42, "héllo", []float64{1.5, 2}), Name: "worker-a"}
	p.Start()
	got := q.Get().(string)
	p.Join()
	want := fmt.Sprintf("worker-a|%d|42|héllo|[1.5 2]|MainProcess", p.Pid())
	if got != want {
		t.Fatalf("child saw %q, want %q", got, want)
	}
	p2 := NewProcess(echoPoint, q, point{1, 2, "t"}, map[string][]int{"a": {1}})
	if !strings.HasPrefix(p2.Name, "Process-") {
		t.Fatalf("default name %q", p2.Name)
	}
	p2.Start()
	if got := q.Get(); got != "{X:1 Y:2 Tag:t} map[a:[1]]" {
		t.Fatalf("struct argument arrived as %q", got)
	}
	p2.Join()
}

func TestProcessNested(t *testing.T) {
	q := NewQueue()
	p := &Process{Target: startNested, Args: Args(q), Name: "outer"}
	p.Start()
	got := q.Get().(string)
	p.Join()
	// Python numbers a grandchild after its parent's number, not its
	// name: Process-N:1.
	if !strings.HasPrefix(got, "Process-") || !strings.Contains(got, ":1|") || !strings.HasSuffix(got, "|7|inner|[1]|outer") {
		t.Fatalf("grandchild reported %q", got)
	}
}

func TestProcessExitCodes(t *testing.T) {
	cases := []struct {
		target any
		args   []any
		want   int
		sig    syscall.Signal
	}{
		{nothing, nil, 0, 0},
		{exitWith, Args(8), 8, 0},
		{panicWith, Args("boom"), 1, 0},
		{sleepFor, Args(10000), -15, syscall.SIGTERM},
		{sleepFor, Args(10000), -9, syscall.SIGKILL},
	}
	for _, c := range cases {
		p := &Process{Target: c.target, Args: c.args}
		p.Start()
		switch c.sig {
		case syscall.SIGTERM:
			p.Terminate()
		case syscall.SIGKILL:
			p.Kill()
		}
		p.Join(5 * time.Second)
		code, ok := p.ExitCode()
		if !ok || code != c.want {
			t.Errorf("%v%v: exit code %d (%v), want %d", c.target, c.args, code, ok, c.want)
		}
	}
}

func TestProcessJoinTimeoutAndClose(t *testing.T) {
	release := NewEvent() // the child runs until it is set
	p := &Process{Target: waitOn, Args: Args(release)}
	mustMisuse(t, "can only join a started process", func() { p.Join() })
	p.Start()
	start := time.Now()
	p.Join(0)
	p.Join(50 * time.Millisecond)
	if el := time.Since(start); el < 40*time.Millisecond {
		t.Fatalf("Join(50ms) took %v", el)
	}
	if !p.IsAlive() {
		t.Fatal("process should still run")
	}
	mustMisuse(t, "still running", p.Close)
	release.Set()
	p.Join()
	p.Close()
	p.Close()
	mustMisuse(t, "closed", func() { p.IsAlive() })
}

func TestProcessRefusesClosuresAndBadArgs(t *testing.T) {
	n := 3
	mustMisuse(t, "top-level func", func() {
		(&Process{Target: func() { fmt.Println(n) }}).Start()
	})
	var g greeter
	mustMisuse(t, "top-level func", func() { (&Process{Target: g.Hello}).Start() })
	mustMisuse(t, "argument 1 cannot travel", func() {
		(&Process{Target: sleepFor, Args: Args(make(chan int))}).Start()
	})
	mustMisuse(t, "takes 1 arguments, got 2", func() {
		(&Process{Target: sleepFor, Args: Args(1, 2)}).Start()
	})
}

type greeter struct{}

func (greeter) Hello() {}

func openFDs(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc")
	}
	return len(ents)
}

func rssKB(t *testing.T) int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc")
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			var kb int
			fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(line, "VmRSS:")), "%d", &kb)
			return kb
		}
	}
	return 0
}

func TestManySequentialStartsLeakNothing(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 100
	}
	run := func() {
		p := &Process{Target: nothing}
		p.Start()
		p.Join()
		p.Close()
	}
	for i := 0; i < 50; i++ {
		run()
	}
	runtime.GC()
	fds, rss := openFDs(t), rssKB(t)
	start := time.Now()
	for i := 0; i < n; i++ {
		run()
	}
	runtime.GC()
	fds2, rss2 := openFDs(t), rssKB(t)
	t.Logf("%d starts in %v; fds %d → %d; RSS %d → %d kB", n, time.Since(start), fds, fds2, rss, rss2)
	if fds2 > fds+4 {
		t.Fatalf("open fds grew from %d to %d over %d starts", fds, fds2, n)
	}
	if rss2 > rss+16*1024 {
		t.Fatalf("RSS grew from %d kB to %d kB over %d starts", rss, rss2, n)
	}
}

func TestManyProcessesTerminated(t *testing.T) {
	var ps []*Process
	for i := 0; i < 30; i++ {
		p := &Process{Target: sleepFor, Args: Args(10000)}
		p.Start()
		ps = append(ps, p)
	}
	for _, p := range ps {
		p.Terminate()
	}
	for _, p := range ps {
		p.Join()
		if code, _ := p.ExitCode(); code != -15 {
			t.Fatalf("exit code %d, want -15", code)
		}
	}
}

func TestCancelSinceStopsProcesses(t *testing.T) {
	m := NewMark()
	p := &Process{Target: sleepFor, Args: Args(10000)}
	p.Start()
	CancelSince(m, time.Second)
	if p.IsAlive() {
		t.Fatal("process survived CancelSince")
	}
}

func TestRange(t *testing.T) {
	if got := fmt.Sprint(Range(5), Range(2, 5), Range(0, 10, 3), Range(5, 0, -2)); got != "[0 1 2 3 4] [2 3 4] [0 3 6 9] [5 3 1]" {
		t.Fatal(got)
	}
}

// startedThenSleep says it has started, then sleeps ms.
func startedThenSleep(started *Event, ms int) {
	started.Set()
	time.Sleep(time.Duration(ms) * time.Millisecond)
}

// putWhenGone says it has started, then puts "done" once process pid is
// gone: its work ends only after its parent has ended pid.
func putWhenGone(started *Event, q *Queue, pid int) {
	started.Set()
	if exited, err := shm.WaitExit(pid, time.Minute); !exited {
		q.Put(fmt.Sprintf("process %d still there after a minute (%v)", pid, err))
		return
	}
	q.Put("done")
}

// JoinChildren ends a program as Python does: daemon children are
// terminated, the others finish their work, pools are terminated.
func TestJoinChildrenAsPythonAtExit(t *testing.T) {
	q := NewQueue()
	daemonUp, workerUp := NewEvent(), NewEvent()
	daemon := NewProcess(startedThenSleep, daemonUp, 60000)
	daemon.Daemon = true
	daemon.Start()
	// The worker is still at work when JoinChildren starts: it finishes
	// only once JoinChildren has terminated the daemon.
	worker := NewProcess(putWhenGone, workerUp, q, daemon.Pid())
	worker.Start()
	pool := NewPool(1)
	poolPids := pool.Pids()
	if !daemonUp.Wait(20*time.Second) || !workerUp.Wait(20*time.Second) {
		t.Fatal("a child did not start its work within 20s")
	}
	JoinChildren()
	if code, ok := worker.ExitCode(); !ok || code != 0 {
		t.Fatalf("the non-daemon child: exit code %d, finished %v", code, ok)
	}
	if got := q.Get(); got != "done" {
		t.Fatalf("the non-daemon child's work: %v", got)
	}
	if code, ok := daemon.ExitCode(); !ok || code != -int(syscall.SIGTERM) {
		t.Fatalf("the daemon child: exit code %d, finished %v", code, ok)
	}
	for _, pid := range poolPids {
		if syscall.Kill(pid, 0) == nil {
			if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); err == nil && !strings.Contains(string(b), ") Z") {
				t.Fatalf("pool worker %d still runs", pid)
			}
		}
	}
	if n := len(ActiveChildren()); n != 0 {
		t.Fatalf("%d children left", n)
	}
}
