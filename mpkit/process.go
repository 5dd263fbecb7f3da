package mpkit

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/goteach/goteach/mpkit/internal/ctl"
)

// Process runs Target(Args...) in a new operating-system process, like
// Python's multiprocessing.Process. Fill in the fields, then Start it:
//
//	p := &mp.Process{Target: job, Args: mp.Args(1, 2)}
//	p.Start()
//	p.Join()
//
// Target must be a top-level func. Args are copied into the child, except
// mpkit's shared objects (Queue, Pipe ends, Value, Array, locks, …), which
// travel as handles to the same object. The child's output goes where the
// parent's goes.
type Process struct {
	// Target is the func the child runs.
	Target any
	// Args are Target's arguments.
	Args []any
	// Name is the process's name, Python's name= and p.name. NewProcess
	// names a process Process-N at once, as Python does when it makes
	// one. A Go struct literal has no constructor, so a Process literal
	// left without a Name gets its Process-N, from the same counter, at
	// its first method call (Start, String and so fmt's printing, Pid,
	// IsAlive, …); until then the field itself reads "". A Name set
	// before then is kept, and the child sees the name as
	// CurrentProcess().Name.
	Name string
	// Daemon marks a process that may not start processes of its own and
	// that JoinChildren terminates instead of waiting for. (Every child of
	// this package ends with its parent.)
	Daemon bool

	mu      sync.Mutex
	started bool
	closed  bool
	self    bool // the Process describing the running process itself
	ofPar   bool // the Process describing the running process's parent
	ident   string
	pid     int
	ch      *child
	epoch   uint64
}

// Args packs arguments for Process.Args or a pool call: mp.Args(1, 2) is
// Python's (1, 2).
func Args(args ...any) []any { return args }

// Range returns [0, 1, …, n-1] (with one argument), [start, …, stop-1]
// (two) or with a step (three), like Python's range.
func Range(args ...int) []int {
	start, stop, step := 0, 0, 1
	switch len(args) {
	case 1:
		stop = args[0]
	case 2:
		start, stop = args[0], args[1]
	case 3:
		start, stop, step = args[0], args[1], args[2]
	default:
		panic(misuse("Range", "Range takes 1 to 3 arguments", "Range(n), Range(start, stop) or Range(start, stop, step)"))
	}
	if step == 0 {
		panic(misuse("Range", "step must not be zero", ""))
	}
	var out []int
	if step > 0 {
		out = make([]int, 0, max(0, (stop-start+step-1)/step))
		for i := start; i < stop; i += step {
			out = append(out, i)
		}
	} else {
		for i := start; i > stop; i += step {
			out = append(out, i)
		}
	}
	return out
}

// NewProcess returns a Process for target(args...), named now, as Python
// names a process when it is created.
func NewProcess(target any, args ...any) *Process {
	p := &Process{Target: target, Args: args}
	p.lockNamed()
	p.mu.Unlock()
	return p
}

// lockNamed locks p and gives it its number from the processes' counter,
// and its Process-N name if it has none, the first time it is seen:
// Python numbers (and names) a process when it is made, named or not, and
// a Process literal is first seen here, at its first method call.
func (p *Process) lockNamed() {
	p.mu.Lock()
	if p.ident == "" && !p.self {
		p.ident = nextIdent()
		if p.Name == "" {
			p.Name = "Process-" + p.ident
		}
	}
}

var (
	counterMu sync.Mutex
	counter   int
	// selfIdent is this process's identity: "" in the main program, "3"
	// in its third child, "3:1" in that child's first child.
	selfIdent string
)

// nextIdent numbers a new process as Python does: its parent's identity
// and the parent's count of processes made, "3:1" for the first process
// made in Process-3 (whatever Process-3's name is).
func nextIdent() string {
	counterMu.Lock()
	defer counterMu.Unlock()
	counter++
	if selfIdent == "" {
		return strconv.Itoa(counter)
	}
	return selfIdent + ":" + strconv.Itoa(counter)
}

// children lists the processes started here that have not been reaped
// by ActiveChildren, Join or IsAlive.
var children struct {
	sync.Mutex
	list []*Process
}

// Start starts the process. It panics with an *Error if the process was
// already started, if Target is not a top-level func, or if an argument
// cannot travel to another process.
func (p *Process) Start() {
	p.lockNamed()
	defer p.mu.Unlock()
	const op = "Process.Start"
	switch {
	case p.self:
		panic(misuse(op, "this Process describes a running process", "start a new Process instead"))
	case p.closed:
		panic(misuse(op, "process object is closed", "create a new Process"))
	case p.started:
		panic(misuse(op, "cannot start a process twice", "create a new Process for each run"))
	case currentSelf().Daemon:
		panic(misuse(op, "daemonic processes are not allowed to have children", "set Daemon false on the parent"))
	}
	ref, fv, err := refFor(op, p.Target)
	if err != nil {
		panic(err)
	}
	checkArity(op, ref.Name, fv.Type(), len(p.Args))
	c, err := takeChild()
	if errors.Is(err, ErrProcessLimit) {
		panic(&Error{Op: op, What: "cannot start another process",
			Hint: "join or terminate processes before starting more (a process that starts processes without end is a fork bomb)", Err: err})
	}
	if err != nil {
		panic(&Error{Op: op, What: "could not start a child process", Hint: "check the system's process and memory limits", Err: err})
	}
	var w ctl.W
	files, err := withEncoding(func() error {
		w.String(p.Name)
		w.String(p.ident)
		w.Bool(p.Daemon)
		ref.encode(&w)
		if err := encodeHostState(&w, c, ref, ShipReached); err != nil {
			return &Error{Op: op, What: "cannot prepare " + ref.Name + " for the child", Err: err}
		}
		args, err := encodeArgs(op, fv.Type(), p.Args)
		if err != nil {
			return err
		}
		w.Uint(uint64(len(args)))
		for _, a := range args {
			w.Bytes(a)
		}
		return nil
	})
	if err != nil {
		c.conn.Close()
		syscall.Kill(c.pid, syscall.SIGKILL)
		panic(err)
	}
	if err := c.conn.Send(mRun, w.B, files...); err != nil {
		c.conn.Close()
		syscall.Kill(c.pid, syscall.SIGKILL)
		panic(&Error{Op: op, What: "could not hand the job to the child process", Err: err})
	}
	p.ch, p.pid, p.started = c, c.pid, true
	p.epoch = currentEpoch()
	children.Lock()
	children.list = append(children.list, p)
	children.Unlock()
	go func() {
		<-c.done
		c.conn.Close()
	}()
}

// encodeHostState adds the host's snapshot for a child that will run
// ref (a zero ref: no target yet), carrying the globals ship says.
func encodeHostState(w *ctl.W, c *child, ref funcRef, ship Ship) error {
	h := currentHost()
	if h == nil || (!ref.Hosted && ship != ShipAll) {
		w.Bool(false)
		return nil
	}
	fn := ""
	if ref.Hosted {
		fn = ref.Name
	}
	v, state, err := h.Snapshot(fn, c.hostVersion, ship)
	if err != nil {
		return err
	}
	c.hostVersion = v
	if state == nil {
		w.Bool(false)
		return nil
	}
	w.Bool(true)
	w.String(v)
	w.Bytes(state)
	return nil
}

// Join waits until the process ends, or until the timeout passes when one
// is given. Like Python's join it returns nothing: check IsAlive or
// ExitCode afterwards. It panics if the process was never started.
func (p *Process) Join(timeout ...time.Duration) {
	p.lockNamed()
	c, started, closed := p.ch, p.started, p.closed
	p.mu.Unlock()
	if closed {
		panic(misuse("Process.Join", "process object is closed", ""))
	}
	if !started || c == nil {
		panic(misuse("Process.Join", "can only join a started process", "call Start first"))
	}
	d := time.Duration(-1)
	if len(timeout) > 0 {
		d = max(timeout[0], 0)
	}
	if waitTimeout(c.done, d) {
		forget(p)
	}
}

// IsAlive reports whether the process has started and not yet ended.
func (p *Process) IsAlive() bool {
	p.lockNamed()
	defer p.mu.Unlock()
	if p.closed {
		panic(misuse("Process.IsAlive", "process object is closed", ""))
	}
	if p.ofPar {
		// A parent that ended leaves its child to another parent.
		return os.Getppid() == p.pid
	}
	if p.self {
		return true
	}
	if p.ch == nil {
		return false
	}
	return !p.ch.exited()
}

// Pid is the process id, or 0 before Start.
func (p *Process) Pid() int {
	p.lockNamed()
	defer p.mu.Unlock()
	return p.pid
}

// ExitCode returns the exit code and true once the process has ended:
// 0 on success, 1 when the target panicked, n for os.Exit(n), and -N when
// signal N ended it (-15 for Terminate, -9 for Kill). It returns 0, false
// while the process runs or before it starts (Python's None).
func (p *Process) ExitCode() (int, bool) {
	p.lockNamed()
	c := p.ch
	p.mu.Unlock()
	if c == nil || !c.exited() {
		return 0, false
	}
	return c.exitCode(), true
}

// Terminate sends SIGTERM to the process (exit code -15).
func (p *Process) Terminate() { p.signal("Process.Terminate", syscall.SIGTERM) }

// Kill sends SIGKILL to the process (exit code -9).
func (p *Process) Kill() { p.signal("Process.Kill", syscall.SIGKILL) }

func (p *Process) signal(op string, sig syscall.Signal) {
	p.lockNamed()
	c, closed := p.ch, p.closed
	p.mu.Unlock()
	if closed {
		panic(misuse(op, "process object is closed", ""))
	}
	if c == nil {
		panic(misuse(op, "the process was never started", "call Start first"))
	}
	if !c.exited() {
		syscall.Kill(c.pid, sig)
	}
}

// Close releases the Process's resources. It panics while the process is
// still running, as Python raises ValueError.
func (p *Process) Close() {
	p.lockNamed()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	if p.ch != nil && !p.ch.exited() {
		panic(misuse("Process.Close", "cannot close a process while it is still running", "call Join or Terminate first"))
	}
	p.closed = true
	if p.ch != nil {
		p.ch.conn.Close()
	}
	forget(p)
}

// String describes the process as Python's repr does:
// <Process name='Process-1' pid=1234 parent=1200 started>, with the state
// initial, started, stopped exitcode=N (-SIGTERM for a signal), or closed,
// and daemon when it is one. The running process itself is
// <_MainProcess name='MainProcess' parent=None started> in the main
// program.
func (p *Process) String() string {
	p.lockNamed()
	defer p.mu.Unlock()
	kind := "Process"
	info := []string{}
	exit := ""
	state := "initial"
	switch {
	case p.self:
		state = "started"
	case p.closed:
		state = "closed"
	case p.ch != nil && p.ch.exited():
		state = "stopped"
		exit = "exitcode=" + exitCodeName(p.ch.exitCode())
	case p.ch != nil:
		state = "started"
	}
	if p.self && p.Name == "MainProcess" {
		kind = "_MainProcess"
	}
	info = append(info, kind, "name="+pyRepr(p.Name))
	if !p.self && p.pid != 0 && !p.closed {
		info = append(info, "pid="+strconv.Itoa(p.pid))
	}
	switch {
	case !p.self:
		info = append(info, "parent="+strconv.Itoa(os.Getpid()))
	case kind == "_MainProcess":
		info = append(info, "parent=None")
	default:
		info = append(info, "parent="+strconv.Itoa(os.Getppid()))
	}
	info = append(info, state)
	if exit != "" {
		info = append(info, exit)
	}
	if p.Daemon {
		info = append(info, "daemon")
	}
	return "<" + strings.Join(info, " ") + ">"
}

// exitCodeName is an exit code as Python shows it: -SIGTERM for a
// process ended by a signal.
func exitCodeName(code int) string {
	if code < 0 {
		if name := signalNames[syscall.Signal(-code)]; name != "" {
			return "-" + name
		}
	}
	return strconv.Itoa(code)
}

var signalNames = map[syscall.Signal]string{
	syscall.SIGHUP: "SIGHUP", syscall.SIGINT: "SIGINT", syscall.SIGQUIT: "SIGQUIT",
	syscall.SIGILL: "SIGILL", syscall.SIGTRAP: "SIGTRAP", syscall.SIGABRT: "SIGABRT",
	syscall.SIGBUS: "SIGBUS", syscall.SIGFPE: "SIGFPE", syscall.SIGKILL: "SIGKILL",
	syscall.SIGUSR1: "SIGUSR1", syscall.SIGSEGV: "SIGSEGV", syscall.SIGUSR2: "SIGUSR2",
	syscall.SIGPIPE: "SIGPIPE", syscall.SIGALRM: "SIGALRM", syscall.SIGTERM: "SIGTERM",
}

func forget(p *Process) {
	children.Lock()
	defer children.Unlock()
	for i, q := range children.list {
		if q == p {
			children.list = append(children.list[:i], children.list[i+1:]...)
			return
		}
	}
}

// ActiveChildren returns the children of this process that are still
// running, in the order they started (and forgets those that ended).
func ActiveChildren() []*Process {
	children.Lock()
	defer children.Unlock()
	var alive, kept []*Process
	for _, p := range children.list {
		if p.ch != nil && p.ch.exited() {
			continue
		}
		alive = append(alive, p)
		kept = append(kept, p)
	}
	children.list = kept
	return alive
}

var (
	selfMu   sync.Mutex
	selfProc *Process
	parent   *Process
)

func currentSelf() *Process {
	selfMu.Lock()
	defer selfMu.Unlock()
	if selfProc == nil {
		selfProc = &Process{Name: selfName, pid: os.Getpid(), self: true, started: true}
	}
	return selfProc
}

// CurrentProcess describes the running process: Name is "MainProcess" in
// the main program and the child's name in a child.
func CurrentProcess() *Process { return currentSelf() }

// ParentProcess describes the parent of a child process, or returns nil
// in the main program.
func ParentProcess() *Process {
	selfMu.Lock()
	defer selfMu.Unlock()
	return parent
}
