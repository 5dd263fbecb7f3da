package mpkit

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"

	"github.com/goteach/goteach/mpkit/internal/ctl"
)

// isChild is true in a process started by this package.
var isChild = os.Getenv(envChild) != ""

func init() {
	if !isChild || os.Getenv(envDefer) != "" {
		return
	}
	runChild()
}

// Main must be the first statement of main in a program whose process
// targets rely on package main's variables or init functions: in a child
// it runs the target (after every package was initialised) and exits; in
// the parent it returns at once. Programs that don't call it still work:
// their children run the target from this package's init. A Host-based
// program (the notebook kernel) calls SetHost, then Main.
func Main() {
	if !isChild {
		mainCalled = true
		return
	}
	runChild()
}

// IsChild reports whether this process is a child started by this
// package, waiting for its job. A program with a Host checks it first
// thing in main: a child sets up its Host, then calls Main.
func IsChild() bool { return isChild }

// exit hooks run before a child exits (queue feeders flush there).
var (
	exitMu    sync.Mutex
	exitHooks []func()
)

func atChildExit(f func()) {
	exitMu.Lock()
	exitHooks = append(exitHooks, f)
	exitMu.Unlock()
}

func childExit(code int) {
	exitMu.Lock()
	hooks := exitHooks
	exitHooks = nil
	exitMu.Unlock()
	for _, f := range hooks {
		f()
	}
	os.Exit(code)
}

// runChild serves the control channel on fd 3 and never returns.
func runChild() {
	f := os.NewFile(3, "mpkit-ctl")
	conn, err := ctl.FromFile(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "mpkit child %d: %v\n", os.Getpid(), err)
		os.Exit(1)
	}
	if pp := strings.SplitN(os.Getenv(envParent), " ", 2); len(pp) == 2 {
		ppid, _ := strconv.Atoi(pp[0])
		parent = &Process{Name: pp[1], pid: ppid, self: true, ofPar: true, started: true}
	}
	for _, k := range []string{envChild, envDefer, envParent} {
		os.Unsetenv(k)
	}
	isChild = false // programs this child starts are parents in their own right
	if err := conn.Send(mReady, nil); err != nil {
		os.Exit(1)
	}
	for {
		fr, err := conn.Recv()
		if err != nil {
			os.Exit(0) // the parent is gone or no longer needs this spare
		}
		switch fr.Type {
		case mWarm:
			r := ctl.R{B: fr.Payload}
			_ = r.String()
			state := r.Bytes()
			if err := withDecoding(fr.Files, func() error { return restoreHost(state) }); err != nil {
				fmt.Fprintf(os.Stderr, "mpkit child %d: %v\n", os.Getpid(), err)
			}
		case mRun:
			runProcess(conn, fr)
		case mWorker:
			runWorker(conn, fr)
		default:
			closeFiles(fr.Files)
		}
	}
}

func restoreHost(state []byte) error {
	h := currentHost()
	if h == nil {
		return fmt.Errorf("a host snapshot arrived, but this program has no host")
	}
	return h.Restore(state)
}

func closeFiles(files []*os.File) {
	for _, f := range files {
		f.Close()
	}
}

// becomeChild records the child's name for CurrentProcess, and its
// identity, after which its own children are numbered.
func becomeChild(name, ident string, daemon bool) {
	selfMu.Lock()
	selfName = name
	counterMu.Lock()
	selfIdent, counter = ident, 0
	counterMu.Unlock()
	selfProc = &Process{Name: name, pid: os.Getpid(), self: true, started: true, Daemon: daemon}
	selfMu.Unlock()
}

// readHostState applies the host snapshot carried by a job, if any.
func readHostState(r *ctl.R) error {
	if !r.Bool() {
		return nil
	}
	_ = r.String()
	return restoreHost(r.Bytes())
}

// runProcess runs a process target and exits.
func runProcess(conn *ctl.Conn, fr ctl.Frame) {
	r := ctl.R{B: fr.Payload}
	name := r.String()
	ident := r.String()
	daemon := r.Bool()
	becomeChild(name, ident, daemon)
	ref := decodeFuncRef(&r)
	var fn reflect.Value
	var args []reflect.Value
	err := withDecoding(fr.Files, func() error {
		if err := readHostState(&r); err != nil {
			return err
		}
		var err error
		if fn, err = ref.resolve(); err != nil {
			return err
		}
		n := int(r.Uint())
		enc := make([][]byte, n)
		for i := range enc {
			enc[i] = r.Bytes()
		}
		if r.Err != nil {
			return r.Err
		}
		args, err = decodeArgs(fn.Type(), enc)
		return err
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "Process %s (pid %d): cannot start %s: %v\n", name, os.Getpid(), ref.Name, err)
		childExit(1)
	}
	// The parent going away ends the child, as Pdeathsig does.
	go func() {
		for {
			if _, err := conn.Recv(); err == io.EOF || err != nil {
				os.Exit(1)
			}
		}
	}()
	perr := call(fn, args, nil)
	if perr != nil {
		fmt.Fprintf(os.Stderr, "Process %s (pid %d):\n%s", name, os.Getpid(), perr.Traceback)
	}
	// As a Python child does when its target returns or raises: its pools
	// and daemons are ended, its other children waited for.
	JoinChildren()
	if perr != nil {
		childExit(1)
	}
	childExit(0)
}

// call runs fn(args...), turning a panic into a RemoteError.
func call(fn reflect.Value, args []reflect.Value, out *[]reflect.Value) (rerr *RemoteError) {
	defer func() {
		if v := recover(); v != nil {
			rerr = remoteError(v)
		}
	}()
	res := fn.Call(args)
	if out != nil {
		*out = res
	}
	return nil
}

// remoteError describes a recovered panic of a target or task; a panic
// that the host says means os.Exit ends the process with that code.
func remoteError(v any) *RemoteError {
	if e, ok := currentHost().(Exiter); ok {
		if code, exit := e.ExitCode(v); exit {
			childExit(code)
		}
	}
	return &RemoteError{Value: fmt.Sprint(v), Traceback: traceback(v, debug.Stack())}
}

// Exiter is an optional interface of a Host whose interpreter turns
// os.Exit into a panic: ExitCode says whether a panic value means "exit
// with this code", so that the child really exits with it.
type Exiter interface {
	ExitCode(panicValue any) (code int, exit bool)
}

// Tracebacker is an optional interface of a Host that can describe a
// panic in interpreted code better than the Go stack can.
type Tracebacker interface {
	Traceback(panicValue any, goStack []byte) string
}

func traceback(v any, stack []byte) (tb string) {
	if t, ok := currentHost().(Tracebacker); ok {
		// A host that fails to describe the panic must not take the
		// process down with it.
		s := func() (s string) {
			defer func() {
				if recover() != nil {
					s = ""
				}
			}()
			return t.Traceback(v, stack)
		}()
		if s != "" {
			return s
		}
	}
	return fmt.Sprintf("panic: %v\n\n%s", v, trimStack(stack))
}

// trimStack keeps the frames of the code that panicked: from the panic
// call down to the reflective call that ran the target.
func trimStack(stack []byte) string {
	lines := strings.Split(strings.TrimRight(string(stack), "\n"), "\n")
	if len(lines) == 0 {
		return ""
	}
	out := []string{lines[0]}
	start := 1
	for i := 1; i+1 < len(lines); i += 2 {
		if strings.HasPrefix(lines[i], "panic(") {
			start = i + 2
		}
	}
	for i := start; i+1 < len(lines); i += 2 {
		if strings.HasPrefix(lines[i], "reflect.Value.call(") || strings.HasPrefix(lines[i], "github.com/goteach/goteach/mpkit.call(") {
			break
		}
		out = append(out, lines[i], lines[i+1])
	}
	return strings.Join(out, "\n") + "\n"
}
