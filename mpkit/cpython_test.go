package mpkit

// Behaviours of CPython's own multiprocessing tests, each run twice in
// the same test: the Python original under the machine's CPython (fork
// start method), then the Go translation on real processes. Both print
// lines; the lines, normalised (process numbers, pids), must be equal.

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/goteach/goteach/internal/oracle"
)

// pyHead starts every oracle program: the fork start method, as mpkit's.
const pyHead = `
import multiprocessing as mp, os, sys, queue, time
`

// pyOut collects the Go side's lines, printing values as Python does.
type pyOut struct{ lines []string }

func (o *pyOut) p(xs ...any) {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = pyStr(x)
	}
	o.lines = append(o.lines, strings.Join(parts, " "))
}

// pyStr prints x as Python's print would print its counterpart.
func pyStr(x any) string {
	switch v := x.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *Process:
		if v == nil {
			return "None"
		}
	case []int:
		s := make([]string, len(v))
		for i, n := range v {
			s[i] = fmt.Sprint(n)
		}
		return "[" + strings.Join(s, ", ") + "]"
	}
	return fmt.Sprint(x)
}

// exitcode is p.exitcode: None while the process runs.
func exitcode(p *Process) any {
	if c, ok := p.ExitCode(); ok {
		return c
	}
	return nil
}

// raises runs f and names what Python would raise for what it did: the
// panic of an *Error is Python's ValueError/AssertionError (both are
// misuse here), returned errors are named by the sentinel they wrap.
func raises(f func() error) (name string) {
	defer func() {
		if r := recover(); r != nil {
			var e *Error
			if err, ok := r.(error); ok && errors.As(err, &e) {
				name = "misuse"
				return
			}
			name = fmt.Sprintf("panic %v", r)
		}
	}()
	switch err := f(); {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrEmpty):
		return "Empty"
	case errors.Is(err, ErrFull):
		return "Full"
	case errors.Is(err, ErrTimeout):
		return "TimeoutError"
	case errors.Is(err, ErrEOF):
		return "EOFError"
	case errors.Is(err, ErrClosed):
		return "closed"
	default:
		return "error " + err.Error()
	}
}

var (
	processNumber = regexp.MustCompile(`Process-\d+`)
	pidField      = regexp.MustCompile(`pid=\d+`)
)

// sameAsCPython runs the oracle program and compares its lines with the
// Go side's, after norm (when given) on both.
func sameAsCPython(t *testing.T, script string, got *pyOut, norm func([]string) []string) {
	t.Helper()
	want := strings.Split(strings.TrimRight(oracle.Python(t, pyHead+script), "\n"), "\n")
	g := got.lines
	if norm != nil {
		want, g = norm(want), norm(g)
	}
	if strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Fatalf("mpkit:\n%s\n--- CPython:\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
	}
}

// anyProcessNumber hides which Process-N a line names.
func anyProcessNumber(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = pidField.ReplaceAllString(processNumber.ReplaceAllString(l, "Process-N"), "pid=PID")
	}
	return out
}

func waitOn(e *Event) { e.Wait() }

func reportSelf(q *Queue, a int, s string) {
	me := CurrentProcess()
	q.Put(fmt.Sprintf("%d %s %s %d %s", a, s, me.Name, os.Getpid(), ParentProcess().Name))
}

func failWithPanic() { panic("boom") }

// Process states before start, while running, after join; arguments and
// the child's view of itself; join(0) and join(-1) on a running child;
// exit codes of a normal exit, an exit status, an uncaught failure,
// terminate and kill; close and what it forbids (behaviours 1, 2, 5, 6,
// 8, 9, 10).
func TestProcessLifecycleAsCPython(t *testing.T) {
	script := `
def wait_on(e): e.wait()
def report_self(q, a, s):
    me = mp.current_process()
    q.put("%d %s %s %d %s" % (a, s, me.name, os.getpid(), mp.parent_process().name))
def fail(): raise ValueError("boom")
def sleeper(): time.sleep(60)
def state(p): return "%s %s %s" % (p.is_alive(), p.exitcode, p in mp.active_children())
def raises(f):
    try:
        f()
        return "ok"
    except (ValueError, AssertionError):
        return "misuse"
if __name__ == "__main__":
    mp.set_start_method("fork")
    print(mp.current_process().name, mp.parent_process())
    e = mp.Event()
    p = mp.Process(target=wait_on, args=(e,))
    print(state(p))
    p.start()
    print(state(p))
    p.join(0); p.join(-1)
    print(state(p))
    e.set(); p.join()
    print(state(p))
    q = mp.Queue()
    p = mp.Process(target=report_self, args=[q, 42, "x"], name="w1")
    p.start()
    a, s, name, pid, parent = q.get().split()
    p.join()
    print(a, s, name, int(pid) == p.pid, parent)
    for target, args in ((sys.exit, (0,)), (sys.exit, (8,)), (sys.exit, (True,)), (fail, ())):
        p = mp.Process(target=target, args=args)
        sys.stderr = open(os.devnull, "w")
        p.start(); p.join()
        sys.stderr = sys.__stderr__
        print(p.exitcode)
    for stop in ("terminate", "kill"):
        p = mp.Process(target=sleeper)
        p.start()
        getattr(p, stop)()
        p.join()
        print(stop, p.exitcode, p.is_alive())
    p = mp.Process(target=wait_on, args=(e,))
    e.clear()
    p.start()
    print("close running", raises(p.close))
    e.set(); p.join()
    print("close", raises(p.close), raises(p.close))
    print("after close", raises(p.is_alive), raises(p.join), raises(p.terminate))
`
	var o pyOut
	o.p(CurrentProcess().Name, ParentProcess())
	state := func(p *Process) {
		in := false
		for _, c := range ActiveChildren() {
			in = in || c == p
		}
		o.p(p.IsAlive(), exitcode(p), in)
	}
	e := NewEvent()
	p := &Process{Target: waitOn, Args: Args(e)}
	state(p)
	p.Start()
	state(p)
	p.Join(0)
	p.Join(-time.Second)
	state(p)
	e.Set()
	p.Join()
	state(p)
	q := NewQueue()
	p = &Process{Target: reportSelf, Args: Args(q, 42, "x"), Name: "w1"}
	p.Start()
	var a, pid int
	var s, name, parent string
	fmt.Sscan(q.Get().(string), &a, &s, &name, &pid, &parent)
	p.Join()
	o.p(a, s, name, pid == p.Pid(), parent)
	for _, c := range []struct {
		target any
		args   []any
	}{{exitWith, Args(0)}, {exitWith, Args(8)}, {exitWith, Args(1)}, {failWithPanic, nil}} {
		p := &Process{Target: c.target, Args: c.args}
		p.Start()
		p.Join()
		o.p(exitcode(p))
	}
	for _, stop := range []string{"terminate", "kill"} {
		p := &Process{Target: sleepFor, Args: Args(60000)}
		p.Start()
		if stop == "terminate" {
			p.Terminate()
		} else {
			p.Kill()
		}
		p.Join()
		o.p(stop, exitcode(p), p.IsAlive())
	}
	e.Clear()
	p = &Process{Target: waitOn, Args: Args(e)}
	p.Start()
	do := func(f func()) string { return raises(func() error { f(); return nil }) }
	o.p("close running", do(p.Close))
	e.Set()
	p.Join()
	o.p("close", do(p.Close), do(p.Close))
	o.p("after close", do(func() { p.IsAlive() }), do(func() { p.Join() }), do(p.Terminate))
	sameAsCPython(t, script, &o, nil)
}

func reportName(q *Queue) {
	q.Put(CurrentProcess().Name + " " + ParentProcess().Name)
}

func startReportName(q *Queue) {
	p := &Process{Target: reportName, Args: Args(q)}
	p.Start()
	p.Join()
}

// Every Process made takes a number from one counter, named or not; one
// without a name is Process-N, a name given is kept, and the child sees
// its name and its parent's; a child's children are Process-N:M after
// the child's number, not its name (behaviours 2 and 4). A Process
// literal is numbered at its first method call, Python's at its
// construction: the two agree when a program uses its processes in the
// order it makes them, as here.
func TestProcessNamesAsCPython(t *testing.T) {
	script := `
def report_name(q): q.put(mp.current_process().name + " " + mp.parent_process().name)
def start_report_name(q):
    p = mp.Process(target=report_name, args=(q,)); p.start(); p.join()
def show(p): print(repr(p).replace("parent=%d" % os.getpid(), "parent=PARENT"))
if __name__ == "__main__":
    mp.set_start_method("fork")
    q = mp.Queue()
    p1 = mp.Process(target=report_name, args=(q,))
    print(p1.name)
    p2 = mp.Process(target=report_name, args=(q,), name="w1")
    show(p2)
    p3 = mp.Process(target=report_name, args=(q,))
    print(p3.is_alive(), p3.name, p2.name)
    show(p3)
    for p in (p3, p2, p1):
        p.start(); print(q.get()); p.join()
    p4 = mp.Process(target=start_report_name, args=(q,))
    p4.start(); print(q.get()); p4.join()
    print(p4.name)
`
	var o pyOut
	q := NewQueue()
	p1 := NewProcess(reportName, q)
	o.p(p1.Name)
	p2 := &Process{Target: reportName, Args: Args(q), Name: "w1"}
	show := func(p *Process) {
		o.p(strings.ReplaceAll(p.String(), fmt.Sprintf("parent=%d", os.Getpid()), "parent=PARENT"))
	}
	show(p2) // a literal is numbered when first used, here
	p3 := &Process{Target: reportName, Args: Args(q)}
	o.p(p3.IsAlive(), p3.Name, p2.Name)
	show(p3)
	for _, p := range []*Process{p3, p2, p1} {
		p.Start()
		o.p(q.Get())
		p.Join()
	}
	p4 := &Process{Target: startReportName, Args: Args(q)}
	p4.Start()
	o.p(q.Get())
	p4.Join()
	o.p(p4.Name)
	sameAsCPython(t, script, &o, renumber)
}

func reportParent(q *Queue, ppid int) {
	pp := ParentProcess()
	q.Put(fmt.Sprintf("%s %s %s", pp.Name, pyStr(pp.Pid() == ppid), pyStr(pp.IsAlive())))
}

func reportGrandparent(q *Queue) {
	p := NewProcess(reportParent, q, os.Getpid())
	p.Start()
	p.Join()
}

// parent_process() in the main program is None; a child sees its
// parent's name and pid, and sees it alive (behaviour 4).
func TestParentProcessAsCPython(t *testing.T) {
	script := `
def report_parent(q, ppid):
    pp = mp.parent_process()
    q.put("%s %s %s" % (pp.name, pp.pid == ppid, pp.is_alive()))
def report_grandparent(q):
    p = mp.Process(target=report_parent, args=(q, os.getpid())); p.start(); p.join()
if __name__ == "__main__":
    mp.set_start_method("fork")
    print(mp.parent_process())
    q = mp.Queue()
    p = mp.Process(target=report_parent, args=(q, os.getpid())); p.start(); print(q.get()); p.join()
    p = mp.Process(target=report_grandparent, args=(q,)); p.start(); print(q.get()); p.join()
`
	var o pyOut
	o.p(ParentProcess())
	q := NewQueue()
	p := NewProcess(reportParent, q, os.Getpid())
	p.Start()
	o.p(q.Get())
	p.Join()
	p = NewProcess(reportGrandparent, q)
	p.Start()
	o.p(q.Get())
	p.Join()
	sameAsCPython(t, script, &o, anyProcessNumber)
}

func recurse(w *Connection, id []int) {
	w.Send(id)
	if len(id) < 2 {
		for i := 0; i < 2; i++ {
			p := NewProcess(recurse, w, append(append([]int{}, id...), i))
			p.Start()
			p.Join()
		}
	}
}

// Children and grandchildren started and joined in turn report in
// depth-first order through one pipe (behaviour 12).
func TestRecursionAsCPython(t *testing.T) {
	script := `
def recurse(w, id):
    w.send(id)
    if len(id) < 2:
        for i in range(2):
            p = mp.Process(target=recurse, args=(w, id + [i])); p.start(); p.join()
if __name__ == "__main__":
    mp.set_start_method("fork")
    r, w = mp.Pipe(duplex=False)
    recurse(w, [])
    while r.poll(0):
        print(r.recv())
`
	var o pyOut
	r, w := Pipe(false)
	recurse(w, nil)
	for r.Poll(0) {
		v, err := r.Recv()
		if err != nil {
			t.Fatal(err)
		}
		if v == nil {
			v = []int{}
		}
		o.p(v)
	}
	sameAsCPython(t, script, &o, nil)
}

// 100 short processes end with 0; 100 terminated right after start all
// end with -SIGTERM (behaviour 14).
func TestManyProcessesAsCPython(t *testing.T) {
	script := `
def sleeper(): time.sleep(60)
if __name__ == "__main__":
    mp.set_start_method("fork")
    for target in (lambda: None, sleeper):
        ps = [mp.Process(target=target) for _ in range(100)]
        for p in ps: p.start()
        if target is sleeper:
            for p in ps: p.terminate()
        for p in ps: p.join()
        print(sorted(set(p.exitcode for p in ps)))
`
	var o pyOut
	for _, stop := range []bool{false, true} {
		var ps []*Process
		for i := 0; i < 100; i++ {
			p := &Process{Target: nothing}
			if stop {
				p.Target, p.Args = sleepFor, Args(60000)
			}
			p.Start()
			ps = append(ps, p)
		}
		if stop {
			for _, p := range ps {
				p.Terminate()
			}
		}
		seen := map[int]bool{}
		for _, p := range ps {
			p.Join()
			c, _ := p.ExitCode()
			seen[c] = true
		}
		var codes []int
		for c := range seen {
			codes = append(codes, c)
		}
		sort.Ints(codes)
		o.p(codes)
	}
	sameAsCPython(t, script, &o, nil)
}

// pyOutcome names, in a Python oracle program, what a call raised, in
// the words raises uses for the Go side.
const pyOutcome = `
def outcome(f):
    try:
        r = f()
        return "ok" if r is None else str(r)
    except queue.Full: return "Full"
    except queue.Empty: return "Empty"
    except mp.TimeoutError: return "TimeoutError"
    except EOFError: return "EOFError"
    except (ValueError, AssertionError, TypeError): return "misuse"
`

func drainTasks(q *JoinableQueue, out *Queue) {
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

// A bounded Queue is full after maxsize puts and refuses more at once or
// after a timeout; an empty one refuses gets likewise; qsize counts each
// put and get; items put before and by a child arrive in order;
// JoinableQueue.Join returns once every item is done; a closed Queue
// refuses puts and gets; a SimpleQueue sees a child's puts (behaviours
// 18, 19, 21, 22, 23, 25, 27).
func TestQueuesAsCPython(t *testing.T) {
	script := pyOutcome + `
def put_range(q, a, b):
    for i in range(a, b): q.put(i)
def drain(q, out):
    while True:
        v = q.get()
        if v is None:
            q.task_done(); return
        out.put(v * 2)
        q.task_done()
if __name__ == "__main__":
    mp.set_start_method("fork")
    q = mp.Queue(6)
    for i in range(6): q.put(i)
    print(q.full(), q.qsize())
    print(outcome(lambda: q.put(9, False)), outcome(lambda: q.put_nowait(9)), outcome(lambda: q.put(9, True, 0.05)))
    print([q.get() for _ in range(6)], q.full())
    print(outcome(lambda: q.get(False)), outcome(q.get_nowait), outcome(lambda: q.get(True, 0.05)), q.empty())
    q = mp.Queue()
    sizes = [q.qsize()]
    q.put(1); sizes.append(q.qsize())
    q.put(2); sizes.append(q.qsize())
    q.get(); sizes.append(q.qsize())
    q.get(); sizes.append(q.qsize())
    print(sizes)
    put_range(q, 0, 10)
    p = mp.Process(target=put_range, args=(q, 10, 20)); p.start(); p.join()
    got = [q.get() for _ in range(20)]
    # the parent's feeder thread may still hold 8, 9 when the child writes,
    # so only each producer's own order is fixed
    mine, child = [v for v in got if v < 10], [v for v in got if v >= 10]
    print(sorted(got), mine == sorted(mine), child == sorted(child), outcome(lambda: q.get(True, 0.05)))
    jq, out = mp.JoinableQueue(), mp.Queue()
    ps = [mp.Process(target=drain, args=(jq, out)) for _ in range(2)]
    for p in ps: p.start()
    for i in range(10): jq.put(i)
    jq.join()
    print(out.qsize(), sorted(out.get() for _ in range(10)))
    for p in ps: jq.put(None)
    jq.join()
    for p in ps: p.join()
    print(outcome(jq.task_done))
    q = mp.Queue()
    q.put(1)
    q.close()
    print(outcome(lambda: q.put(2)), outcome(q.get), outcome(q.close))
    s = mp.SimpleQueue()
    e0 = s.empty()
    p = mp.Process(target=put_range, args=(s, 0, 3)); p.start(); p.join()
    print(e0, s.empty(), [s.get() for _ in range(3)], s.empty())
`
	var o pyOut
	do := func(f func() error) string { return raises(f) }
	q := NewQueue(6)
	for i := 0; i < 6; i++ {
		q.Put(i)
	}
	o.p(q.Full(), q.Qsize())
	o.p(do(func() error { return q.PutNowait(9) }), do(func() error { return q.PutNowait(9) }),
		do(func() error { return q.PutTimeout(9, 50*time.Millisecond) }))
	var got []int
	for i := 0; i < 6; i++ {
		got = append(got, q.Get().(int))
	}
	o.p(got, q.Full())
	o.p(do(func() error { _, err := q.GetNowait(); return err }), do(func() error { _, err := q.GetNowait(); return err }),
		do(func() error { _, err := q.GetTimeout(50 * time.Millisecond); return err }), q.Empty())
	q = NewQueue()
	sizes := []int{q.Qsize()}
	q.Put(1)
	sizes = append(sizes, q.Qsize())
	q.Put(2)
	sizes = append(sizes, q.Qsize())
	q.Get()
	sizes = append(sizes, q.Qsize())
	q.Get()
	sizes = append(sizes, q.Qsize())
	o.p(sizes)
	putRange(q, 0, 10)
	p := NewProcess(putRange, q, 10, 20)
	p.Start()
	p.Join()
	got = nil
	for i := 0; i < 20; i++ {
		got = append(got, q.Get().(int))
	}
	var mine, child []int
	for _, v := range got {
		if v < 10 {
			mine = append(mine, v)
		} else {
			child = append(child, v)
		}
	}
	all := slices.Sorted(slices.Values(got))
	o.p(all, slices.IsSorted(mine), slices.IsSorted(child), do(func() error { _, err := q.GetTimeout(50 * time.Millisecond); return err }))
	jq, out := NewJoinableQueue(), NewQueue()
	var ps []*Process
	for i := 0; i < 2; i++ {
		p := NewProcess(drainTasks, jq, out)
		p.Start()
		ps = append(ps, p)
	}
	for i := 0; i < 10; i++ {
		jq.Put(i)
	}
	jq.Join()
	n := out.Qsize()
	got = nil
	for i := 0; i < 10; i++ {
		got = append(got, out.Get().(int))
	}
	sort.Ints(got)
	o.p(n, got)
	for range ps {
		jq.Put(nil)
	}
	jq.Join()
	for _, p := range ps {
		p.Join()
	}
	o.p(do(func() error { jq.TaskDone(); return nil }))
	q = NewQueue()
	q.Put(1)
	q.Close()
	o.p(do(func() error { q.Put(2); return nil }), do(func() error { q.Get(); return nil }), do(func() error { q.Close(); return nil }))
	s := NewSimpleQueue()
	e0 := s.Empty()
	p = NewProcess(putRange, s.Queue, 0, 3)
	p.Start()
	p.Join()
	e1 := s.Empty()
	got = nil
	for i := 0; i < 3; i++ {
		got = append(got, s.Get().(int))
	}
	o.p(e0, e1, got, s.Empty())
	sameAsCPython(t, script, &o, nil)
}

func echoBang(c *Connection) {
	for {
		v, err := c.Recv()
		if err != nil {
			return
		}
		c.Send(v.(string) + "!")
	}
}

// Pipe messages round-trip through a child; poll is False on nothing and
// True on any message, an empty one too; messages are never merged; the
// peer closing gives EOFError; a one-way pipe refuses the wrong direction
// (behaviours 68, 69, 70).
func TestPipeAsCPython(t *testing.T) {
	script := pyOutcome + `
def echo(c, other):
    other.close()  # the forked child holds both ends; Go's gets only c
    while True:
        try: v = c.recv()
        except EOFError: return
        c.send(v + "!")
def closed(f):
    try:
        f(); return "ok"
    except OSError: return "misuse"
if __name__ == "__main__":
    mp.set_start_method("fork")
    a, b = mp.Pipe()
    print(a.poll(), a.poll(0.05))
    b.send([1, 2.25, None]); b.send_bytes(b""); b.send_bytes(b"ab"); b.send_bytes(b"cd")
    print(a.poll(), a.recv(), a.poll(), a.recv_bytes(), a.recv_bytes(), a.recv_bytes(), a.poll())
    b.close()
    print(outcome(a.recv))
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b, a)); p.start(); b.close()
    for s in ("x", "héllo", ""):
        a.send(s); print(repr(a.recv()))
    a.close(); p.join(); print(p.exitcode)
    r, w = mp.Pipe(duplex=False)
    print(closed(lambda: r.send(1)), closed(w.recv))
`
	var o pyOut
	a, b := Pipe()
	o.p(a.Poll(), a.Poll(50*time.Millisecond))
	b.Send([]any{1, 2.25, nil})
	b.SendBytes([]byte{})
	b.SendBytes([]byte("ab"))
	b.SendBytes([]byte("cd"))
	p1 := a.Poll()
	v, _ := a.Recv()
	xs := v.([]any)
	list := fmt.Sprintf("[%v, %v, %s]", xs[0], xs[1], pyStr(xs[2]))
	p2 := a.Poll()
	var msgs []string
	for i := 0; i < 3; i++ {
		m, _ := a.RecvBytes()
		msgs = append(msgs, fmt.Sprintf("b'%s'", m))
	}
	o.p(p1, list, p2, msgs[0], msgs[1], msgs[2], a.Poll())
	b.Close()
	o.p(raises(func() error { _, err := a.Recv(); return err }))
	a, b = Pipe()
	p := NewProcess(echoBang, b)
	p.Start()
	b.Close()
	for _, s := range []string{"x", "héllo", ""} {
		a.Send(s)
		v, _ := a.Recv()
		o.p("'" + v.(string) + "'")
	}
	a.Close()
	p.Join()
	o.p(exitcode(p))
	r, w := Pipe(false)
	o.p(raises(func() error { r.Send(1); return nil }), raises(func() error { w.Recv(); return nil }))
	sameAsCPython(t, script, &o, nil)
}

func waitThenOne(e *Event) int { e.Wait(); return 1 }

func workerPid(int) int { return os.Getpid() }

var poolInits int

func countInit() { poolInits++ }

func readInits(int) int { return poolInits }

// A Pool's apply, map (any chunksize), starmap, imap and imap_unordered
// give the builtin's results, [] over nothing; callbacks have run when
// wait returns; a failing task fails map after the others ran, and the
// pool goes on; get with a timeout on a task still running raises
// TimeoutError; maxtasksperchild replaces workers; an initializer runs
// once per worker; Pool(-1) and calls on a closed or terminated pool are
// refused (behaviours 52-54, 56, 58-60, 62, 64-67).
func TestPoolAsCPython(t *testing.T) {
	script := pyOutcome + `
def sqr(x): return x * x
def add(a, b): return a + b
def fail_on(x):
    if x == 3: raise ValueError("three is not allowed")
    return x
def wait_then_one(_):
    ev.wait()  # inherited: Python cannot pass an Event to a pool task
    return 1
def worker_pid(_): return os.getpid()
inits = 0
def count_init():
    global inits
    inits += 1
def read_inits(_): return inits
if __name__ == "__main__":
    mp.set_start_method("fork")
    ev = mp.Event()
    with mp.Pool(2) as pool:
        print(pool.apply(sqr, (5,)), pool.map(sqr, range(10)))
        print(pool.map(sqr, range(100), chunksize=20) == [x * x for x in range(100)], pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.map(sqr, []), list(pool.imap(sqr, [])), list(pool.imap_unordered(sqr, [])), pool.map_async(sqr, []).get())
        print(list(pool.imap(sqr, range(1000), chunksize=100)) == [x * x for x in range(1000)], sorted(pool.imap_unordered(sqr, range(100), 7)) == [x * x for x in range(100)])
        calls = []
        pool.map_async(int, ["1"], callback=calls.append, error_callback=calls.append).wait()
        pool.map_async(int, ["a"], callback=calls.append, error_callback=calls.append).wait()
        print(calls[0], type(calls[1]).__name__)
        print(outcome(lambda: pool.map(fail_on, range(6))), pool.map(sqr, range(3)))
        r = pool.apply_async(wait_then_one, (0,))
        print(outcome(lambda: r.get(timeout=0.05)), r.ready())
        ev.set()
        print(r.get(), r.ready(), r.successful())
    print(outcome(lambda: pool.map_async(sqr, range(3))))
    print(outcome(lambda: mp.Pool(-1)), outcome(lambda: mp.Pool(1, maxtasksperchild=0)))
    pool = mp.Pool(2, maxtasksperchild=10)
    pids = set(pool.map(worker_pid, range(100), chunksize=1))
    print(len(pids) > 2)
    pool.close()
    print(outcome(lambda: pool.apply(sqr, (1,))))
    pool.join()
    pool = mp.Pool(1, initializer=count_init)
    print(pool.map(read_inits, range(3)))
    pool.terminate()
`
	var o pyOut
	do := func(f func() error) string { return raises(f) }
	e := NewEvent()
	pool := NewPool(2)
	o.p(pool.Apply(sqr, Args(5)), pool.Map(sqr, Range(10)))
	same := func(got any, n int) bool {
		xs := got.([]int)
		for i := range xs {
			if xs[i] != i*i {
				return false
			}
		}
		return len(xs) == n
	}
	o.p(same(pool.Map(sqr, Range(100), 20), 100), pool.Starmap(add, [][]any{Args(1, 2), Args(3, 4)}))
	collect := func(it *IMapIterator) []int {
		out := []int{}
		for v, ok := it.Next(); ok; v, ok = it.Next() {
			out = append(out, v.(int))
		}
		return out
	}
	o.p(pool.Map(sqr, []int{}), collect(pool.Imap(sqr, []int{})), collect(pool.ImapUnordered(sqr, []int{})),
		pool.MapAsync(sqr, []int{}).Get())
	unordered := collect(pool.ImapUnordered(sqr, Range(100), 7))
	sort.Ints(unordered)
	o.p(same(collect(pool.Imap(sqr, Range(1000), 100)), 1000), same(unordered, 100))
	var calls []any
	record := func(v any) { calls = append(calls, v) }
	pool.MapAsync(parseInt, []string{"1"}, Callback(record), ErrorCallback(func(err error) { record(err) })).Wait()
	pool.MapAsync(parseInt, []string{"a"}, Callback(record), ErrorCallback(func(err error) { record(err) })).Wait()
	kind := "no error"
	if _, ok := calls[1].(error); ok && strings.Contains(fmt.Sprint(calls[1]), "invalid syntax") {
		kind = "ValueError" // strconv's syntax error, as Python's int("a")
	}
	o.p(calls[0], kind)
	failed := do(func() error { _, err := pool.MapAsync(failOn, Range(6)).GetTimeout(time.Hour); return err })
	if strings.Contains(failed, "three is not allowed") {
		failed = "misuse" // the task's ValueError, re-raised
	}
	o.p(failed, pool.Map(sqr, Range(3)))
	r := pool.ApplyAsync(waitThenOne, Args(e))
	o.p(do(func() error { _, err := r.GetTimeout(50 * time.Millisecond); return err }), r.Ready())
	e.Set()
	o.p(r.Get(), r.Ready(), r.Successful())
	pool.Terminate()
	o.p(do(func() error { pool.MapAsync(sqr, Range(3)); return nil }))
	o.p(do(func() error { NewPool(-1); return nil }), do(func() error { NewPool(1, MaxTasksPerChild(0)); return nil }))
	pool = NewPool(2, MaxTasksPerChild(10))
	pids := map[int]bool{}
	for _, pid := range pool.Map(workerPid, Range(100), 1).([]int) {
		pids[pid] = true
	}
	o.p(len(pids) > 2)
	pool.Close()
	o.p(do(func() error { pool.Apply(sqr, Args(1)); return nil }))
	pool.Join()
	pool = NewPool(1, Initializer(countInit))
	o.p(pool.Map(readInits, Range(3)))
	pool.Terminate()
	sameAsCPython(t, script, &o, nil)
}

func assignValues(i, d, h, q, c *Value) {
	i.Set(24234)
	d.Set(-4.25)
	h.Set(234)
	q.Set(1 << 34)
	c.Set('y')
}

func prefixSum(a *Array) {
	for j := 1; j < a.Len(); j++ {
		a.SetInt(j, a.Int(j)+a.Int(j-1))
	}
}

func doubleText(a *Array) { a.SetText(a.Text() + a.Text()) }

// Values read back what they were made with and show a child's
// assignments; Arrays index, slice, assign slices, take a child's
// in-place prefix sum, start zero-filled, and refuse a slice of the wrong
// size and an unknown typecode (behaviours 46, 48, 49, 50, 51, and
// Array.SetSlice's length check).
func TestSharedCtypesAsCPython(t *testing.T) {
	script := pyOutcome + `
import array
def assign_values(i, d, h, q, c):
    i.value = 24234; d.value = -4.25; h.value = 234; q.value = 2**34; c.value = b"y"
def prefix_sum(a):
    for j in range(1, len(a)): a[j] += a[j - 1]
def double_text(a): a.value = a.value + a.value
if __name__ == "__main__":
    mp.set_start_method("fork")
    for make in (mp.Value, mp.RawValue):
        vs = [make("i", 4343), make("d", 3.625), make("h", -232), make("q", 2**33), make("c", b"x")]
        print([v.value for v in vs])
        p = mp.Process(target=assign_values, args=vs); p.start(); p.join()
        print([v.value for v in vs])
    for make in (mp.Array, mp.RawArray):
        seq = [681, -35, 4, 171, 150, 9998, 123, 4, 78, -5]
        a = make("i", seq)
        print(len(a), a[3], list(a[2:7]), list(a[:]) == seq)
        a[2:5] = array.array("i", [7, 8, 9])
        print(list(a[:]))
        print(outcome(lambda: a.__setitem__(slice(8, 10), [1, 2, 3])), list(a[:]))
        p = mp.Process(target=prefix_sum, args=(a,)); p.start(); p.join()
        print(list(a[:]))
    for _ in range(2):
        a = mp.Array("i", 10)
        print(list(a[:]))
        a[:] = range(10)
        print(list(a[:]))
    s = mp.Array("c", 20)
    s.value = b"hello"
    p = mp.Process(target=double_text, args=(s,)); p.start(); p.join()
    print(s.value)
    print(outcome(lambda: mp.Value("x", 0)), outcome(lambda: mp.RawValue("x", 0)), outcome(lambda: mp.Array("x", 1)), outcome(lambda: mp.RawArray("x", 1)))
`
	var o pyOut
	show := func(vs []*Value) {
		parts := make([]string, len(vs))
		for i, v := range vs {
			parts[i] = fmt.Sprint(v.Value())
		}
		parts[len(vs)-1] = fmt.Sprintf("b'%c'", vs[len(vs)-1].Value())
		o.p("[" + strings.Join(parts, ", ") + "]")
	}
	for _, make := range []func(string, any) *Value{NewValue, NewRawValue} {
		vs := []*Value{make("i", 4343), make("d", 3.625), make("h", -232), make("q", 1<<33), make("c", 'x')}
		show(vs)
		p := NewProcess(assignValues, vs[0], vs[1], vs[2], vs[3], vs[4])
		p.Start()
		p.Join()
		show(vs)
	}
	for _, make := range []func(string, any) *Array{NewArray, NewRawArray} {
		seq := []int{681, -35, 4, 171, 150, 9998, 123, 4, 78, -5}
		a := make("i", seq)
		o.p(a.Len(), a.Int(3), a.Slice(2, 7), fmt.Sprint(a.Ints()) == fmt.Sprint(seq))
		a.SetSlice(2, []int{7, 8, 9})
		o.p(a.Ints())
		o.p(raises(func() error { a.SetSlice(8, []int{1, 2, 3}); return nil }), a.Ints())
		p := NewProcess(prefixSum, a)
		p.Start()
		p.Join()
		o.p(a.Ints())
	}
	for i := 0; i < 2; i++ {
		a := NewArray("i", 10)
		o.p(a.Ints())
		a.SetSlice(0, Range(10))
		o.p(a.Ints())
	}
	s := NewArray("c", 20)
	s.SetText("hello")
	p := NewProcess(doubleText, s)
	p.Start()
	p.Join()
	o.p("b'" + s.Text() + "'")
	o.p(raises(func() error { NewValue("x", 0); return nil }), raises(func() error { NewRawValue("x", 0); return nil }),
		raises(func() error { NewArray("x", 1); return nil }), raises(func() error { NewRawArray("x", 1); return nil }))
	sameAsCPython(t, script, &o, func(lines []string) []string {
		// Go prints a slice's items with spaces, Python's list with commas.
		out := make([]string, len(lines))
		for i, l := range lines {
			out[i] = strings.ReplaceAll(l, ", ", " ")
		}
		return out
	})
}

func holdUntil(l *Lock, held, done *Event) {
	l.Acquire()
	held.Set()
	done.Wait()
	l.Release()
}

func setEvent(e *Event) { e.Set() }

func barrierIndex(b *Barrier, q *Queue) {
	i, err := b.Wait()
	q.Put(fmt.Sprint(i, " ", pyStr(err == nil)))
}

func abortBarrier(b *Barrier) { b.Abort() }

// The return values and refusals of Lock, RLock, Semaphore,
// BoundedSemaphore, Event, Condition and Barrier, with children holding,
// setting and waiting (behaviours 28, 29, 31, 32, 33, 34, 35, 39, 40, 41,
// 43, 44, 45).
func TestSynchronizeAsCPython(t *testing.T) {
	script := pyOutcome + `
import threading
def hold_until(l, held, done):
    l.acquire(); held.set(); done.wait(); l.release()
def set_event(e): e.set()
def barrier_index(b, q): q.put("%d True" % b.wait())
def abort_barrier(b): b.abort()
def broken(f):
    try:
        f(); return "ok"
    except threading.BrokenBarrierError: return "BrokenBarrierError"
if __name__ == "__main__":
    mp.set_start_method("fork")
    l = mp.Lock()
    print(l.acquire(), l.acquire(False), l.acquire(True, 0.05), l.release(), outcome(l.release))
    held, done = mp.Event(), mp.Event()
    p = mp.Process(target=hold_until, args=(l, held, done)); p.start(); held.wait()
    print(l.acquire(False), l)
    done.set(); p.join()
    print(l.acquire(False), l)
    l.release()
    r = mp.RLock()
    print(r.acquire(), r.acquire(), r.acquire(), r)
    r.release(); r.release()
    print(r)
    r.release()
    print(r, outcome(r.release))
    s = mp.Semaphore(2)
    vals = [s.get_value()]
    s.acquire(); vals.append(s.get_value())
    s.acquire(); vals.append(s.get_value())
    print(vals, s.acquire(False))
    for _ in range(4): s.release()
    print(s.get_value())
    b = mp.BoundedSemaphore(2)
    b.acquire(); b.release()
    print(b.get_value(), outcome(b.release), b.get_value())
    z = mp.Semaphore(0)
    print(z.acquire(False), z.acquire(True, 0.05))
    e = mp.Event()
    print(e.is_set(), e.wait(0), e.wait(0.05))
    e.set()
    print(e.is_set(), e.wait(), e.wait(0.05))
    e.clear()
    p = mp.Process(target=set_event, args=(e,)); p.start()
    print(e.wait(), e.is_set()); p.join()
    c = mp.Condition()
    print(outcome(c.wait), outcome(c.notify))
    with c:
        print(c.wait(0), c.wait(0.05), c.wait_for(lambda: False, 0.05), c.wait_for(lambda: True))
    print(mp.Barrier(1).wait())
    q = mp.Queue()
    bar = mp.Barrier(3)
    ps = [mp.Process(target=barrier_index, args=(bar, q)) for _ in range(2)]
    for p in ps: p.start()
    idx = ["%d True" % bar.wait()]
    for p in ps: p.join()
    idx += [q.get(), q.get()]
    print(sorted(idx), bar.n_waiting, bar.broken)
    bar = mp.Barrier(2)
    p = mp.Process(target=abort_barrier, args=(bar,)); p.start(); p.join()
    print(bar.broken, broken(bar.wait))
    bar.reset()
    print(bar.broken)
`
	var o pyOut
	ok := func(err error) bool { return err == nil }
	do := func(f func()) string { return raises(func() error { f(); return nil }) }
	l := NewLock()
	o.p(ok(l.Acquire()), l.TryAcquire(), ok(l.AcquireTimeout(50*time.Millisecond)), nil, do(func() { l.Release(); l.Release() }))
	held, done := NewEvent(), NewEvent()
	p := NewProcess(holdUntil, l, held, done)
	p.Start()
	held.Wait()
	o.p(l.TryAcquire(), l)
	done.Set()
	p.Join()
	o.p(l.TryAcquire(), l)
	l.Release()
	r := NewRLock()
	o.p(ok(r.Acquire()), ok(r.Acquire()), ok(r.Acquire()), r)
	r.Release()
	r.Release()
	o.p(r)
	r.Release()
	o.p(r, do(r.Release))
	s := NewSemaphore(2)
	vals := []int{s.GetValue()}
	s.Acquire()
	vals = append(vals, s.GetValue())
	s.Acquire()
	vals = append(vals, s.GetValue())
	o.p(vals, s.TryAcquire())
	for i := 0; i < 4; i++ {
		s.Release()
	}
	o.p(s.GetValue())
	b := NewBoundedSemaphore(2)
	b.Acquire()
	b.Release()
	o.p(b.GetValue(), do(b.Release), b.GetValue())
	z := NewSemaphore(0)
	o.p(z.TryAcquire(), ok(z.AcquireTimeout(50*time.Millisecond)))
	e := NewEvent()
	o.p(e.IsSet(), e.Wait(0), e.Wait(50*time.Millisecond))
	e.Set()
	o.p(e.IsSet(), e.Wait(), e.Wait(50*time.Millisecond))
	e.Clear()
	p = NewProcess(setEvent, e)
	p.Start()
	o.p(e.Wait(), e.IsSet())
	p.Join()
	c := NewCondition(nil)
	o.p(do(func() { c.Wait() }), do(func() { c.Notify() }))
	c.Acquire()
	o.p(c.Wait(0), c.Wait(50*time.Millisecond), c.WaitFor(func() bool { return false }, 50*time.Millisecond), c.WaitFor(func() bool { return true }))
	c.Release()
	i, _ := NewBarrier(1, nil).Wait()
	o.p(i)
	q := NewQueue()
	bar := NewBarrier(3, nil)
	var ps []*Process
	for j := 0; j < 2; j++ {
		p := NewProcess(barrierIndex, bar, q)
		p.Start()
		ps = append(ps, p)
	}
	i, err := bar.Wait()
	idx := []string{fmt.Sprint(i, " ", pyStr(err == nil))}
	for _, p := range ps {
		p.Join()
	}
	idx = append(idx, q.Get().(string), q.Get().(string))
	sort.Strings(idx)
	o.p("['"+strings.Join(idx, "', '")+"']", bar.NWaiting(), bar.Broken())
	bar = NewBarrier(2, nil)
	p = NewProcess(abortBarrier, bar)
	p.Start()
	p.Join()
	_, err = bar.Wait()
	o.p(bar.Broken(), map[bool]string{true: "BrokenBarrierError", false: fmt.Sprint(err)}[errors.Is(err, ErrBrokenBarrier)])
	bar.Reset()
	o.p(bar.Broken())
	sameAsCPython(t, script, &o, anyProcessNumber)
}

func reportPidThenWait(q *Queue, e *Event) {
	q.Put(fmt.Sprint("daemon ", os.Getpid()))
	e.Wait()
}

func waitThenReport(q *Queue, e *Event) {
	e.Wait()
	q.Put("non-daemon done")
}

func leaveChildren(q *Queue, started, release *Event) {
	inner := NewQueue()
	d := NewProcess(reportPidThenWait, inner, NewEvent())
	d.Daemon = true
	d.Start()
	q.Put(inner.Get()) // the daemon has reported before it can be ended
	NewProcess(waitThenReport, q, release).Start()
	started.Set()
}

// gone reports whether pid has ended: no such process, or a zombie.
func gone(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	return err != nil || strings.Contains(string(b), ") Z ")
}

// A child whose target returns leaving children behind terminates its
// daemon children and waits for the others, as CPython's children do at
// exit; a daemon process may not start children of its own (behaviour 3
// and the exit rules of the API reference).
func TestChildExitEndsDaemonsJoinsOthersAsCPython(t *testing.T) {
	script := pyOutcome + `
def report_pid_then_wait(q, e):
    q.put("daemon %d" % os.getpid()); e.wait()
def wait_then_report(q, e):
    e.wait(); q.put("non-daemon done")
def leave_children(q, started, release):
    inner = mp.Queue()
    mp.Process(target=report_pid_then_wait, args=(inner, mp.Event()), daemon=True).start()
    q.put(inner.get())  # the daemon has reported before it can be ended
    mp.Process(target=wait_then_report, args=(q, release)).start()
    started.set()
def gone(pid):
    try:
        with open("/proc/%d/stat" % pid) as f: return ") Z " in f.read()
    except OSError: return True
def start_in_daemon(q):
    try:
        mp.Process(target=os.getpid).start(); q.put("started")
    except AssertionError: q.put("misuse")
if __name__ == "__main__":
    mp.set_start_method("fork")
    q, started, release = mp.Queue(), mp.Event(), mp.Event()
    p = mp.Process(target=leave_children, args=(q, started, release)); p.start()
    started.wait()
    pid = int(q.get().split()[1])
    print(p.is_alive())  # waiting for its non-daemon child
    release.set()
    print(q.get())
    p.join()
    print(p.exitcode, gone(pid))
    p = mp.Process(target=start_in_daemon, args=(q,), daemon=True); p.start(); print(q.get()); p.join()
`
	var o pyOut
	q, started, release := NewQueue(), NewEvent(), NewEvent()
	p := NewProcess(leaveChildren, q, started, release)
	p.Start()
	started.Wait()
	var pid int
	fmt.Sscanf(q.Get().(string), "daemon %d", &pid)
	o.p(p.IsAlive()) // waiting for its non-daemon child
	release.Set()
	o.p(q.Get())
	p.Join()
	o.p(exitcode(p), gone(pid))
	p = NewProcess(startInDaemon, q)
	p.Daemon = true
	p.Start()
	o.p(q.Get())
	p.Join()
	sameAsCPython(t, script, &o, nil)
}

func startInDaemon(q *Queue) {
	q.Put(raises(func() error { NewProcess(nothing).Start(); return nil }))
}

// spawnProgram is a compiled program whose child reports a global that
// its declaration, an init func and main each change; main opens with
// mp.Main() when withMain is set.
func spawnProgram(withMain bool) string {
	first := ""
	if withMain {
		first = "\tmp.Main()\n"
	}
	return `package main

import (
	"fmt"

	mp "github.com/goteach/goteach/mpkit"
)

var g = "declared"

func init() { g += " init" }

func show(q *mp.Queue) { q.Put(g) }

func main() {
` + first + `	g += " main"
	q := mp.NewQueue()
	p := mp.NewProcess(show, q)
	p.Start()
	fmt.Println(q.Get())
	p.Join()
	fmt.Println(g)
}
`
}

// A compiled program's child starts from the program's initial globals,
// as a child of Python's spawn start method does: with mp.Main() first in
// main, the child has run the package's initialisation (declarations and
// init funcs) but not main; without it, the child runs before init funcs
// (the package doc says both).
func TestCompiledChildGlobalsAsCPythonSpawn(t *testing.T) {
	script := `
g = "declared"
g += " init"
def show(q):
    q.put(g)
if __name__ == "__main__":
    mp.set_start_method("spawn")
    g += " main"
    q = mp.Queue()
    p = mp.Process(target=show, args=(q,)); p.start(); print(q.get()); p.join()
    print(g)
`
	run := func(withMain bool) []string {
		prog := oracle.GoBuildInModule(t, "mpkit/testdata/spawnglobals", spawnProgram(withMain))
		out, err := exec.Command(prog).Output()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	}
	sameAsCPython(t, script, &pyOut{lines: run(true)}, nil)
	if got := strings.Join(run(false), "|"); got != "declared|declared init main" {
		t.Fatalf("without mp.Main the child should see the declared value only: %q", got)
	}
}
