package engine

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/goteach/goteach/internal/layout"
	"github.com/goteach/goteach/kernel/cellrt/fmtview"
	"github.com/goteach/goteach/kernel/frontend"
	"image"
	"io"
	"maps"
	"os"
	"reflect"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/syscall"
	"github.com/traefik/yaegi/stdlib/unrestricted"
	yunsafe "github.com/traefik/yaegi/stdlib/unsafe"

	"github.com/goteach/goteach/kernel/display"
	"github.com/goteach/goteach/kernel/symbols"
	stdnew "github.com/goteach/goteach/kernel/symbols/stdlib"
)

// Options configure an Engine or a Replica.
type Options struct {
	// Stdout and Stderr receive what cells print (os.Stdout and
	// os.Stderr when nil). The kernel captures fd 1 and 2 itself, so it
	// leaves them nil.
	Stdout, Stderr io.Writer
	// Symbols are extra compiled packages cells may import, in yaegi's
	// "path/name" form, added to the standard library and the module's
	// own packages (kernel/symbols).
	Symbols interp.Exports
	// Args is os.Args as cells see it (a program named main run without
	// arguments when nil).
	Args []string
	// GoVersion is reported as the language version (runtime.Version()
	// without the "go" prefix when empty).
	GoVersion string
	// Lean makes a Replica load a compiled package's symbols only when a
	// declaration imports it, instead of the whole standard library up
	// front (3 to 5 ms): a child process starts faster. The engine's own
	// session ignores it.
	Lean bool
}

// hookPath is the import path of the engine's private package inside the
// interpreter; cells never import it themselves.
const (
	hookPath  = "goteach.internal/hook"
	hookAlias = "__gt"
)

// sessionIO is the plumbing shared by an interpreter and the cell that is
// running in it: standard streams and the hooks the engine's generated
// code calls.
type sessionIO struct {
	stdout io.Writer
	stderr *stderrFilter
	stdin  *stdinReader

	mu     sync.Mutex
	shown  []any // values passed to the result hook by the running cell
	showed bool
	// localTypes are the printing registrations of the struct types
	// funcs declared (hookLocalType).
	localTypes []*fmtview.TypeInfo

	// goPanic reports a panic that a goroutine of a cell recovered from
	// (see protectGo); the engine sets it to print a traceback.
	goPanic func(v any, stack []byte)
	// siteOf is the cell and line of a site of lowered code (see
	// frontend.Site), when the engine knows it (Engine.siteOf).
	siteOf func(id int) (cell, line int, ok bool)
	// assertOperand names the operand's interface in a failed type
	// assertion's message (Engine.assertOperand), when the engine set it.
	assertOperand func(msg string) string

	// logs are the cells' standard logger and slog default (stdlogs.go).
	logs *cellLogs
	// cell is the running cell's state that lowered code reaches.
	cell cellHooks
	// handoffs are panics handed to a deferred call's func (handoff.go).
	handoffs handoffs
	// child is set in a child process's replica: os.Exit ends the process.
	child bool
	// goroutines are the goroutines cells started that are running;
	// live counts them from their go statement on (runtime.NumGoroutine).
	goroutines sync.Map // layout.Goroutine() -> layout.GoroutineID()
	live       atomic.Int64
	// wakers is set once a cell mentions what could wake a goroutine
	// from outside the cells' goroutines (see watchDeadlock).
	wakers atomic.Bool
	// stash holds the values a cell's top-level := reads of the vars it
	// declares again (see the front end's lower_redeclare.go).
	stash map[string]any
	// tick counts the marked sites lowered code ran; sites holds, per
	// slot, the tick of its site's latest run (see frontend.Site).
	tick  uint64
	sites []uint64
	// calls holds the sites of the self calls running, outermost first,
	// up to depth (see frontend.SelfCallKind).
	calls []int
	depth int
}

// hookGoBegin marks the calling goroutine as one a cell started.
func (s *sessionIO) hookGoBegin() { s.goroutines.Store(layout.Goroutine(), layout.GoroutineID()) }

// hookGoStart counts a goroutine a cell's go statement starts.
func (s *sessionIO) hookGoStart() { s.live.Add(1) }

// hookGoDone marks the end of a goroutine a cell started.
func (s *sessionIO) hookGoDone() {
	if _, ok := s.goroutines.LoadAndDelete(layout.Goroutine()); ok {
		s.live.Add(-1)
	}
}

// hookNumGoroutine is runtime.NumGoroutine in cells: the program's
// goroutines, as in a program of its own (the cell's and those the
// session's go statements started that still run), not the kernel's.
func (s *sessionIO) hookNumGoroutine() int { return 1 + int(s.live.Load()) }

// inCellGoroutine reports whether the calling goroutine is one a cell
// started with a go statement.
func (s *sessionIO) inCellGoroutine() bool {
	_, ok := s.goroutines.Load(layout.Goroutine())
	return ok
}

// hookGoPanic is called by goroutines started from cells when they panic.
func (s *sessionIO) hookGoPanic(v any) {
	if s.goPanic != nil {
		// (Called by the goroutine's deferred recover: the stack still
		// holds the frames that panicked, which name a compiled callee.)
		s.goPanic(v, debug.Stack())
		return
	}
	s.stderr.takeFrames()
	fmt.Fprintf(s.stderr.next, "panic in a goroutine: %v\n", v)
}

func newSessionIO(opts Options) *sessionIO {
	out := opts.Stdout
	if out == nil {
		out = stdoutProxy{}
	}
	errw := opts.Stderr
	if errw == nil {
		errw = stderrProxy{}
	}
	s := &sessionIO{stdout: out, stderr: &stderrFilter{next: errw}, stdin: &stdinReader{},
		sites: make([]uint64, frontend.SiteSlots), calls: make([]int, frontend.CallSlots)}
	s.logs = newCellLogs(s)
	return s
}

// stdoutProxy and stderrProxy write to the process's current standard
// streams, looked up at each write.
type stdoutProxy struct{}

// Write writes to the process's standard output.
func (stdoutProxy) Write(p []byte) (int, error) { return os.Stdout.Write(p) }

type stderrProxy struct{}

// Write writes to the process's standard error.
func (stderrProxy) Write(p []byte) (int, error) { return os.Stderr.Write(p) }

// stderrFilter passes writes through, except the lines yaegi prints for
// each interpreted frame a panic unwinds ("2:3: panic: main.f(...)"):
// those are kept to build the cell's traceback.
type stderrFilter struct {
	next io.Writer

	mu     sync.Mutex
	frames []string
	// caught are the frames of the panic a deferred call raised and the
	// front end's catch took to raise again (hookCaught), when one did:
	// Go's traceback of the crash names that panic's frames, and the
	// frames of the re-raise are the catch's own.
	caught []string
	sealed bool
}

var frameLine = regexp.MustCompile(`^(?:[^\s:]*:)?(\d+):(\d+): panic: (\S*)\(\.\.\.\)\n?$`)

// Write keeps panic frame lines and passes everything else on.
func (w *stderrFilter) Write(p []byte) (int, error) {
	if len(p) < 200 && frameLine.Match(p) {
		w.mu.Lock()
		w.frames = append(w.frames, string(bytes.TrimRight(p, "\n")))
		w.mu.Unlock()
		return len(p), nil
	}
	return w.next.Write(p)
}

// takeFrames returns and forgets the frame lines collected so far (those
// of a caught panic, when one was) and, after a caught panic, those of
// its re-raise: of the func whose deferred calls ran (the front end's
// literal that raises it again) and of its callers.
func (w *stderrFilter) takeFrames() (frames, reraise []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	frames = w.frames
	if w.sealed {
		frames, reraise = w.caught, w.frames
	}
	w.frames, w.caught, w.sealed = nil, nil, false
	return frames, reraise
}

// catch keeps the frames collected so far as those of a panic a
// deferred call raised, caught to be raised again. The interpreter
// names no frame for a func whose own deferred call recovers: without
// frames, the caught panic's frame is the deferred literal, its Site
// (see siteFrame).
func (w *stderrFilter) catch(site int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.caught, w.frames, w.sealed = w.frames, nil, true
	if len(w.caught) == 0 && site >= 0 {
		w.caught = []string{siteFramePrefix + strconv.Itoa(site)}
	}
}

// siteFramePrefix starts a frame that is a deferred literal's Site.
const siteFramePrefix = "site:"

// siteFrame returns the Site slot of such a frame.
func siteFrame(f string) (int, bool) {
	rest, ok := strings.CutPrefix(f, siteFramePrefix)
	if !ok {
		return 0, false
	}
	id, err := strconv.Atoi(rest)
	return id, err == nil
}

// stdinReader is the interpreter's standard input: each time it runs dry
// it asks the front end for a line through the running cell's input
// function. A line that is ^D alone (the two characters, or the control
// character) ends the input, as Ctrl-D does in a terminal: reads return
// io.EOF until the cell ends, so that a program reading to the end of
// its input (a bufio.Scanner loop) finishes.
type stdinReader struct {
	mu    sync.Mutex
	buf   []byte
	input func() (string, error) // nil when no cell is running
	ended bool                   // ^D was entered
}

// endOfInput is what a user enters to end standard input.
func endOfInput(line string) bool {
	line = strings.TrimSpace(line)
	return line == "^D" || line == "\x04"
}

// errNoStdin is returned by reads when the front end cannot provide input.
var errNoStdin = errors.New("standard input is not available: the front end did not allow input for this cell")

// Read returns buffered input, asking the front end for a line when
// the buffer is empty.
func (r *stdinReader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.buf) == 0 {
		if r.ended {
			return 0, io.EOF
		}
		if r.input == nil {
			return 0, errNoStdin
		}
		line, err := r.input()
		if err == io.EOF {
			r.ended = true
			return 0, io.EOF
		}
		if err != nil {
			return 0, fmt.Errorf("%w (%v)", errNoStdin, err)
		}
		if endOfInput(line) {
			r.ended = true
			return 0, io.EOF
		}
		r.buf = append(r.buf, line...)
		r.buf = append(r.buf, '\n')
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// setInput installs the input function of the cell that starts running,
// or removes it (nil) when it ends; unread input is dropped either way.
func (r *stdinReader) setInput(f func() (string, error)) {
	r.mu.Lock()
	r.buf = nil
	r.input = f
	r.ended = false
	r.mu.Unlock()
}

// hooks is the hook package: the result hook, the goroutine panic hook
// and the run-time support of lowered code.
func (s *sessionIO) hooks(show reflect.Value) map[string]reflect.Value {
	t := s.hookTable()
	t["Show"] = show
	t["GoPanic"] = reflect.ValueOf(s.hookGoPanic)
	t["GoBegin"] = reflect.ValueOf(s.hookGoBegin)
	t["GoDone"] = reflect.ValueOf(s.hookGoDone)
	t["GoStart"] = reflect.ValueOf(s.hookGoStart)
	t["NumGoroutine"] = reflect.ValueOf(s.hookNumGoroutine)
	return t
}

// hookShow is called by the code the engine generates for a cell's
// trailing expression; it records the values to show as the result.
func (s *sessionIO) hookShow(vs ...any) {
	s.mu.Lock()
	s.shown = vs
	s.showed = true
	s.mu.Unlock()
}

func (s *sessionIO) takeShown() ([]any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	vs, ok := s.shown, s.showed
	s.shown, s.showed = nil, false
	return vs, ok
}

// richTypes are the interfaces an interpreted value is wrapped in when it
// is passed to the result hook or to display.Display, so that compiled
// code sees its rendering methods. The first one the value implements
// wins.
var richTypes = []reflect.Type{
	reflect.TypeOf((*display.HTMLer)(nil)).Elem(),
	reflect.TypeOf((*display.Markdowner)(nil)).Elem(),
	reflect.TypeOf((*display.SVGer)(nil)).Elem(),
	reflect.TypeOf((*display.PNGer)(nil)).Elem(),
	reflect.TypeOf((*display.JPEGer)(nil)).Elem(),
	reflect.TypeOf((*image.Image)(nil)).Elem(),
	reflect.TypeOf((*error)(nil)).Elem(),
	reflect.TypeOf((*fmt.Stringer)(nil)).Elem(),
}

// programArgs is os.Args as cells see it: a program run with no
// arguments, as go run runs it.
var programArgs = []string{"main"}

// newInterpreter builds an interpreter with the symbol tables every
// session uses: the standard library (with os/exec), the module's own
// packages and opts.Symbols, standard streams from sio, and the engine's
// hook package imported as __gt. The engine and replicas both use it.
func newInterpreter(opts Options, sio *sessionIO) (*interp.Interpreter, error) {
	args := opts.Args
	if args == nil {
		args = programArgs
	}
	it := interp.New(interp.Options{
		Stdin:        sio.stdin,
		Stdout:       sio.stdout,
		Stderr:       sio.stderr,
		Args:         args,
		Unrestricted: true, // the real environment, as %env and child processes see it
	})
	if opts.Lean {
		return leanInterpreter(it, sio)
	}
	if err := it.Use(stdlib.Symbols); err != nil {
		return nil, err
	}
	if err := it.Use(stdnew.Symbols); err != nil {
		return nil, err
	}
	// Only os/exec from the unrestricted tables: os.Exit and log.Fatal
	// keep panicking instead of ending the kernel.
	exec := interp.Exports{}
	for k, v := range unrestricted.Symbols {
		if k == "os/exec/exec" {
			exec[k] = v
		}
	}
	var stdin io.Reader = sio.stdin
	// os.Args as a variable the cells can assign (the interpreter's
	// own is a copy that ignores stores), which flag.Parse reads.
	osArgs := slices.Clone(args)
	show := reflect.ValueOf(sio.hookShow)
	mapTypes := map[reflect.Value][]reflect.Type{
		show:                             richTypes,
		reflect.ValueOf(display.Display): richTypes,
		reflect.ValueOf(display.Bundle):  richTypes,
	}
	logs, logTypes := sio.logs.symbols()
	maps.Copy(mapTypes, logTypes)
	for _, e := range []interp.Exports{
		syscall.Symbols,
		yunsafe.Symbols, // unsafe.Sizeof and friends, and unsafe.Pointer conversions
		exec,
		symbols.Symbols,
		opts.Symbols,
		{
			// os.Stdin reads through the front end like fmt.Scan does.
			"os/os":            {"Stdin": reflect.ValueOf(&stdin).Elem(), "Args": reflect.ValueOf(&osArgs).Elem()},
			"flag/flag":        newCellFlags(&osArgs, sio.stderr).symbols(),
			"log/log":          logs["log/log"],
			"log/slog/slog":    logs["log/slog/slog"],
			hookPath + "/hook": sio.hooks(show),
			".":                {"MapTypes": reflect.ValueOf(mapTypes)},
		},
	} {
		if err := it.Use(e); err != nil {
			return nil, err
		}
	}
	if _, err := it.Eval(`import ` + hookAlias + ` "` + hookPath + `"`); err != nil {
		return nil, err
	}
	if _, err := it.Eval(goExitFunc); err != nil {
		return nil, err
	}
	return it, nil
}

// leanInterpreter finishes an interpreter that loads packages on demand
// (see loadImports): only the engine's hooks are there to begin with.
func leanInterpreter(it *interp.Interpreter, sio *sessionIO) (*interp.Interpreter, error) {
	show := reflect.ValueOf(sio.hookShow)
	mapTypes := map[reflect.Value][]reflect.Type{
		show:                             richTypes,
		reflect.ValueOf(display.Display): richTypes,
		reflect.ValueOf(display.Bundle):  richTypes,
	}
	if err := it.Use(interp.Exports{
		hookPath + "/hook": sio.hooks(show),
		".":                {"MapTypes": reflect.ValueOf(mapTypes)},
	}); err != nil {
		return nil, err
	}
	if _, err := it.Eval(`import ` + hookAlias + ` "` + hookPath + `"`); err != nil {
		return nil, err
	}
	if _, err := it.Eval(goExitFunc); err != nil {
		return nil, err
	}
	return it, nil
}

// genericPackages are implemented by source that yaegi compiles when the
// standard library is loaded whole.
var genericPackages = map[string]bool{"slices": true, "maps": true, "cmp": true, "sync": true, "sync/atomic": true, "iter": true}

// loadImports gives a lean interpreter the symbols of the packages paths,
// recording them in loaded.
func loadImports(it *interp.Interpreter, opts Options, loaded map[string]bool, paths []string) error {
	execTable := interp.Exports{"os/exec/exec": unrestricted.Symbols["os/exec/exec"]}
	for _, p := range paths {
		if loaded[p] {
			continue
		}
		loaded[p] = true
		if p == "unsafe" {
			// With the interpreter's own conversions of unsafe.Pointer.
			if err := it.Use(yunsafe.Symbols); err != nil {
				return err
			}
			continue
		}
		if genericPackages[p] && !loaded["\x00stdlib"] {
			loaded["\x00stdlib"] = true
			if err := it.Use(stdlib.Symbols); err != nil {
				return err
			}
		}
		ex := interp.Exports{}
		for _, tbl := range []interp.Exports{stdlib.Symbols, stdnew.Symbols, syscall.Symbols, execTable, symbols.Symbols, opts.Symbols} {
			for k, v := range tbl {
				if pathDir(k) != p {
					continue
				}
				if k == "fmt/fmt" && !loaded["\x00stdlib"] {
					// Under its usual key, fmt makes yaegi compile the
					// generic packages' source too; a child's fmt writes to
					// the real fd 1 anyway.
					k = "fmt//fmt"
				}
				if old, ok := ex[k]; ok {
					// Tables of the same package add up, later ones win.
					merged := make(map[string]reflect.Value, len(old)+len(v))
					for n, s := range old {
						merged[n] = s
					}
					for n, s := range v {
						merged[n] = s
					}
					v = merged
				}
				ex[k] = v
			}
		}
		if len(ex) > 0 {
			if err := it.Use(ex); err != nil {
				return err
			}
		}
	}
	return nil
}

func pathDir(key string) string {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '/' {
			return key[:i]
		}
	}
	return ""
}
