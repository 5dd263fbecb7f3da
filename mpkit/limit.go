package mpkit

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/goteach/goteach/internal/procfs"
)

// ErrProcessLimit is the error (inside the *Error a Start panics with, or
// returned where a pool starts a worker) when starting one more process
// would pass the limit set by SetProcessLimit.
var ErrProcessLimit = errors.New("mpkit: too many processes")

// envLimit carries the limit to children, so that it bounds the whole
// tree of processes.
const envLimit = "MPKIT_PROCESS_LIMIT"

var limit struct {
	sync.Mutex
	max     int       // 0: no limit
	counted int       // processes of the group at the last count
	at      time.Time // when it was taken
	since   int       // processes this process started since
}

func init() {
	if n, err := strconv.Atoi(os.Getenv(envLimit)); err == nil && n > 0 {
		limit.max = n
	}
}

// SetProcessLimit bounds the processes of the caller's process group
// (its children and theirs, and whatever else shares the group, such as
// commands a notebook cell started) to n; 0 removes the bound. A Start
// that would pass it fails with ErrProcessLimit, so a program that starts
// processes without end (a fork bomb) stops at the limit instead of
// taking the machine down. Children inherit the limit. The notebook
// kernel sets it from GOTEACH_PROCESS_LIMIT.
func SetProcessLimit(n int) {
	limit.Lock()
	defer limit.Unlock()
	limit.max = n
	limit.at = time.Time{}
	if n > 0 {
		os.Setenv(envLimit, strconv.Itoa(n))
	} else {
		os.Unsetenv(envLimit)
	}
}

// AdmitProcess reports, as Start does before it starts a process,
// whether one more process may start under the limit SetProcessLimit
// set: nil (the process is counted as started), or an error matching
// ErrProcessLimit that gives the figures. Code that starts processes
// other than mpkit's, such as os/exec commands, calls it first so that
// they count against the same bound; the notebook kernel does so for
// the commands cells start.
func AdmitProcess() error { return admitProcess() }

// recount is how long a count of the group's processes is trusted (plus
// the processes started since), while far from the limit: counting reads
// /proc.
const recount = 20 * time.Millisecond

// admitProcess reports ErrProcessLimit when one more process would pass
// the limit.
func admitProcess() error {
	limit.Lock()
	defer limit.Unlock()
	if limit.max <= 0 {
		return nil
	}
	// Near the limit every start counts afresh: other processes of the
	// group start processes too.
	if time.Since(limit.at) > recount || 4*(limit.counted+limit.since) >= 3*limit.max {
		limit.counted, limit.at, limit.since = groupSize(), time.Now(), 0
	}
	if n := limit.counted + limit.since; n >= limit.max {
		return limitError{running: n, max: limit.max}
	}
	limit.since++
	return nil
}

// limitError is ErrProcessLimit with the figures.
type limitError struct{ running, max int }

func (e limitError) Error() string {
	return fmt.Sprintf("too many processes: %d are running and the limit is %d", e.running, e.max)
}

// Is makes errors.Is(err, ErrProcessLimit) hold.
func (e limitError) Is(target error) bool { return target == ErrProcessLimit }

// groupSize counts the live processes of this process's group.
func groupSize() int { return len(procfs.Group(syscall.Getpgrp())) }
