package mpkit

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
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
	script := filepath.Join(t.TempDir(), "repr.py")
	if err := os.WriteFile(script, []byte(reprScript), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", script).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	want := strings.Split(normaliseRepr(strings.TrimSpace(string(out))), "\n")

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
