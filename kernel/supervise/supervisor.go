// Package supervise keeps a kernel alive through what Go cannot recover
// from. The protocol server, the history and the output capture stay in
// the kernel process (the supervisor), which never runs a cell; the
// interpreter session runs in an engine process it starts. A fatal error
// there (a stack overflow, running out of memory, concurrent map
// writes, a panic on a goroutine nobody recovers) ends only the engine
// process: the supervisor tells the cell what happened in a student's
// words, starts a new engine process that declares the session's
// imports, types, consts and funcs again, and says which variables lost
// their values. A cell that does not stop when interrupted is ended the
// same way.
package supervise

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/goteach/goteach/kernel"
)

// Options configure an Engine.
type Options struct {
	// Command is the engine process's argv; its program must call
	// ServeEngine when IsEngine reports true. Default: this executable.
	Command []string
	// MemoryLimit bounds the engine process's memory, in bytes; 0 means
	// no limit.
	MemoryLimit int64
	// StopTimeout is how long a cell may go on after an interrupt before
	// its engine process is ended (default 5 s).
	StopTimeout time.Duration
	// LanguageVersion is the Go version reported in language_info.
	LanguageVersion string
}

// Engine is a kernel.Engine whose cells run in an engine process.
type Engine struct {
	opts Options

	mu      sync.Mutex
	cur     *proc
	closed  bool
	decls   json.RawMessage // the session's declarations, as last reported
	pending string          // what the next cell must say about the session
	// settling is closed when the note about an engine process that died
	// between cells is in pending (nil when none is being written).
	settling chan struct{}
	nextID   atomic.Uint64

	spawn chan spawnReq // to the thread that starts engine processes
}

var _ kernel.Engine = (*Engine)(nil)

// New returns an Engine; its first engine process starts with Start or
// the first call that needs it.
func New(opts Options) *Engine {
	if opts.StopTimeout == 0 {
		opts.StopTimeout = 5 * time.Second
	}
	e := &Engine{opts: opts, spawn: make(chan spawnReq)}
	go e.spawner()
	return e
}

// Start starts the engine process if none runs; it does not wait.
func (e *Engine) Start() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.cur == nil && !e.closed {
		e.cur = e.startLocked()
	}
}

// LanguageVersion is the Go version given in Options.
func (e *Engine) LanguageVersion() string { return e.opts.LanguageVersion }

// proc is one engine process.
type proc struct {
	e     *Engine
	cmd   *exec.Cmd
	l     *link
	crash *os.File // the process's fd 2: what the runtime says when it dies

	mu    sync.Mutex
	calls map[uint64]chan *frame
	outs  map[uint64]kernel.Output
	last  kernel.Output // the newest cell's output, for output without a known cell

	ready    chan struct{} // closed when the session is made (or could not be)
	startErr string
	lost     []string // vars the restore could not give values back to

	dead    chan struct{} // closed once the process has exited
	waitErr error
	killed  atomic.Bool     // the supervisor ended it
	served  atomic.Bool     // it said it was ready
	started map[uint64]bool // cells it began to run (and has not finished)
	handled chan struct{}   // closed once its death has been dealt with

	once sync.Once // the aftermath of its death, computed once:
	ev   kernel.ErrorValue
	note string // what the new session has of the old one
}

// spawnReq asks the spawning thread to start a process.
type spawnReq struct {
	cmd  *exec.Cmd
	done chan error
}

// spawner starts engine processes from one OS thread that never exits:
// the kernel sends an engine process its death signal when the thread
// that started it ends, not only when the supervisor does.
func (e *Engine) spawner() {
	runtime.LockOSThread()
	for r := range e.spawn {
		r.done <- r.cmd.Start()
	}
}

// startLocked starts an engine process that restores e.decls.
func (e *Engine) startLocked() *proc {
	p := &proc{e: e, calls: map[uint64]chan *frame{}, outs: map[uint64]kernel.Output{},
		started: map[uint64]bool{}, ready: make(chan struct{}), dead: make(chan struct{}),
		handled: make(chan struct{})}
	fail := func(err error) *proc {
		p.startErr = err.Error()
		close(p.ready)
		close(p.dead)
		close(p.handled)
		return p
	}
	argv := e.opts.Command
	if len(argv) == 0 {
		exe, err := os.Executable()
		if err != nil {
			return fail(err)
		}
		argv = []string{exe, "engine"}
	}
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return fail(err)
	}
	ours, theirs := os.NewFile(uintptr(fds[0]), "engine-link"), os.NewFile(uintptr(fds[1]), "engine-link")
	defer theirs.Close()
	cfd, err := unix.MemfdCreate("goteach-engine-crash", unix.MFD_CLOEXEC)
	if err != nil {
		ours.Close()
		return fail(err)
	}
	p.crash = os.NewFile(uintptr(cfd), "engine-crash")
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), engineEnv+"=1", fmt.Sprintf("%s=%d", memoryEnv, e.opts.MemoryLimit))
	// fd 1 and 2 of the kernel are its capture pipes (see the layout in
	// child.go).
	cmd.Stdout = os.Stdout
	cmd.Stderr = p.crash
	cmd.ExtraFiles = []*os.File{theirs, os.Stderr}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	p.cmd = cmd
	done := make(chan error, 1)
	e.spawn <- spawnReq{cmd: cmd, done: done}
	if err := <-done; err != nil {
		ours.Close()
		p.crash.Close()
		return fail(err)
	}
	p.l = &link{rw: ours}
	_ = p.l.send(&frame{Op: "restore", Decls: e.decls})
	go p.read(ours)
	return p
}

// read dispatches what the engine process sends, until it dies.
func (p *proc) read(conn *os.File) {
	for {
		f, err := p.l.recv()
		if err != nil {
			break
		}
		p.dispatch(f)
	}
	conn.Close()
	p.waitErr = p.cmd.Wait()
	// What the engine's cells left running in its group goes with it.
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	select {
	case <-p.ready:
	default:
		p.startErr = "the engine process ended while starting: " + describeExit(p.waitErr)
		close(p.ready)
	}
	close(p.dead)
	p.e.diedIdle(p)
	close(p.handled)
}

// diedIdle handles an engine process that died while none of its cells
// ran (a goroutine a finished cell left behind panicked, say): a new one
// starts at once, and the next cell begins with a note saying what
// happened.
func (e *Engine) diedIdle(p *proc) {
	p.mu.Lock()
	busy := len(p.started) > 0
	p.mu.Unlock()
	e.mu.Lock()
	current, closed := e.cur == p, e.closed
	e.mu.Unlock()
	// One that died while starting is not started again from here: it
	// would die again.
	if busy || closed || !current || p.killed.Load() || !p.served.Load() {
		return
	}
	// The next cell may reach the new process before the note is
	// written: it waits for it (see execute).
	settled := make(chan struct{})
	e.mu.Lock()
	e.settling = settled
	e.mu.Unlock()
	e.aftermath(p, kernel.ExecuteRequest{}, false)
	e.mu.Lock()
	e.pending += "The Go session ended after the last cell: " + p.ev.Name + ": " + p.ev.Value + "\n" + p.note + "\n"
	e.settling = nil
	e.mu.Unlock()
	close(settled)
}

// aftermath finds out, once, why the engine process p died, and starts
// the one that replaces it.
func (e *Engine) aftermath(p *proc, req kernel.ExecuteRequest, wedged bool) {
	p.once.Do(func() {
		crash := readCrash(p.crash)
		kernel.Logf("the engine process died (%s):\n%s", describeExit(p.waitErr), firstLines(crash, 20))
		e.mu.Lock()
		decls := e.decls
		e.mu.Unlock()
		if wedged {
			p.ev = kernel.ErrorValue{Name: "KeyboardInterrupt",
				Value: fmt.Sprintf("the cell did not stop within %v of the interrupt (compiled code that never returns?), so the kernel ended the process running it", e.opts.StopTimeout)}
		} else {
			p.ev = explainCrash(crash, p.waitErr, e.opts.MemoryLimit, req, decls)
		}
		np, err := e.restart(p, 15*time.Second)
		if err != nil {
			p.note = "The kernel is starting a new Go session: " + err.Error()
		} else {
			p.note = restoredNote(decls, np.lost, np.startErr)
		}
	})
}

// firstLines returns the first n lines of s.
func firstLines(s string, n int) string {
	if lines := strings.SplitAfterN(s, "\n", n+1); len(lines) == n+1 {
		return strings.Join(lines[:n], "") + "...\n"
	}
	return s
}

func (p *proc) dispatch(f *frame) {
	switch f.Op {
	case "ready":
		if !isClosed(p.ready) {
			p.startErr, p.lost = f.Err, f.Lost
			p.served.Store(true)
			close(p.ready)
		}
	case "decls":
		p.e.mu.Lock()
		p.e.decls = append(json.RawMessage(nil), f.Decls...)
		p.e.mu.Unlock()
	case "log":
		_, _ = kernel.LogWriter().Write([]byte(f.Text))
	case "started":
		p.mu.Lock()
		p.started[f.ID] = true
		p.mu.Unlock()
	case "done", "answer":
		p.mu.Lock()
		ch := p.calls[f.ID]
		delete(p.calls, f.ID)
		if f.Op == "done" {
			delete(p.outs, f.ID)
			delete(p.started, f.ID)
		}
		p.mu.Unlock()
		if ch != nil {
			ch <- f
		}
	case "input":
		out := p.output(f.Cell)
		go func() {
			text, err := out.Input(f.Prompt, f.Password)
			a := &frame{Op: "input_reply", ID: f.ID, Text: text}
			if err != nil {
				a.Err = err.Error()
			}
			_ = p.l.send(a)
		}()
	case "flush":
		out := p.output(f.Cell)
		go func() {
			out.Flush()
			_ = p.l.send(&frame{Op: "flushed", ID: f.ID})
		}()
	default:
		out := p.output(f.ID)
		switch f.Op {
		case "stream":
			out.Stream(f.Name, f.Text)
		case "display":
			out.Display(f.Data, f.Metadata, f.Transient, f.Update)
		case "result":
			out.Result(f.Data, f.Metadata)
		case "error":
			if f.Error != nil {
				out.Error(*f.Error)
			}
		case "clear":
			out.ClearOutput(f.Wait)
		}
	}
}

// output is the Output of cell id, or the newest cell's once that one
// has ended (a goroutine of a finished cell may still display).
func (p *proc) output(id uint64) kernel.Output {
	p.mu.Lock()
	defer p.mu.Unlock()
	if out, ok := p.outs[id]; ok {
		return out
	}
	if p.last != nil {
		return p.last
	}
	return discard{}
}

// call sends f and returns the channel its answer arrives on.
func (p *proc) call(f *frame, out kernel.Output) chan *frame {
	ch := make(chan *frame, 1)
	p.mu.Lock()
	p.calls[f.ID] = ch
	if out != nil {
		p.outs[f.ID] = out
		p.last = out
	}
	p.mu.Unlock()
	if err := p.l.send(f); err != nil {
		// The reader sees the process die.
		kernel.Debugf("engine link: %v", err)
	}
	return ch
}

// kill ends the process and its group.
func (p *proc) kill() {
	p.killed.Store(true)
	if p.cmd != nil && p.cmd.Process != nil {
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	}
}

// running returns the engine process, starting one if there is none or
// the last one died, and waits until it is ready or ctx ends.
func (e *Engine) running(ctx context.Context) (*proc, error) {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return nil, errors.New("the kernel is shutting down")
	}
	p := e.cur
	if p != nil && isClosed(p.dead) {
		// Its death is being dealt with (diedIdle): wait for that.
		e.mu.Unlock()
		<-p.handled
		e.mu.Lock()
		p = e.cur
	}
	if p == nil || isClosed(p.dead) {
		p = e.startLocked()
		e.cur = p
	}
	e.mu.Unlock()
	select {
	case <-p.ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if p.startErr != "" && isClosed(p.dead) {
		return nil, errors.New(p.startErr)
	}
	return p, nil
}

// restart replaces a dead engine process and waits (up to limit) for the
// new one to be ready.
func (e *Engine) restart(dead *proc, limit time.Duration) (*proc, error) {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return nil, errors.New("the kernel is shutting down")
	}
	p := e.cur
	if p == dead || p == nil {
		p = e.startLocked()
		e.cur = p
	}
	e.mu.Unlock()
	t := time.NewTimer(limit)
	defer t.Stop()
	select {
	case <-p.ready:
	case <-t.C:
		return nil, errors.New("the new engine process is not ready yet")
	}
	if p.startErr != "" && isClosed(p.dead) {
		return nil, errors.New(p.startErr)
	}
	return p, nil
}

func isClosed(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// Execute runs the cell in the engine process. When the process dies
// under the cell, the cell fails with what happened and the session is
// restored in a new process.
func (e *Engine) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	for range 3 {
		res, ran := e.execute(ctx, req, out)
		if ran {
			return res
		}
		// The process died before the cell began: run it in the next.
	}
	return failCell(out, "KernelError", "the Go engine keeps ending before it can run the cell (see the kernel's log)")
}

// execute runs the cell in the current engine process; ran is false
// when that process died before the cell began.
func (e *Engine) execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) (res kernel.ExecuteResult, ran bool) {
	p, err := e.running(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return failCell(out, "KeyboardInterrupt", "interrupted while the Go engine was starting"), true
		}
		return failCell(out, "KernelError", "the Go engine could not start: "+err.Error()), true
	}
	e.mu.Lock()
	settling := e.settling
	e.mu.Unlock()
	if settling != nil {
		select {
		case <-settling:
		case <-ctx.Done():
		}
	}
	e.mu.Lock()
	note := e.pending
	e.pending = ""
	e.mu.Unlock()
	if note != "" {
		out.Stream("stderr", note)
	}
	id := e.nextID.Add(1)
	ch := p.call(&frame{Op: "execute", ID: id, Exec: &req}, out)
	done := ctx.Done()
	var stop <-chan time.Time
	for {
		select {
		case f := <-ch:
			if f.Result == nil {
				return kernel.ExecuteResult{}, true
			}
			return *f.Result, true
		case <-done:
			done = nil
			_ = p.l.send(&frame{Op: "interrupt", ID: id})
			t := time.NewTimer(e.opts.StopTimeout)
			defer t.Stop()
			stop = t.C
		case <-stop:
			// The cell does not stop: only ending its process can.
			p.kill()
			<-p.dead
			return e.lostEngine(p, req, out, true), true
		case <-p.dead:
			p.mu.Lock()
			began := p.started[id]
			p.mu.Unlock()
			if !began {
				<-p.handled
				return kernel.ExecuteResult{}, false
			}
			return e.lostEngine(p, req, out, false), true
		}
	}
}

// lostEngine fails the cell whose engine process died (or was ended
// because it would not stop), restarts the engine and says what the
// session kept.
func (e *Engine) lostEngine(p *proc, req kernel.ExecuteRequest, out kernel.Output, wedged bool) kernel.ExecuteResult {
	e.aftermath(p, req, wedged)
	ev := p.ev
	ev.Traceback = append([]string{ev.Name + ": " + ev.Value}, ev.Traceback...)
	ev.Traceback = append(ev.Traceback, "", p.note)
	out.Error(ev)
	return kernel.ExecuteResult{Err: &ev}
}

// Complete asks the engine process; with none ready, nothing completes.
func (e *Engine) Complete(code string, cursor int) kernel.CompleteResult {
	f := e.ask(&frame{Op: "complete", Code: code, Cursor: cursor})
	if f == nil || f.Complete == nil {
		return kernel.CompleteResult{CursorStart: cursor, CursorEnd: cursor}
	}
	return *f.Complete
}

// Inspect asks the engine process.
func (e *Engine) Inspect(code string, cursor int, detailLevel int) kernel.InspectResult {
	f := e.ask(&frame{Op: "inspect", Code: code, Cursor: cursor, Detail: detailLevel})
	if f == nil || f.Inspect == nil {
		return kernel.InspectResult{}
	}
	return *f.Inspect
}

// IsComplete asks the engine process; without one, "unknown".
func (e *Engine) IsComplete(code string) (status, indent string) {
	f := e.ask(&frame{Op: "is_complete", Code: code})
	if f == nil {
		return "unknown", ""
	}
	return f.Status, f.Indent
}

// Reset drops the session and ends what its cells started.
func (e *Engine) Reset() { e.ask(&frame{Op: "reset"}) }

// ask calls the engine process and waits for the answer (nil when the
// process is not there or died meanwhile).
func (e *Engine) ask(f *frame) *frame {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	p, err := e.running(ctx)
	if err != nil {
		return nil
	}
	f.ID = e.nextID.Add(1)
	ch := p.call(f, nil)
	select {
	case a := <-ch:
		return a
	case <-p.dead:
		return nil
	case <-ctx.Done():
		return nil
	}
}

// Close ends the engine process and everything its cells started.
func (e *Engine) Close() {
	e.mu.Lock()
	e.closed = true
	p := e.cur
	e.mu.Unlock()
	if p == nil {
		return
	}
	if !isClosed(p.dead) {
		ch := p.call(&frame{Op: "close", ID: e.nextID.Add(1)}, nil)
		t := time.NewTimer(3 * time.Second)
		select {
		case <-ch:
		case <-p.dead:
		case <-t.C:
		}
		t.Stop()
		p.kill()
		<-p.dead
	}
}

func failCell(out kernel.Output, name, value string) kernel.ExecuteResult {
	ev := kernel.ErrorValue{Name: name, Value: value, Traceback: []string{name + ": " + value}}
	out.Error(ev)
	return kernel.ExecuteResult{Err: &ev}
}

// discard is the Output of output nobody can be shown.
type discard struct{}

func (discard) Stream(string, string)                                        {}
func (discard) Display(map[string]any, map[string]any, map[string]any, bool) {}
func (discard) Result(map[string]any, map[string]any)                        {}
func (discard) Error(kernel.ErrorValue)                                      {}
func (discard) ClearOutput(bool)                                             {}
func (discard) Input(string, bool) (string, error)                           { return "", errors.New("no cell") }
func (discard) Flush()                                                       {}
