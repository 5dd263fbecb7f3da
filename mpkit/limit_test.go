package mpkit

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// waitEvent blocks until e is set.
func waitEvent(e *Event) { e.Wait() }

// envOwnGroup marks the test binary re-run in a process group of its own.
const envOwnGroup = "MPKIT_TEST_OWN_GROUP"

// TestProcessLimitStopsAForkBomb starts processes that wait until the
// limit refuses one; the refusal names the limit, and once they end,
// starting works again. The limit counts the processes of the caller's
// group, which `go test ./...` shares with every package it tests at
// the same time; so the test runs again in a group of its own, where
// only its processes count.
func TestProcessLimitStopsAForkBomb(t *testing.T) {
	if os.Getenv(envOwnGroup) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestProcessLimitStopsAForkBomb$", "-test.timeout=120s", "-test.v")
		cmd.Env = append(os.Environ(), envOwnGroup+"=1")
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "--- PASS: TestProcessLimitStopsAForkBomb") {
			t.Fatalf("in a process group of its own: %v\n%s", err, out)
		}
		return
	}
	before := groupSize()
	SetProcessLimit(before + 3)
	defer SetProcessLimit(0)
	SetSpares(0)
	release := NewEvent()
	var started []*Process
	var refused error
	for range 10 {
		p := &Process{Target: waitEvent, Args: Args(release)}
		func() {
			defer func() {
				if r := recover(); r != nil {
					refused, _ = r.(error)
				}
			}()
			p.Start()
			started = append(started, p)
		}()
		if refused != nil {
			break
		}
	}
	if !errors.Is(refused, ErrProcessLimit) {
		t.Fatalf("starting 10 processes under a limit of %d: refused with %v", before+3, refused)
	}
	if len(started) == 0 || len(started) > 3 {
		t.Errorf("%d processes started under a limit of %d with %d running before", len(started), before+3, before)
	}
	var e *Error
	if !errors.As(refused, &e) || !strings.Contains(e.Error(), "too many processes") || !strings.Contains(e.Error(), "fork bomb") {
		t.Errorf("the error does not explain itself: %v", refused)
	}
	release.Set()
	for _, p := range started {
		p.Join()
	}
	p := &Process{Target: nothing}
	p.Start()
	p.Join()
	if code, ok := p.ExitCode(); !ok || code != 0 {
		t.Errorf("a start after the others ended: exit code %d, %v", code, ok)
	}
}
