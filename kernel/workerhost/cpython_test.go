package workerhost

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/goteach/goteach/internal/oracle"
)

// renumberFrom rewrites every Process-N (and ForkPoolWorker-N) as its
// distance from the first one printed, so that both sides count from 0.
func renumberFrom(s string) string {
	num := regexp.MustCompile(`(Process|Worker)-(\d+)`)
	base := -1
	return num.ReplaceAllStringFunc(s, func(m string) string {
		sub := num.FindStringSubmatch(m)
		n, _ := strconv.Atoi(sub[2])
		if base < 0 {
			base = n
		}
		return sub[1] + "-" + strconv.Itoa(n-base)
	})
}

const namesScript = `
import multiprocessing as mp, os
def report_name(q): q.put(mp.current_process().name + " " + mp.parent_process().name)
def start_report_name(q):
    p = mp.Process(target=report_name, args=(q,)); p.start(); p.join()
if __name__ == "__main__":
    mp.set_start_method("fork")
    q = mp.Queue()
    p1 = mp.Process(target=report_name, args=(q,))
    print(repr(p1).replace("parent=%d" % os.getpid(), "parent=PARENT"))
    p2 = mp.Process(target=report_name, args=(q,), name="w1")
    print(p2.is_alive(), p2.name)
    p3 = mp.Process(target=report_name, args=(q,))
    print(p3.is_alive(), p3.name)
    for p in (p1, p2, p3):
        p.start(); print(q.get()); p.join()
    p4 = mp.Process(target=start_report_name, args=(q,))
    p4.start(); print(q.get()); p4.join()
    print(p4.name, p4.exitcode)
`

// A Process literal in a cell, named or not, takes its number from the
// processes' counter when the cell first uses it; the child sees its name
// and its parent's, and a child's child is numbered after its parent's
// number, as CPython's forked children are.
func TestCellProcessNamesAsCPython(t *testing.T) {
	want := renumberFrom(oracle.Python(t, namesScript))
	e := session(t)
	run(t, e, `func reportName(q *mp.Queue) { q.Put(mp.CurrentProcess().Name + " " + mp.ParentProcess().Name) }
func startReportName(q *mp.Queue) {
	p := &mp.Process{Target: reportName, Args: mp.Args(q)}
	p.Start()
	p.Join()
}`)
	got := cell(t, e, `q := mp.NewQueue()
p1 := &mp.Process{Target: reportName, Args: mp.Args(q)}
fmt.Println(p1)
p2 := &mp.Process{Target: reportName, Args: mp.Args(q), Name: "w1"}
fmt.Println(p2.IsAlive(), p2.Name)
p3 := &mp.Process{Target: reportName, Args: mp.Args(q)}
fmt.Println(p3.IsAlive(), p3.Name)`)
	got += cell(t, e, `for _, p := range []*mp.Process{p1, p2, p3} {
	p.Start()
	fmt.Println(q.Get())
	p.Join()
}
p4 := &mp.Process{Target: startReportName, Args: mp.Args(q)}
p4.Start()
fmt.Println(q.Get())
p4.Join()
code, _ := p4.ExitCode()
fmt.Println(p4.Name, code)`)
	got = strings.ReplaceAll(got, fmt.Sprintf("parent=%d", os.Getpid()), "parent=PARENT")
	got = strings.ReplaceAll(got, "false ", "False ") // Python prints its bools capitalised
	if got = renumberFrom(got); got != want {
		t.Fatalf("cells printed:\n%s\nCPython:\n%s", got, want)
	}
}

const withPoolScript = `
import multiprocessing as mp
def sq(x): return x * x
if __name__ == "__main__":
    mp.set_start_method("fork")
    with mp.Pool(2) as pool:
        print(pool.map(sq, range(5)))
        print(len(mp.active_children()))
    print(len(mp.active_children()))
    try:
        pool.map(sq, range(2))
    except ValueError:
        print("ValueError")
`

// A cell's top-level "defer pool.Terminate()" ends the pool when the
// cell's statements finish, as Python's "with Pool() as pool:" block
// does when it ends: the next cell sees no worker and a pool that refuses
// work.
func TestCellDeferTerminateAsWithPool(t *testing.T) {
	want := oracle.Python(t, withPoolScript)
	e := session(t)
	run(t, e, "func sq(x int) int { return x * x }")
	got := cell(t, e, `pool := mp.NewPool(2)
defer pool.Terminate()
fmt.Println(pool.Map(sq, mp.Range(5)))
fmt.Println(len(mp.ActiveChildren()))`)
	got += cell(t, e, `fmt.Println(len(mp.ActiveChildren()))`)
	msg := cellErr(t, e, `pool.Map(sq, mp.Range(2))`)
	if strings.Contains(msg, "not running") {
		got += "ValueError\n"
	} else {
		got += msg + "\n"
	}
	got = strings.ReplaceAll(strings.ReplaceAll(got, "[0 1 4 9 16]", "[0, 1, 4, 9, 16]"), "\r", "")
	if got != want {
		t.Fatalf("cells printed:\n%s\nCPython:\n%s", got, want)
	}
}

const callbacksDaemonsScript = `
import multiprocessing as mp, os, time
def sq(x): return x * x
def fail(x): raise ValueError("bad %d" % x)
def on_result(r): print("callback", r)
def on_error(e): print("error_callback", e)
def forever(e):
    e.set(); time.sleep(60)
def finish(q): q.put("non-daemon done")
def two_children(q, e):
    d = mp.Process(target=forever, args=(e,), daemon=True); d.start()
    q.put(d.pid)
    n = mp.Process(target=finish, args=(q,)); n.start()
    e.wait()
    q.put("daemon " + str(d.daemon).lower())
if __name__ == "__main__":
    mp.set_start_method("fork")
    pool = mp.Pool(2)
    r = pool.apply_async(sq, (7,), callback=on_result)
    print("get", r.get())
    r = pool.map_async(sq, range(3), callback=on_result)
    r.wait(); print("ready", r.ready())
    r = pool.apply_async(fail, (3,), error_callback=on_error)
    r.wait(); print("successful", r.successful())
    pool.terminate()
    q = mp.Queue(); e = mp.Event()
    p = mp.Process(target=two_children, args=(q, e)); p.start()
    # The pid and the other child's line come from two processes, in
    # either order (each put goes through its process's feeder thread).
    items = [q.get(), q.get()]
    daemon = next(x for x in items if isinstance(x, int))
    lines = [x for x in items if isinstance(x, str)] + [q.get()]
    for line in sorted(lines): print(line)
    p.join()
    try:
        os.kill(daemon, 0); print("daemon still runs")
    except ProcessLookupError:
        print("daemon ended with its parent")
    print(p.exitcode, len(mp.active_children()))
`

// From cells as from Python: a pool call's callback (or error callback)
// has run when Get or Wait returns; a child whose target returns ends its
// daemon child and waits for the other one.
func TestCellCallbacksAndDaemonsAsCPython(t *testing.T) {
	want := oracle.Python(t, callbacksDaemonsScript)
	e := session(t)
	run(t, e, `import (
	"errors"
	"slices"
	"syscall"
	"time"
)

func sq(x int) int { return x * x }
func fail(x int) int { panic(fmt.Sprintf("bad %d", x)) }
func onResult(r any) { fmt.Println("callback", r) }
func onError(err error) {
	var re *mp.RemoteError
	errors.As(err, &re)
	fmt.Println("error_callback", re.Value)
}
func forever(e *mp.Event) { e.Set(); time.Sleep(time.Minute) }
func finish(q *mp.Queue) { q.Put("non-daemon done") }
func twoChildren(q *mp.Queue, e *mp.Event) {
	d := &mp.Process{Target: forever, Args: mp.Args(e), Daemon: true}
	d.Start()
	q.Put(d.Pid())
	n := &mp.Process{Target: finish, Args: mp.Args(q)}
	n.Start()
	e.Wait()
	q.Put(fmt.Sprint("daemon ", d.Daemon))
}`)
	got := cell(t, e, `pool := mp.NewPool(2)
r := pool.ApplyAsync(sq, mp.Args(7), mp.Callback(onResult))
fmt.Println("get", r.Get())
r = pool.MapAsync(sq, mp.Range(3), mp.Callback(onResult))
r.Wait()
fmt.Println("ready", r.Ready())
r = pool.ApplyAsync(fail, mp.Args(3), mp.ErrorCallback(onError))
r.Wait()
fmt.Println("successful", r.Successful())
pool.Terminate()`)
	got += cell(t, e, `q := mp.NewQueue()
ev := mp.NewEvent()
p := &mp.Process{Target: twoChildren, Args: mp.Args(q, ev)}
p.Start()
// (The pid and the other child's line come from two processes, in
// either order.)
var daemon int
var lines []string
for range 2 {
	switch v := q.Get().(type) {
	case int:
		daemon = v
	case string:
		lines = append(lines, v)
	}
}
lines = append(lines, q.Get().(string))
slices.Sort(lines)
for _, l := range lines {
	fmt.Println(l)
}
p.Join()
if syscall.Kill(daemon, 0) == nil {
	fmt.Println("daemon still runs")
} else {
	fmt.Println("daemon ended with its parent")
}
code, _ := p.ExitCode()
fmt.Println(code, len(mp.ActiveChildren()))`)
	// Python prints a list with commas and its bools capitalised.
	got = strings.NewReplacer("[0 1 4]", "[0, 1, 4]", "ready true", "ready True", "successful false", "successful False").Replace(got)
	if got != want {
		t.Fatalf("cells printed:\n%s\nCPython:\n%s", got, want)
	}
}

const reprsScript = `
import multiprocessing as mp
if __name__ == "__main__":
    mp.set_start_method("fork")
    print(mp.Value('i', 3), mp.Value('c', b'h'))
    print(mp.Lock(), mp.RLock())
    a = mp.Array('i', [1, 2, 3])
    print(a[:])
    try:
        a[1:4] = [7, 8, 9]
    except ValueError:
        print("ValueError")
    print(a[:])
`

// Values and locks made in a cell print as CPython prints them, and an
// Array refuses values that run past its end, leaving its items as they
// were.
func TestCellReprsAndBoundsAsCPython(t *testing.T) {
	want := oracle.Python(t, reprsScript)
	e := session(t)
	got := cell(t, e, `fmt.Println(mp.NewValue("i", 3), mp.NewValue("c", 'h'))
fmt.Println(mp.NewLock(), mp.NewRLock())
a := mp.NewArray("i", []int{1, 2, 3})
fmt.Println(a.Slice(0, a.Len()))`)
	msg := cellErr(t, e, `a.SetSlice(1, []int{7, 8, 9})`)
	if strings.Contains(msg, "same size") {
		got += "ValueError\n"
	} else {
		got += msg + "\n"
	}
	got += cell(t, e, `fmt.Println(a.Slice(0, a.Len()))`)
	got = strings.NewReplacer("[1 2 3]", "[1, 2, 3]").Replace(got)
	if got != want {
		t.Fatalf("cells printed:\n%s\nCPython:\n%s", got, want)
	}
}
