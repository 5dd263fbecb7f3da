package engine

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// goRun is what the Go toolchain does with a program: the oracle.
type goRun struct {
	stdout, stderr string
	exit           int
	panicMsg       string // the text after "panic: ", when it panicked
	panicLine      int    // the line of the innermost frame in the program
}

var goFrame = regexp.MustCompile(`(?m)^\t.*/prog\.go:(\d+)`)

// runWithGo builds src with the Go toolchain in a temporary directory
// and runs it.
func runWithGo(t *testing.T, src string) goRun {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the Go toolchain is not installed")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "prog.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	build := exec.Command("go", "build", "-o", "prog", "prog.go")
	build.Dir = dir
	build.Env = append(os.Environ(), "GO111MODULE=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(filepath.Join(dir, "prog"))
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := goRun{stdout: out.String(), stderr: errb.String()}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.exit = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running the program: %v", err)
	}
	if i := strings.Index(r.stderr, "panic: "); i >= 0 {
		line := r.stderr[i+len("panic: "):]
		line, _, _ = strings.Cut(line, "\n")
		r.panicMsg = strings.TrimSuffix(line, " [recovered]")
		if m := goFrame.FindStringSubmatch(r.stderr); m != nil {
			r.panicLine, _ = strconv.Atoi(m[1])
		}
		r.stderr = r.stderr[:i]
	}
	return r
}

// TestLoweredProgramsMatchGo runs each program of testdata/lowering as
// one cell and compares what it prints, and how it fails, with go run.
func TestLoweredProgramsMatchGo(t *testing.T) {
	files, _ := filepath.Glob("testdata/lowering/*.go")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want := runWithGo(t, string(src))
			s := newSession(t)
			r := s.runWith(context.Background(), string(src), &fakeOutput{})
			if r.stdout != want.stdout {
				t.Errorf("stdout\n got %q\nwant %q", r.stdout, want.stdout)
			}
			if r.stderr != want.stderr {
				t.Errorf("stderr\n got %q\nwant %q", r.stderr, want.stderr)
			}
			switch {
			case want.panicMsg != "":
				if r.res.Err == nil {
					t.Fatalf("the cell succeeded; go run panicked with %q", want.panicMsg)
				}
				ev := r.res.Err
				got := ev.Value
				if ev.Name == ErrRuntime {
					got = "runtime error: " + got
				}
				if !strings.Contains(want.panicMsg, got) || got == "" {
					t.Errorf("error %q, go run: %q", got, want.panicMsg)
				}
				tb := strings.Join(ev.Traceback, "\n")
				if want.panicLine > 0 && !strings.Contains(tb, "line "+strconv.Itoa(want.panicLine)+",") {
					t.Errorf("traceback does not name line %d:\n%s", want.panicLine, tb)
				}
			case want.exit != 0:
				if r.res.Err == nil || r.res.Err.Value != "exit status "+strconv.Itoa(want.exit) {
					t.Errorf("error %+v, want exit status %d", r.res.Err, want.exit)
				}
			case r.res.Err != nil:
				t.Errorf("cell failed: %s: %s\n%s", r.res.Err.Name, r.res.Err.Value, strings.Join(r.res.Err.Traceback, "\n"))
			}
		})
	}
}
