package supervise

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/capture"
)

// The engine process's files, as the supervisor sets them up:
//
//	fd 0  /dev/null
//	fd 1  the kernel's stdout capture pipe (cells print here)
//	fd 2  a memfd the Go runtime writes a fatal error to (read by the
//	      supervisor after the process died; cells never write here)
//	fd 3  the link to the supervisor
//	fd 4  the kernel's stderr capture pipe, which becomes os.Stderr
const (
	linkFd   = 3
	stderrFd = 4
)

const (
	engineEnv = "GOTEACH_ENGINE"        // "1" in an engine process
	memoryEnv = "GOTEACH_ENGINE_MEMORY" // the engine's memory limit in bytes
	boundEnv  = "GOTEACH_ENGINE_BOUND"  // "1" once the limit is in force
)

// Session is the engine an engine process serves: a kernel.Engine that
// can also hand over its declarations, so that a new process can declare
// them again after a fatal error.
type Session interface {
	kernel.Engine
	// SetDeclsHook makes the session call f with its declaration log
	// (JSON, opaque to the supervisor) whenever it may have changed.
	SetDeclsHook(f func(log json.RawMessage))
	// Restore declares a log from an earlier process in the fresh
	// session and returns the names of the vars that lost their values.
	Restore(log json.RawMessage) (lost []string, err error)
}

// crashOut is fd 2 of the engine process, where the runtime reports a
// fatal error.
var crashOut *os.File

// IsEngine reports whether this process was started by a supervisor as
// its engine process.
func IsEngine() bool { return os.Getenv(engineEnv) == "1" }

// ServeEngine runs this process as the engine of a supervising kernel:
// it makes the session, declares what the previous engine process had
// declared, then runs the calls the supervisor sends until told to close
// or until the supervisor goes away. It never returns.
func ServeEngine(newSession func() (Session, error)) {
	limit, _ := strconv.ParseInt(os.Getenv(memoryEnv), 10, 64)
	if limit > 0 && os.Getenv(boundEnv) == "" {
		boundAndRestart(limit)
	}
	// Children of cells must not take themselves for engines.
	os.Unsetenv(engineEnv)
	os.Unsetenv(memoryEnv)
	os.Unsetenv(boundEnv)
	syscall.CloseOnExec(linkFd)
	syscall.CloseOnExec(stderrFd)
	// fd 2 stays open for the runtime (the *os.File must stay reachable,
	// or its finalizer closes the fd).
	crashOut = os.Stderr
	os.Stderr = os.NewFile(stderrFd, "/dev/stderr")
	applyMemoryLimit(limit)

	c := &child{
		l:       &link{rw: os.NewFile(linkFd, "supervisor")},
		waits:   map[uint64]chan *frame{},
		cancels: map[uint64]context.CancelFunc{},
	}
	kernel.SetLogOutput(logFrames{c.l})
	log.SetOutput(kernel.LogWriter())
	// Interrupts arrive as messages; a SIGINT sent to the kernel's
	// process group must not end the engine. SIGTERM (also sent when the
	// supervisor dies) ends it, and what its cells started.
	signal.Ignore(syscall.SIGINT)
	terms := make(chan os.Signal, 1)
	signal.Notify(terms, syscall.SIGTERM)
	go func() {
		<-terms
		c.exit(0)
	}()
	c.saveStdio()

	first, err := c.l.recv()
	if err != nil || first.Op != "restore" {
		c.exit(1)
	}
	sess, err := newSession()
	if err != nil {
		_ = c.l.send(&frame{Op: "ready", Err: err.Error()})
		c.exit(1)
	}
	c.sess = sess
	var lost []string
	if len(first.Decls) > 0 {
		if lost, err = sess.Restore(first.Decls); err != nil {
			kernel.Logf("the session's declarations could not be restored: %v", err)
			lost = nil
			_ = c.l.send(&frame{Op: "ready", Err: "declarations not restored: " + err.Error()})
		}
	}
	var last []byte
	var lastMu sync.Mutex
	sess.SetDeclsHook(func(decls json.RawMessage) {
		lastMu.Lock()
		defer lastMu.Unlock()
		if string(decls) == string(last) {
			return
		}
		last = append(last[:0], decls...)
		_ = c.l.send(&frame{Op: "decls", Decls: decls})
	})
	if err == nil {
		_ = c.l.send(&frame{Op: "ready", Lost: lost})
	}
	c.serve()
}

// addressSlack is address space the process reserves without using it:
// the Go runtime's reservations (about 600 MiB on linux/amd64, mostly for
// its page allocator's summaries) and 8 MiB for the stack of each thread.
// The bound on address space is the memory limit plus this; it refuses a
// single allocation far beyond the limit at once, and within it
// watchMemory holds the process's resident memory to the limit.
const addressSlack = 4 << 30

// boundAndRestart bounds the process's address space and runs the
// program again under that bound: the Go runtime sizes its reservations
// of address space when it starts, so a bound set later, below what it
// has reserved already, would make every allocation fail.
func boundAndRestart(limit int64) {
	lim := uint64(limit + addressSlack)
	if err := unix.Setrlimit(unix.RLIMIT_AS, &unix.Rlimit{Cur: lim, Max: lim}); err != nil {
		kernel.Logf("cannot limit the engine's memory to %d bytes: %v", limit, err)
		return
	}
	os.Setenv(boundEnv, "1")
	exe, err := os.Executable()
	if err == nil {
		err = syscall.Exec(exe, os.Args, os.Environ())
	}
	kernel.Logf("cannot restart the engine under its memory limit: %v", err)
}

// applyMemoryLimit makes the garbage collector work harder as the
// process nears its memory bound, and keeps the stack of a runaway
// recursion well below the bound, so that the recursion is reported as a
// stack overflow rather than as running out of memory.
func applyMemoryLimit(limit int64) {
	if limit <= 0 {
		debug.SetMaxStack(maxStack)
		return
	}
	debug.SetMemoryLimit(limit / 10 * 9)
	go watchMemory(limit)
	debug.SetMaxStack(int(min(limit/4, maxStack)))
}

// watchMemory ends the process, saying why on fd 2 as the runtime
// would, once its resident memory passes limit. A single allocation
// beyond the bound on address space fails at once; this catches memory
// that grows by small steps.
func watchMemory(limit int64) {
	statm, err := os.Open("/proc/self/statm")
	if err != nil {
		return
	}
	page := int64(os.Getpagesize())
	buf := make([]byte, 128)
	t := time.NewTicker(memoryCheck)
	for range t.C {
		n, err := statm.ReadAt(buf, 0)
		if n == 0 && err != nil {
			return
		}
		var size, resident int64
		if _, err := fmt.Sscan(string(buf[:n]), &size, &resident); err != nil {
			return
		}
		if rss := resident * page; rss > limit {
			fmt.Fprintf(crashOut, "fatal error: out of memory: %d bytes in use, over the memory limit of %d bytes\n", rss, limit)
			killGroupMembers()
			os.Exit(2)
		}
	}
}

// memoryCheck is how often watchMemory looks.
const memoryCheck = 50 * time.Millisecond

// maxStack bounds a goroutine's stack in the engine (Go's own bound is
// 1 GiB): an interpreted call takes a few hundred bytes of it, so this is
// still several hundred thousand calls deep, and a runaway recursion is
// reported in about a second rather than after filling a gigabyte.
const maxStack = 256 << 20

type child struct {
	l    *link
	sess Session

	mu      sync.Mutex
	waits   map[uint64]chan *frame // calls to the supervisor awaiting an answer
	cancels map[uint64]context.CancelFunc
	nextID  atomic.Uint64

	outSaved, errSaved int      // duplicates of fd 1 and fd 4
	outFile, errFile   *os.File // the same, for the engine's own text
}

func (c *child) serve() {
	for {
		f, err := c.l.recv()
		if err != nil {
			c.exit(0) // the supervisor is gone
		}
		switch f.Op {
		case "execute":
			go c.execute(f)
		case "interrupt":
			c.mu.Lock()
			cancel := c.cancels[f.ID]
			c.mu.Unlock()
			if cancel != nil {
				cancel()
			}
		case "complete":
			go func() {
				r := c.sess.Complete(f.Code, f.Cursor)
				_ = c.l.send(&frame{Op: "answer", ID: f.ID, Complete: &r})
			}()
		case "inspect":
			go func() {
				r := c.sess.Inspect(f.Code, f.Cursor, f.Detail)
				_ = c.l.send(&frame{Op: "answer", ID: f.ID, Inspect: &r})
			}()
		case "is_complete":
			go func() {
				status, indent := c.sess.IsComplete(f.Code)
				_ = c.l.send(&frame{Op: "answer", ID: f.ID, Status: status, Indent: indent})
			}()
		case "reset":
			go func() {
				c.sess.Reset()
				killGroupMembers()
				_ = c.l.send(&frame{Op: "answer", ID: f.ID})
			}()
		case "close":
			c.sess.Close()
			_ = c.l.send(&frame{Op: "answer", ID: f.ID})
			c.exit(0)
		case "input_reply", "flushed":
			c.mu.Lock()
			ch := c.waits[f.ID]
			delete(c.waits, f.ID)
			c.mu.Unlock()
			if ch != nil {
				ch <- f
			}
		}
	}
}

func (c *child) execute(f *frame) {
	ctx, cancel := context.WithCancel(context.Background())
	c.mu.Lock()
	c.cancels[f.ID] = cancel
	c.mu.Unlock()
	_ = c.l.send(&frame{Op: "started", ID: f.ID})
	out := &remoteOutput{c: c, id: f.ID}
	if note := c.reattach(); note != "" {
		out.Stream("stderr", note)
	}
	res := c.sess.Execute(ctx, *f.Exec, out)
	c.mu.Lock()
	delete(c.cancels, f.ID)
	c.mu.Unlock()
	cancel()
	_ = c.l.send(&frame{Op: "done", ID: f.ID, Result: &res})
}

// call sends f to the supervisor and waits for its answer.
func (c *child) call(f *frame, timeout time.Duration) (*frame, error) {
	f.ID = c.nextID.Add(1)
	ch := make(chan *frame, 1)
	c.mu.Lock()
	c.waits[f.ID] = ch
	c.mu.Unlock()
	if err := c.l.send(f); err != nil {
		return nil, err
	}
	var expire <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expire = t.C
	}
	select {
	case a := <-ch:
		return a, nil
	case <-expire:
		c.mu.Lock()
		delete(c.waits, f.ID)
		c.mu.Unlock()
		return nil, errors.New("no answer from the kernel")
	}
}

// exit ends the engine process and every process of its group.
func (c *child) exit(code int) {
	killGroupMembers()
	os.Exit(code)
}

// saveStdio keeps duplicates of the capture pipes, to give them back to
// cells that closed or replaced them.
func (c *child) saveStdio() {
	c.outSaved, _ = unix.FcntlInt(1, unix.F_DUPFD_CLOEXEC, 10)
	c.errSaved, _ = unix.FcntlInt(stderrFd, unix.F_DUPFD_CLOEXEC, 10)
	if c.outSaved > 0 {
		c.outFile = os.NewFile(uintptr(c.outSaved), "stdout-capture")
	}
	if c.errSaved > 0 {
		c.errFile = os.NewFile(uintptr(c.errSaved), "stderr-capture")
	}
}

// reattach undoes what an earlier cell did to os.Stdout and os.Stderr
// (closed them, or pointed them or their fds elsewhere) and returns a
// note saying so, or "".
func (c *child) reattach() string {
	var fixed []string
	if c.outSaved > 0 && capture.ReattachFd(1, c.outSaved, &os.Stdout) {
		fixed = append(fixed, "stdout")
	}
	if c.errSaved > 0 && capture.ReattachFd(stderrFd, c.errSaved, &os.Stderr) {
		syscall.CloseOnExec(stderrFd)
		fixed = append(fixed, "stderr")
	}
	return capture.ReattachNote(fixed)
}

// remoteOutput is a cell's kernel.Output in the engine process.
type remoteOutput struct {
	c  *child
	id uint64
}

func (o *remoteOutput) send(f *frame) {
	f.ID = o.id
	_ = o.c.l.send(f)
}

// Stream writes text to the kernel's stdout or stderr capture pipe, so
// that it keeps its place among what the cell writes to its fds.
func (o *remoteOutput) Stream(name, text string) {
	f := o.c.outFile
	if name == "stderr" {
		f = o.c.errFile
	}
	if f == nil {
		o.send(&frame{Op: "stream", Name: name, Text: text})
		return
	}
	_, _ = io.WriteString(f, text)
}

// Display sends display_data or update_display_data.
func (o *remoteOutput) Display(data, metadata, transient map[string]any, update bool) {
	o.send(&frame{Op: "display", Data: data, Metadata: metadata, Transient: transient, Update: update})
}

// Result sends the cell's execute_result.
func (o *remoteOutput) Result(data, metadata map[string]any) {
	o.send(&frame{Op: "result", Data: data, Metadata: metadata})
}

// Error sends the cell's error.
func (o *remoteOutput) Error(e kernel.ErrorValue) {
	o.send(&frame{Op: "error", Error: &e})
}

// ClearOutput sends clear_output.
func (o *remoteOutput) ClearOutput(wait bool) {
	o.send(&frame{Op: "clear", Wait: wait})
}

// Input asks the front end for a line.
func (o *remoteOutput) Input(prompt string, password bool) (string, error) {
	a, err := o.c.call(&frame{Op: "input", Cell: o.id, Prompt: prompt, Password: password}, 0)
	if err != nil {
		return "", err
	}
	if a.Err != "" {
		return a.Text, errors.New(a.Err)
	}
	return a.Text, nil
}

// Flush waits until what the process wrote to fd 1 and 2 so far has
// been sent.
func (o *remoteOutput) Flush() {
	_, _ = o.c.call(&frame{Op: "flush", Cell: o.id}, 5*time.Second)
}

// logFrames sends kernel log lines to the supervisor.
type logFrames struct{ l *link }

func (w logFrames) Write(p []byte) (int, error) {
	if err := w.l.send(&frame{Op: "log", Text: string(p)}); err != nil {
		return 0, err
	}
	return len(p), nil
}
