package mpkit

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/goteach/goteach/mpkit/internal/ctl"
)

// Environment variables that make an executable a child of this package.
// A child removes them from its environment at once, so programs it runs
// in turn are not mistaken for children.
const (
	envChild  = "MPKIT_CHILD"  // set in every child
	envDefer  = "MPKIT_DEFER"  // the child dispatches in Main, not in init
	envParent = "MPKIT_PARENT" // "pid name" of the parent process
)

// Control message types.
const (
	mReady  byte = iota + 1 // child → parent: set up and waiting
	mWarm                   // parent → child: a host snapshot to apply ahead of a job
	mRun                    // parent → child: run a process target, then exit
	mWorker                 // parent → child: become a pool worker
	mTask                   // parent → worker: run a chunk of tasks
	mResult                 // worker → parent: the results of a chunk
	mStop                   // parent → worker: finish and exit
	mBegin                  // worker → parent: a chunk is starting
)

// child is a started child process, spare or working.
type child struct {
	cmd  *exec.Cmd
	pid  int
	conn *ctl.Conn
	done chan struct{} // closed once the process has exited and been reaped
	ws   syscall.WaitStatus

	hostVersion string // the host snapshot version the child has applied
}

// exitCode turns the wait status into Python's exitcode: n for exit(n),
// -signal for a signal.
func (c *child) exitCode() int {
	if c.ws.Signaled() {
		return -int(c.ws.Signal())
	}
	return c.ws.ExitStatus()
}

func (c *child) exited() bool {
	select {
	case <-c.done:
		return true
	default:
		return false
	}
}

// The spawner: every child is started from one OS thread that never exits,
// because the kernel delivers Pdeathsig when the thread that forked the
// child ends, not the process.
var (
	spawnOnce sync.Once
	spawnReq  chan func()
)

func onSpawner(f func()) {
	spawnOnce.Do(func() {
		spawnReq = make(chan func())
		go func() {
			runtime.LockOSThread()
			for g := range spawnReq {
				g()
			}
		}()
	})
	done := make(chan struct{})
	spawnReq <- func() { f(); close(done) }
	<-done
}

// mainCalled records that this program calls Main, so its children can
// dispatch there, after every package is initialised.
var mainCalled bool

// selfName is this process's name ("MainProcess" or the name given by the
// parent); its children are named after it.
var selfName = "MainProcess"

func spawn() (*child, error) {
	if err := admitProcess(); err != nil {
		return nil, err
	}
	conn, theirs, err := ctl.Pair()
	if err != nil {
		return nil, err
	}
	defer theirs.Close()
	cmd := &exec.Cmd{
		Path:       "/proc/self/exe",
		Args:       []string{os.Args[0]},
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		ExtraFiles: []*os.File{theirs},
		SysProcAttr: &syscall.SysProcAttr{
			Pdeathsig: syscall.SIGKILL,
		},
	}
	env := os.Environ()
	env = append(env, envChild+"=1", envParent+"="+strconv.Itoa(os.Getpid())+" "+selfName)
	if mainCalled || currentHost() != nil {
		env = append(env, envDefer+"=1")
	}
	cmd.Env = env
	onSpawner(func() { err = cmd.Start() })
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("start child process: %w", err)
	}
	c := &child{cmd: cmd, pid: cmd.Process.Pid, conn: conn, done: make(chan struct{})}
	go func() {
		err := cmd.Wait()
		if cmd.ProcessState != nil {
			c.ws, _ = cmd.ProcessState.Sys().(syscall.WaitStatus)
		} else if err != nil {
			c.ws = syscall.WaitStatus(255 << 8)
		}
		close(c.done)
	}()
	return c, nil
}

// awaitReady waits for the child's first message.
func (c *child) awaitReady() error {
	f, err := c.conn.Recv()
	if err != nil {
		if errors.Is(err, io.EOF) {
			<-c.done
			return fmt.Errorf("child process %d exited during start-up (exit code %d)", c.pid, c.exitCode())
		}
		return err
	}
	if f.Type != mReady {
		return fmt.Errorf("child process %d sent message %d before it was ready", c.pid, f.Type)
	}
	return nil
}

// Spare children: started ahead of time so that Start costs one message.
var spares struct {
	sync.Mutex
	want    int
	ready   []*child
	filling int
}

// SetSpares keeps n child processes started and waiting, so that starting
// a Process or a Pool worker costs one message instead of a program
// start-up. The notebook kernel keeps two; a compiled program usually
// needs none. Spares are real processes: they are killed with the parent.
func SetSpares(n int) {
	if n < 0 {
		n = 0
	}
	spares.Lock()
	spares.want = n
	var extra []*child
	if len(spares.ready) > n {
		extra = spares.ready[n:]
		spares.ready = spares.ready[:n:n]
	}
	spares.Unlock()
	for _, c := range extra {
		c.conn.Close()
	}
	refillSpares()
}

func refillSpares() {
	spares.Lock()
	need := spares.want - len(spares.ready) - spares.filling
	if need <= 0 {
		spares.Unlock()
		return
	}
	spares.filling += need
	spares.Unlock()
	for i := 0; i < need; i++ {
		go func() {
			c, err := spawn()
			if err == nil {
				err = c.awaitReady()
				if err == nil {
					warm(c)
				}
			}
			spares.Lock()
			spares.filling--
			if err == nil && len(spares.ready) < spares.want {
				spares.ready = append(spares.ready, c)
				c = nil
			}
			spares.Unlock()
			if c != nil && err == nil {
				c.conn.Close()
			}
		}()
	}
}

// warm sends a spare the host's current state, so the job finds it ready.
func warm(c *child) {
	h := currentHost()
	if h == nil {
		return
	}
	var w ctl.W
	files, err := withEncoding(func() error {
		v, state, err := h.Snapshot("", c.hostVersion, ShipReached)
		if err != nil || state == nil {
			return err
		}
		w.String(v)
		w.Bytes(state)
		c.hostVersion = v
		return nil
	})
	if err != nil || len(w.B) == 0 {
		return
	}
	c.conn.Send(mWarm, w.B, files...)
}

// takeChild returns a ready child: a spare if one is waiting, else a new one.
func takeChild() (*child, error) {
	for {
		spares.Lock()
		var c *child
		if n := len(spares.ready); n > 0 {
			c = spares.ready[n-1]
			spares.ready = spares.ready[:n-1]
		}
		spares.Unlock()
		if c == nil {
			break
		}
		if c.exited() {
			c.conn.Close()
			continue
		}
		refillSpares()
		return c, nil
	}
	c, err := spawn()
	if err != nil {
		return nil, err
	}
	if err := c.awaitReady(); err != nil {
		c.conn.Close()
		return nil, err
	}
	refillSpares()
	return c, nil
}

// waitTimeout waits for ch up to d (forever when d < 0); it reports
// whether ch was closed.
func waitTimeout(ch <-chan struct{}, d time.Duration) bool {
	if d < 0 {
		<-ch
		return true
	}
	if d == 0 {
		select {
		case <-ch:
			return true
		default:
			return false
		}
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return false
	}
}
