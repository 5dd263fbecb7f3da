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
