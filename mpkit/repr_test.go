package mpkit

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// runCPython runs a Python program with the machine's CPython (the oracle
// of these tests) and returns what it printed.
func runCPython(t *testing.T, program string) string {
	t.Helper()
	script := filepath.Join(t.TempDir(), "oracle.py")
	if err := os.WriteFile(script, []byte(program), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", script).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	return string(out)
}

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
	out := runCPython(t, reprScript)
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
	out := runCPython(t, poolScript)
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

// charScript prints character values and arrays as a Python program does.
const charScript = `
import multiprocessing as mp
print(mp.Value('c', b'h').value)
print(mp.Value('c', b"'").value)
print(mp.Value('u', 'h').value)
a = mp.Array('c', 4); a.value = b'hi'; print(a[:])
print(mp.Array('c', b'it\'s\n\xff')[:])
print(mp.Array('u', 'h\u00e9')[:])
`

// A character Value or Array prints what Python's print shows for its
// value: bytes for 'c', text for 'u'.
func TestCharValuesPrintAsCPython(t *testing.T) {
	out := runCPython(t, charScript)
	a := NewArray("c", 4)
	a.SetText("hi")
	got := fmt.Sprintln(NewValue("c", 'h')) +
		fmt.Sprintln(NewValue("c", '\'')) +
		fmt.Sprintln(NewValue("u", 'h')) +
		fmt.Sprintln(a) +
		fmt.Sprintln(NewArray("c", []byte("it's\n\xff"))) +
		fmt.Sprintln(NewArray("u", []rune("hé")))
	if got != out {
		t.Fatalf("mpkit:\n%s\nCPython:\n%s", got, out)
	}
}
