package workerhost

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/goteach/goteach/internal/oracle"
	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/engine"
	"github.com/goteach/goteach/mpkit"
)

// fd1 collects what this process and its children write to fd 1 (a pipe
// put there by TestMain, as the kernel puts its own), and passes it on to
// the real standard output.
var fd1 struct {
	sync.Mutex
	cond *sync.Cond
	buf  bytes.Buffer
}

// TestMain makes the test binary a kernel child when mpkit starts it, and
// otherwise catches fd 1 so that the tests can read what children print.
func TestMain(m *testing.M) {
	if mpkit.IsChild() {
		ServeChild(engine.Options{}, nil)
	}
	fd1.cond = sync.NewCond(&fd1.Mutex)
	if out, err := unix.Dup(1); err == nil {
		var p [2]int
		if unix.Pipe2(p[:], unix.O_CLOEXEC) == nil && unix.Dup2(p[1], 1) == nil {
			unix.Close(p[1])
			go func() {
				b := make([]byte, 4096)
				for {
					n, err := unix.Read(p[0], b)
					if n <= 0 || err != nil {
						return
					}
					unix.Write(out, b[:n])
					fd1.Lock()
					fd1.buf.Write(b[:n])
					fd1.cond.Broadcast()
					fd1.Unlock()
				}
			}()
		}
	}
	os.Exit(m.Run())
}

// printed runs f and returns what reached fd 1 meanwhile: a marker
// written to fd 1 comes through the pipe after everything written to it
// before, so one before f and one after f delimit f's output.
func printed(t *testing.T, f func()) string {
	t.Helper()
	begin := mark()
	f()
	end := mark()
	fd1.Lock()
	defer fd1.Unlock()
	return fd1.buf.String()[begin:end]
}

// mark writes a marker to fd 1 and returns where it starts in fd1.buf once
// it came through; the marker is then cut out.
func mark() int {
	m := "\x00mark\x00"
	unix.Write(1, []byte(m))
	fd1.Lock()
	defer fd1.Unlock()
	for !strings.Contains(fd1.buf.String(), m) {
		fd1.cond.Wait()
	}
	b := fd1.buf.Bytes()
	i := bytes.Index(b, []byte(m))
	rest := append([]byte(nil), b[i+len(m):]...)
	fd1.buf.Truncate(i)
	fd1.buf.Write(rest)
	return i
}

// session is a kernel session whose cell funcs run in child processes.
func session(t *testing.T) kernel.Engine {
	t.Helper()
	eng, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := Attach(eng)
	t.Cleanup(mpkit.Shutdown)
	run(t, e, "import (\n\t\"fmt\"\n\tmp \"github.com/goteach/goteach/mpkit\"\n)")
	return e
}

// cell runs a cell and returns what it printed (on fd 1, as in the kernel).
func cell(t *testing.T, e kernel.Engine, code string) string {
	t.Helper()
	return printed(t, func() { run(t, e, code) })
}

// cellErr runs a cell that must fail and returns its error's text.
func cellErr(t *testing.T, e kernel.Engine, code string) string {
	t.Helper()
	var o out
	res := e.Execute(context.Background(), kernel.ExecuteRequest{Code: code, StoreHistory: true}, &o)
	if res.Err == nil {
		t.Fatalf("cell did not fail:\n%s", code)
	}
	return res.Err.Value + "\n" + strings.Join(res.Err.Traceback, "\n")
}

const poolStateScript = `
import multiprocessing as mp
counter = 0
tag = "parent"
base = 1
def init_worker(s):
    global tag
    tag = s
def bump(x):
    global counter
    counter += 1
    return counter
def get_tag(x): return tag
def get_base(x): return base
def show(xs): print("[" + " ".join(str(x) for x in xs) + "]")
if __name__ == "__main__":
    mp.set_start_method("fork")
    pool = mp.Pool(1, initializer=init_worker, initargs=("init",))
    base = 100
    show(pool.map(bump, range(5)))
    show(pool.map(get_tag, range(2)))
    show(pool.map(get_base, range(2)))
    show(pool.map(bump, range(2)))
    print(counter, tag, base)
    pool.terminate()
`

// A pool worker is made once, with the session as it was when the Pool
// was made, and keeps what its initializer and its tasks did to it.
func TestPoolWorkersKeepTheirStateAsCPython(t *testing.T) {
	want := oracle.Python(t, poolStateScript)
	e := session(t)
	run(t, e, `var counter int
var tag = "parent"
var base = 1
func initWorker(s string) { tag = s }
func bump(x int) int { counter++; return counter }
func getTag(x int) string { return tag }
func getBase(x int) int { return base }`)
	got := cell(t, e, `pool := mp.NewPool(1, mp.Initializer(initWorker, "init"))
base = 100
fmt.Println(pool.Map(bump, mp.Range(5)))
fmt.Println(pool.Map(getTag, mp.Range(2)))
fmt.Println(pool.Map(getBase, mp.Range(2)))`)
	got += cell(t, e, `fmt.Println(pool.Map(bump, mp.Range(2)))
fmt.Println(counter, tag, base)
pool.Terminate()`)
	if got != want {
		t.Fatalf("cells printed:\n%s\nCPython:\n%s", got, want)
	}
}

// A func declared after the Pool was made runs in its workers (Python's
// could not find it), on the worker's own globals; a var declared since
// comes with its current value.
func TestPoolTaskDeclaredLaterSeesTheWorkersState(t *testing.T) {
	e := session(t)
	run(t, e, "var counter int\nfunc bump(x int) int { counter++; return counter }")
	run(t, e, "pool := mp.NewPool(1)\nfmt.Println(pool.Map(bump, mp.Range(3), 1))")
	run(t, e, "var step = 10\nfunc bumpBy(x int) int { counter += step; return counter }")
	got := cell(t, e, "counter = 1000\nfmt.Println(pool.Map(bumpBy, mp.Range(2), 1), counter)")
	if got != "[13 23] 1000\n" {
		t.Fatalf("got %q, want the worker's counter (3) stepped by 10: [13 23] 1000", got)
	}
}

// A func redefined after the Pool was made runs in its new form on the
// worker's own globals; a type redeclared since fails the task with an
// error that says so, the worker's values being of the old type.
func TestPoolTaskRedeclaredSince(t *testing.T) {
	e := session(t)
	run(t, e, "var counter int\nfunc bump(x int) int { counter++; return counter }\npool := mp.NewPool(1)\nfmt.Println(pool.Map(bump, mp.Range(3), 1))")
	run(t, e, "func bump(x int) int { counter += 10; return counter }")
	if got := cell(t, e, "fmt.Println(pool.Map(bump, mp.Range(2), 1))"); got != "[13 23]\n" {
		t.Fatalf("the redefined func ran %q, want [13 23]", got)
	}
	run(t, e, "type P struct{ X int }\nvar origin P\nfunc getX(i int) int { return origin.X + i }\nfmt.Println(pool.Map(getX, mp.Range(2)))")
	run(t, e, "type P struct{ X, Y int }")
	msg := cellErr(t, e, "fmt.Println(pool.Map(getX, mp.Range(2)))")
	if !strings.Contains(msg, "type P") || !strings.Contains(msg, "make a new Pool") {
		t.Fatalf("the error does not explain the redeclaration:\n%s", msg)
	}
	got := cell(t, e, "pool2 := mp.NewPool(1)\nfmt.Println(pool2.Map(getX, mp.Range(2)))")
	if got != "[0 1]\n" {
		t.Fatalf("a new pool runs %q, want [0 1]", got)
	}
}

const nestedScript = `
import multiprocessing as mp
import sys
def leaf(i):
    # one write per line: leaves print at the same time
    sys.stdout.write("leaf %d %s\n" % (i, mp.current_process().name))
    sys.stdout.flush()
def sq(x): return x * x
def branch():
    ps = [mp.Process(target=leaf, args=(i,)) for i in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print("branch", mp.current_process().name, " ".join(str(p.exitcode) for p in ps), flush=True)
    pool = mp.Pool(2)
    print("pool [" + " ".join(str(x) for x in pool.map(sq, range(4))) + "]", flush=True)
    pool.terminate()
def orphans():
    for i in (2, 3):
        mp.Process(target=leaf, args=(i,)).start()
if __name__ == "__main__":
    mp.set_start_method("fork")
    p = mp.Process(target=branch)
    p.start()
    p.join()
    print("main", p.exitcode)
    p = mp.Process(target=orphans)
    p.start()
    p.join()
    print("main", p.exitcode)
`

var topProcess = regexp.MustCompile(`Process-\d+`)

// sortLeaves normalises the process numbers of the main process's
// children and sorts the lines of leaves, which run at the same time.
func sortLeaves(s string) string {
	lines := strings.Split(strings.TrimSpace(topProcess.ReplaceAllString(s, "Process-N")), "\n")
	var leaves, rest []string
	for _, l := range lines {
		if strings.HasPrefix(l, "leaf ") {
			leaves = append(leaves, l)
		} else {
			rest = append(rest, l)
		}
	}
	sort.Strings(leaves)
	return strings.Join(append(leaves, rest...), "\n")
}

// A cell func running in a child starts processes and a pool of its own,
// as a forked Python child does, and waits for the children it did not
// join before it exits.
func TestCellFuncInChildStartsChildren(t *testing.T) {
	want := sortLeaves(oracle.Python(t, nestedScript))
	e := session(t)
	run(t, e, `func leaf(i int) { fmt.Println("leaf", i, mp.CurrentProcess().Name) }
func sq(x int) int { return x * x }
func branch() {
	ps := []*mp.Process{mp.NewProcess(leaf, 0), mp.NewProcess(leaf, 1)}
	for _, p := range ps {
		p.Start()
	}
	codes := []string{}
	for _, p := range ps {
		p.Join()
		c, _ := p.ExitCode()
		codes = append(codes, fmt.Sprint(c))
	}
	fmt.Println("branch", mp.CurrentProcess().Name, strings.Join(codes, " "))
	pool := mp.NewPool(2)
	fmt.Println("pool", pool.Map(sq, mp.Range(4)))
	pool.Terminate()
}
func orphans() {
	for _, i := range []int{2, 3} {
		mp.NewProcess(leaf, i).Start()
	}
}`)
	got := sortLeaves(cell(t, e, `p := mp.NewProcess(branch)
p.Start()
p.Join()
code, _ := p.ExitCode()
fmt.Println("main", code)
p = mp.NewProcess(orphans)
p.Start()
p.Join()
code, _ = p.ExitCode()
fmt.Println("main", code)`))
	if got != want {
		t.Fatalf("cells printed:\n%s\nCPython:\n%s", got, want)
	}
}
