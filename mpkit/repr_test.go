package mpkit

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/goteach/goteach/internal/oracle"
)

// reprScript does in CPython (fork) what TestProcessReprMatchesCPython
// does with mpkit, printing repr() at each step.
const reprScript = `
import multiprocessing as mp, os, time
def job(): pass
def sleeper(): time.sleep(30)
def show(x): print(repr(x).replace("parent=%d" % os.getpid(), "parent=PARENT"))
if __name__ == "__main__":
    mp.set_start_method("fork")
    p = mp.Process(target=job); show(p)
    p.start(); p.join(); show(p)
    q = mp.Process(target=sleeper, name="worker's", daemon=True); show(q)
    q.start(); show(q); q.terminate(); q.join(); show(q)
    r = mp.Process(target=job); r.start(); r.join(); r.close(); show(r)
    show(mp.current_process())
`

var (
	reprPid     = regexp.MustCompile(`pid=\d+`)
	reprCounter = regexp.MustCompile(`Process-\d+`)
)

func normaliseRepr(s string) string {
	s = reprPid.ReplaceAllString(s, "pid=PID")
	return reprCounter.ReplaceAllString(s, "Process-N")
}

// fmt.Print of a Process shows what Python's repr shows, state by state;
// the oracle is CPython itself, run now.
func TestProcessReprMatchesCPython(t *testing.T) {
	out := oracle.Python(t, reprScript)
	want := strings.Split(normaliseRepr(strings.TrimSpace(out)), "\n")

	var got []string
	show := func(p *Process) {
		s := strings.ReplaceAll(p.String(), "parent="+strconv.Itoa(os.Getpid()), "parent=PARENT")
		got = append(got, normaliseRepr(s))
	}
	p := NewProcess(nothing)
	show(p)
	p.Start()
	p.Join()
	show(p)
	q := NewProcess(sleepFor, 30000)
	q.Name, q.Daemon = "worker's", true
	show(q)
	q.Start()
	show(q)
	q.Terminate()
	q.Join()
	show(q)
	r := NewProcess(nothing)
	r.Start()
	r.Join()
	r.Close()
	show(r)
	show(CurrentProcess())

	if len(got) != len(want) {
		t.Fatalf("mpkit printed %d lines, CPython %d:\n%s\n---\n%s", len(got), len(want), strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("step %d:\n mpkit:   %s\n CPython: %s", i, got[i], want[i])
		}
	}
}

// poolScript lists the children of a program that ran one process and
// then made a Pool of 2, as CPython (fork) names them.
const poolScript = `
import multiprocessing as mp
def job(): pass
def name(_): return mp.current_process().name
if __name__ == "__main__":
    mp.set_start_method("fork")
    p = mp.Process(target=job); p.start(); p.join(); print(p.name)
    with mp.Pool(2) as pool:
        print(" ".join(sorted(c.name for c in mp.active_children())))
        print(all(n.startswith("ForkPoolWorker-") for n in pool.map(name, range(4))))
`

func workerName(int) string { return CurrentProcess().Name }

// renumber rewrites every "-N" of a line as "-(N-base)", base being the
// number of the line's first process: both sides count from there.
func renumber(lines []string) []string {
	num := regexp.MustCompile(`-(\d+)`)
	base := 0
	if m := num.FindStringSubmatch(lines[0]); m != nil {
		base, _ = strconv.Atoi(m[1])
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = num.ReplaceAllStringFunc(l, func(s string) string {
			n, _ := strconv.Atoi(s[1:])
			return "-" + strconv.Itoa(n-base)
		})
	}
	return out
}

// Pool workers are children named as Python names them, from the
// processes' counter, and listed by ActiveChildren.
func TestPoolWorkerNamesMatchCPython(t *testing.T) {
	out := oracle.Python(t, poolScript)
	want := renumber(strings.Split(strings.TrimSpace(out), "\n"))

	p := NewProcess(nothing)
	p.Start()
	p.Join()
	got := []string{p.Name}
	pool := NewPool(2)
	var names []string
	for _, c := range ActiveChildren() {
		names = append(names, c.Name)
	}
	sort.Strings(names)
	got = append(got, strings.Join(names, " "))
	all := true
	for _, n := range pool.Map(workerName, Range(4)).([]string) {
		all = all && strings.HasPrefix(n, "ForkPoolWorker-")
	}
	got = append(got, map[bool]string{true: "True", false: "False"}[all])
	pool.Terminate()
	got = renumber(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("mpkit:\n%s\nCPython:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// charScript prints character values as a Python program does.
const charScript = `
import multiprocessing as mp
for c in (b'h', b"'", b'"', b'\n', b'\xff', b'\\'):
    print(mp.Value('c', c))
for c in ('h', "'", '\u00e9', '\n'):
    print(mp.Value('u', c))
`

// A character Value prints as Python prints it: c_char with a bytes
// literal for 'c', c_wchar with a str literal for 'u', quoted and escaped
// as Python quotes them.
func TestCharValuesPrintAsCPython(t *testing.T) {
	out := oracle.Python(t, charScript)
	got := ""
	for _, c := range []byte{'h', '\'', '"', '\n', 0xff, '\\'} {
		got += fmt.Sprintln(NewValue("c", c))
	}
	for _, c := range []rune{'h', '\'', 'é', '\n'} {
		got += fmt.Sprintln(NewValue("u", c))
	}
	if got != out {
		t.Fatalf("mpkit:\n%s\nCPython:\n%s", got, out)
	}
}

// objectScript prints shared values, arrays and locks as CPython (fork)
// prints them, in the order TestObjectReprsMatchCPython does.
const objectScript = `
import multiprocessing as mp, threading
def hold(l, held, done):
    l.acquire(); held.set(); done.wait()
def hold_in_thread(l, held, done):
    l.acquire(); held.set(); done.wait(); l.release()
def show_in_child(l, q):
    l.acquire(); l.acquire() if isinstance(l, type(mp.RLock())) else None; q.put(repr(l))
if __name__ == "__main__":
    mp.set_start_method("fork")
    for tc, init in [("b", -1), ("B", 1), ("h", 2), ("H", 3), ("i", 0), ("I", 4), ("l", -5), ("L", 6),
                     ("q", 7), ("Q", 8), ("f", 1.5), ("f", 0.1), ("d", 1.5), ("d", 1e100), ("d", 1e-5),
                     ("d", 2.0), ("d", 1e16), ("d", 123456.789), ("c", b"h"), ("c", b"'"), ("u", "h")]:
        print(mp.Value(tc, init), mp.RawValue(tc, init))
    for tc, init in [("i", [1, 2, 3]), ("d", 2), ("c", b"hi"), ("u", "h"), ("q", 1)]:
        print(mp.Array(tc, init), mp.RawArray(tc, init))
    for make in (mp.Lock, mp.RLock):
        l = make()
        print(l)
        l.acquire(); print(l)
        l.acquire(block=False) if make is mp.RLock else None; print(l)
        l.release()
        if make is mp.RLock:
            l.release()
        held, done = mp.Event(), mp.Event()
        p = mp.Process(target=hold, args=(l, held, done)); p.start(); held.wait(); print(l); done.set(); p.join()
        l = make()
        held, done = threading.Event(), threading.Event()
        t = threading.Thread(target=hold_in_thread, args=(l, held, done)); t.start(); held.wait(); print(l); done.set(); t.join()
        q = mp.Queue()
        p = mp.Process(target=show_in_child, args=(make(), q)); p.start(); print(q.get()); p.join()
`

var reprAddr = regexp.MustCompile(`0x[0-9a-f]+`)

func holdLock(l SharedLock, held, done *Event) {
	l.Acquire()
	held.Set()
	done.Wait()
}

func showInChild(l SharedLock, q *Queue) {
	l.Acquire()
	if r, ok := l.(*RLock); ok {
		r.Acquire()
	}
	q.Put(fmt.Sprint(l))
}

// fmt.Print of a Value, an Array, a Lock and an RLock shows what CPython's
// print shows, run now as the oracle: the ctypes type per typecode, the
// wrapper of a synchronized object, the owner of a lock as seen by the
// caller (this process, another goroutine, another process, a child).
func TestObjectReprsMatchCPython(t *testing.T) {
	norm := func(s string) []string {
		s = reprAddr.ReplaceAllString(strings.TrimSpace(s), "0xADDR")
		return strings.Split(reprCounter.ReplaceAllString(s, "Process-N"), "\n")
	}
	want := norm(oracle.Python(t, objectScript))

	var got []string
	show := func(xs ...any) { got = append(got, fmt.Sprintln(xs...)) }
	for _, c := range []struct {
		tc   string
		init any
	}{{"b", -1}, {"B", 1}, {"h", 2}, {"H", 3}, {"i", 0}, {"I", 4}, {"l", -5}, {"L", 6},
		{"q", 7}, {"Q", 8}, {"f", 1.5}, {"f", 0.1}, {"d", 1.5}, {"d", 1e100}, {"d", 1e-5},
		{"d", 2.0}, {"d", 1e16}, {"d", 123456.789}, {"c", 'h'}, {"c", '\''}, {"u", 'h'}} {
		show(NewValue(c.tc, c.init), NewRawValue(c.tc, c.init))
	}
	for _, c := range []struct {
		tc   string
		init any
	}{{"i", []int{1, 2, 3}}, {"d", 2}, {"c", []byte("hi")}, {"u", []rune("h")}, {"q", 1}} {
		show(NewArray(c.tc, c.init), NewRawArray(c.tc, c.init))
	}
	for _, make := range []func() SharedLock{func() SharedLock { return NewLock() }, func() SharedLock { return NewRLock() }} {
		l := make()
		show(l)
		l.Acquire()
		show(l)
		if r, ok := l.(*RLock); ok {
			r.TryAcquire()
		}
		show(l)
		l.Release()
		if r, ok := l.(*RLock); ok {
			r.Release()
		}
		held, done := NewEvent(), NewEvent()
		p := NewProcess(holdLock, l, held, done)
		p.Start()
		held.Wait()
		show(l)
		done.Set()
		p.Join()
		l = make()
		gheld, gdone := NewEvent(), NewEvent()
		go holdLock(l, gheld, gdone)
		gheld.Wait()
		show(l)
		gdone.Set()
		q := NewQueue()
		p = NewProcess(showInChild, make(), q)
		p.Start()
		show(q.Get())
		p.Join()
	}
	got = norm(strings.Join(got, ""))
	if len(got) != len(want) {
		t.Fatalf("mpkit printed %d lines, CPython %d:\n%s\n---\n%s", len(got), len(want), strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d:\n mpkit:   %s\n CPython: %s", i+1, got[i], want[i])
		}
	}
}

// literalScript makes processes as TestProcessLiteralNamedAsCPython does.
const literalScript = `
import multiprocessing as mp, os
def job(): pass
if __name__ == "__main__":
    mp.set_start_method("fork")
    p1 = mp.Process(target=job)
    p2 = mp.Process(target=job)
    print(p1.name)
    print(repr(p2).replace("parent=%d" % os.getpid(), "parent=PARENT"))
    p3 = mp.Process(target=job)
    p3.start(); p3.join()
    print(p3.name)
`

// A Process literal is named from NewProcess's counter, and printing it
// before Start shows that name, as Python's repr of a new Process does.
func TestProcessLiteralNamedAsCPython(t *testing.T) {
	want := renumber(strings.Split(strings.TrimSpace(oracle.Python(t, literalScript)), "\n"))
	p1 := NewProcess(nothing)
	p2 := &Process{Target: nothing}
	got := []string{p1.Name, strings.ReplaceAll(p2.String(), "parent="+strconv.Itoa(os.Getpid()), "parent=PARENT")}
	p3 := &Process{Target: nothing}
	p3.Start()
	p3.Join()
	got = renumber(append(got, p3.Name))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("mpkit:\n%s\nCPython:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
