// Package engine runs notebook cells: a yaegi interpreter session with a
// log of the cells' declarations, so that re-running or editing a cell
// replaces what it declared (funcs, vars, consts and types alike), and a
// cell that fails to compile leaves the session as it was.
//
// A cell may mix imports, declarations and statements in any order. It is
// cut into top-level pieces (splitCell); imports and the declarations that
// do not depend on the cell's own variables are compiled first, together,
// then the rest in order: each top-level x := ... or var becomes a
// session global, runs of other statements are compiled as the body of a
// function (which avoids yaegi issue #232), and a trailing expression
// becomes the cell's result. Every piece is compiled before any runs.
//
// When a declaration changes something already compiled code depends on
// (a type, or a func, const or var other declarations use), the session
// is rebuilt: a fresh interpreter replays the log in one file (vars in
// their typed form, without their initialisers) and the globals' values
// are carried over.
package engine

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/syscall"
	"github.com/traefik/yaegi/stdlib/unrestricted"
	yunsafe "github.com/traefik/yaegi/stdlib/unsafe"

	"github.com/goteach/goteach/internal/layout"
	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/cellrt/fmtview"
	"github.com/goteach/goteach/kernel/display"
	"github.com/goteach/goteach/kernel/frontend"
	"github.com/goteach/goteach/kernel/symbols"
	stdnew "github.com/goteach/goteach/kernel/symbols/stdlib"
)

// Engine is a notebook session. It implements kernel.Engine.
type Engine struct {
	opts Options

	onReset []func() // run before %reset drops the session (see SetResetHook)
	started bool     // reset has run once (New's session)

	cellMagics map[string]CellMagic // %%name handlers added from outside (see SetCellMagic)
	importer   *frontend.Importer   // the front end's importer (nil without one)

	exec sync.Mutex // one Execute (or Reset) at a time
	// staleProgram are, by the goroutine that ran them, the program
	// goroutines of cells that ended before their program returned
	// (guarded by exec).
	staleProgram map[int]map[int]bool

	mu      sync.RWMutex // guards the fields below for concurrent readers
	it      *interp.Interpreter
	sio     *sessionIO
	log     *declLog
	funcSrc map[string]*srcBuilder // interpreted func name -> source it was compiled from
	// runningCell is the cell whose compiled units run (nil between cells):
	// a goroutine of its statements that panics names their lines.
	runningCell *cellRun
	symbols     interp.Exports      // everything cells can import
	pkgPaths    map[string][]string // package name -> import paths
	running     atomic.Bool
	lastOut     atomic.Value // kernel.Output of the last cell (late display output)
	rebuilds    int
	lastBuild   time.Duration
	front       *frontend.Frontend // type checks and lowers cells
	removed     map[string]string  // declarations a redefinition removed, and why
	// asserts are the operand types of the session's type assertions,
	// by target type: "main.Dog" -> {"main.Animal"} (see assertOperand).
	asserts map[string]map[string]bool
	// sites are the cell lines of the marked sites, by slot (see
	// frontend.Site).
	sites    map[int]siteAt
	siteText map[int]string // the text of the deferred literals' sites
	views    typeViews      // the session's types as fmt prints them
	onDecls  func([]Decl)   // told of the log as it changes (SetDeclsHook)
}

var _ kernel.Engine = (*Engine)(nil)

// New starts a session.
func New(opts Options) (*Engine, error) {
	e := &Engine{opts: opts}
	e.symbols = interp.Exports{}
	for _, tab := range []interp.Exports{stdlib.Symbols, stdnew.Symbols, syscall.Symbols, unrestricted.Symbols, yunsafe.Symbols, symbols.Symbols, opts.Symbols} {
		for k, v := range tab {
			if strings.HasPrefix(k, "github.com/traefik/yaegi/") {
				continue
			}
			if old, ok := e.symbols[k]; ok {
				merged := map[string]reflect.Value{}
				for n, s := range old {
					merged[n] = s
				}
				for n, s := range v {
					merged[n] = s
				}
				v = merged
			}
			e.symbols[k] = v
		}
	}
	e.pkgPaths = map[string][]string{}
	for k := range e.symbols {
		p, name := path.Dir(k), path.Base(k)
		e.pkgPaths[name] = append(e.pkgPaths[name], p)
	}
	e.front = e.newFrontend()
	if err := e.reset(); err != nil {
		return nil, err
	}
	return e, nil
}

// reset starts a fresh session.
func (e *Engine) reset() error {
	sio := newSessionIO(e.opts)
	sio.goPanic = e.reportGoPanic
	sio.siteOf = e.siteOf
	sio.assertOperand = e.assertOperand
	it, err := newInterpreter(e.opts, sio)
	if err != nil {
		return err
	}
	e.mu.Lock()
	e.it, e.sio, e.log, e.funcSrc = it, sio, &declLog{}, map[string]*srcBuilder{}
	e.views, e.removed, e.asserts = typeViews{}, nil, nil
	started := e.started
	e.started = true
	e.mu.Unlock()
	if started {
		// The printing registry is the process's: a new session has
		// nothing to forget (and must not drop another's, in tests that
		// run several engines at once).
		fmtview.Forget()
	}
	return nil
}

// Reset drops the session: declarations, values and imports.
func (e *Engine) Reset() {
	e.exec.Lock()
	defer e.exec.Unlock()
	if err := e.reset(); err != nil {
		panic(err) // the same construction succeeded in New
	}
	e.reportDecls()
}

// Close releases the session. Child processes belong to mpkit, which
// stops them when the kernel exits.
func (e *Engine) Close() {
	display.SetPublisher(nil)
	e.mu.Lock()
	regs := e.views.regs
	e.views.regs = nil
	e.mu.Unlock()
	e.sio.mu.Lock()
	regs = append(regs, e.sio.localTypes...)
	e.sio.localTypes = nil
	e.sio.mu.Unlock()
	fmtview.Drop(regs...)
}

// LanguageVersion is the Go version of the kernel's toolchain.
func (e *Engine) LanguageVersion() string {
	if e.opts.GoVersion != "" {
		return e.opts.GoVersion
	}
	return strings.TrimPrefix(runtime.Version(), "go")
}

// publisher sends display output to a cell's Output, after the text the
// cell printed so far.
type publisher struct{ out kernel.Output }

// Display flushes the printed text, then sends the display.
func (p publisher) Display(data, metadata, transient map[string]any, update bool) {
	p.out.Flush()
	p.out.Display(data, metadata, transient, update)
}

// Input flushes the printed text, then asks the front end for a line.
func (p publisher) Input(prompt string, password bool) (string, error) {
	p.out.Flush()
	return p.out.Input(prompt, password)
}

// ClearOutput flushes the printed text, then clears.
func (p publisher) ClearOutput(wait bool) {
	p.out.Flush()
	p.out.ClearOutput(wait)
}

// SetResetHook makes %reset call f before it drops the session (the
// kernel stops the session's child processes there). Hooks add up: each
// runs, in the order they were set.
func (e *Engine) SetResetHook(f func()) { e.onReset = append(e.onReset, f) }

// Execute runs one cell.
func (e *Engine) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	e.exec.Lock()
	defer e.exec.Unlock()
	e.lastOut.Store(outputBox{out})
	display.SetPublisher(publisher{out})
	e.sio.stdin.setInput(func() (string, error) {
		if !req.AllowStdin {
			// As a program run with nothing on its standard input (go
			// run < /dev/null), and as Python's sys.stdin in a kernel:
			// the input is empty. (display.Input, the notebook's
			// prompt, says the front end allows none.)
			return "", io.EOF
		}
		out.Flush()
		return out.Input("", false)
	})
	defer e.sio.stdin.setInput(nil)
	e.running.Store(true)
	defer e.running.Store(false)
	ctx = e.sio.cell.begin(ctx)
	c := &cellRun{e: e, ctx: ctx, out: out, code: req.Code, count: req.ExecutionCount, silent: req.Silent}
	if wakers.MatchString(req.Code) {
		e.sio.wakers.Store(true)
	}
	watched := make(chan struct{})
	cellID := int(layout.GoroutineID())
	go e.watchDeadlock(cellID, e.staleProgram[cellID], watched)
	c.runGuarded()
	close(watched)
	if context.Cause(ctx) != nil {
		// Its program goroutine may still wait (see staleProgram).
		if e.staleProgram == nil {
			e.staleProgram = map[int]map[int]bool{}
		}
		e.staleProgram[cellID] = staleProgram(cellID)
	}
	exited := false
	switch context.Cause(ctx).(type) {
	case exitError, goPanicError, deadlockError, syncFatalError:
		exited = true // no deferred call runs
	}
	defers := e.sio.cell.end()
	if c.pending != nil {
		e.sio.cell.setPanicking(c.pending)
	}
	e.sio.cell.setDeferring(layout.Goroutine())
	for _, f := range defers {
		if !exited {
			exited = c.runDeferred(f)
		}
	}
	e.sio.cell.setDeferring(0)
	if p := c.pending; p != nil {
		e.sio.cell.setPanicking(nil)
		if !p.recovered && !c.failed {
			c.fail(c.pendingErr)
		}
	}
	return c.res
}

// runDeferred runs a deferred call of the cell's top level; a panic in it
// is the cell's pending panic, which the deferred calls after it may
// recover (as in Go, the newest panic), else the cell's error. It
// reports whether the call ended the cell with os.Exit (no deferred call
// runs after it).
func (c *cellRun) runDeferred(f func()) (exited bool) {
	defer func() {
		r := recover()
		if x, ok := r.(exitError); ok {
			c.fail(exitValue(x))
			exited = true
			return
		}
		if r != nil && !c.failed {
			c.pending = &pendingPanic{value: recovered(r)}
			c.pendingErr = c.runtimeError(interp.Panic{Value: r, Stack: debug.Stack()}, &unit{sb: &srcBuilder{}})
			c.e.sio.cell.setPanicking(c.pending)
		}
	}()
	f()
	return false
}

// runGuarded runs the cell; a panic of the interpreter itself (a Go
// feature it does not support) becomes the cell's one error, and the
// session is rebuilt from its log so nothing half-compiled stays behind.
func (c *cellRun) runGuarded() (res kernel.ExecuteResult) {
	e := c.e
	e.mu.RLock()
	before := e.it.Globals()
	e.mu.RUnlock()
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		e.mu.RLock()
		log := e.log
		e.mu.RUnlock()
		if it, _, err := e.build(log.list, valuesFrom(before)); err == nil {
			e.mu.Lock()
			e.it = it
			e.funcSrc = funcSources(log.list, nil)
			e.mu.Unlock()
		}
		msg := fmt.Sprintf("the Go interpreter cannot compile this cell (%v)", r)
		if !c.failed {
			c.fail(kernel.ErrorValue{Name: ErrCompile, Value: msg,
				Traceback: []string{ansiRed + ansiBold + ErrCompile + ansiReset + ": " + msg}})
		}
		res = c.res
	}()
	return c.run()
}

type outputBox struct{ out kernel.Output }

// cellRun is the execution of one cell.
type cellRun struct {
	e      *Engine
	ctx    context.Context
	out    kernel.Output
	code   string
	src    string // the code runCode is running (the cell, or a magic's argument)
	count  int
	silent bool
	res    kernel.ExecuteResult
	failed bool
	front  *frontend.Result // the cell as the front end checked and lowered it
	orig   string           // the cell's text before lowering ("" when not lowered)
	units  []*unit          // the cell's units, once compiled (tracebacks name frames of any)
	// pending is a panic of the cell's statements that its top-level
	// deferred calls may still recover; pendingErr is its error output.
	pending    *pendingPanic
	pendingErr kernel.ErrorValue
}

// fail sends the cell's one error output.
func (c *cellRun) fail(ev kernel.ErrorValue) kernel.ExecuteResult {
	if ev.Name == ErrExit && ev.Value == (exitError{0}).Error() {
		// os.Exit(0): the cell ends there, successfully, as a program
		// exiting with status 0 does.
		c.failed = true
		return c.res
	}
	c.out.Flush()
	c.out.Error(ev)
	c.failed = true
	c.res.Err = &ev
	return c.res
}

func (c *cellRun) warn(msg string) {
	c.out.Flush()
	c.out.Stream("stderr", "warning: "+msg+"\n")
}

func (c *cellRun) run() kernel.ExecuteResult {
	code, handled := c.magics(c.code)
	if handled || c.failed {
		return c.res
	}
	c.runCode(code)
	return c.res
}

func (c *cellRun) runCode(code string) {
	c.src = code
	pieces, err := splitCell(code)
	if err != nil {
		c.fail(c.compileError(err))
		return
	}
	if len(pieces) == 0 {
		return
	}
	pieces = initOrder(code, pieces)
	e := c.e
	e.mu.RLock()
	live, log := e.it, e.log
	e.mu.RUnlock()

	code, pieces, log, ok := c.frontCheck(code, pieces, log)
	if !ok {
		return
	}
	p, err := c.plan(code, pieces, log)
	if err != nil {
		c.fail(c.compileError(err))
		return
	}
	before := live.Globals()
	target := live
	if p.preRebuild {
		start := time.Now()
		it, warnings, err := e.build(p.preLog.list, valuesFrom(before))
		if err != nil {
			c.fail(c.compileError(err))
			return
		}
		e.noteBuild(time.Since(start))
		for _, w := range warnings {
			c.warn(w)
		}
		target = it
	}
	if err := c.compile(target, p); err != nil {
		if target == live && c.touched(p) {
			// The failed compile may have left broken symbols behind:
			// rebuild the session from the unchanged log.
			if it, _, rerr := e.build(log.list, valuesFrom(before)); rerr == nil {
				e.mu.Lock()
				e.it = it
				e.funcSrc = funcSources(log.list, nil)
				e.mu.Unlock()
			}
		}
		c.fail(c.compileError(err))
		return
	}

	c.typeCheckedVars(p)
	e.mu.Lock()
	e.it = target
	e.log = p.newLog
	if p.preRebuild {
		e.funcSrc = funcSources(p.preLog.list, nil)
	}
	for _, u := range p.units {
		for _, f := range u.funcs {
			e.funcSrc[f] = u.sb
		}
	}
	e.mu.Unlock()

	e.views.register(target, p.newLog)
	if c.front != nil {
		e.views.registerInstances(target, p.newLog, c.front.Instances)
	}
	// Vars get their typed form as soon as the cell is compiled, so that a
	// child process started by the cell itself can declare them.
	c.typeVars(target, p)
	e.reportDecls()
	c.units = p.units
	e.mu.Lock()
	e.runningCell = c
	if e.sio != nil {
		e.sio.depth = 0 // (what a panic of an earlier cell left)
	}
	e.mu.Unlock()
	c.execute(target, p)
	e.mu.Lock()
	e.runningCell = nil
	e.mu.Unlock()
	c.typeVars(target, p)
	e.reportDecls()

	if p.postRebuild {
		start := time.Now()
		it, warnings, err := e.build(p.newLog.list, valuesFrom(target.Globals()))
		if err != nil {
			if !c.failed {
				c.warn("code declared earlier still uses the previous declarations: " + err.Error())
			}
			return
		}
		e.noteBuild(time.Since(start))
		e.mu.Lock()
		e.it = it
		e.funcSrc = funcSources(p.newLog.list, e.funcSrc)
		e.mu.Unlock()
		if !c.failed {
			for _, w := range warnings {
				c.warn(w)
			}
		}
	}
}

// typeVars gives the cell's vars their typed form, once the interpreter
// knows their types.
func (c *cellRun) typeVars(target *interp.Interpreter, p *plan) {
	e := c.e
	e.mu.Lock()
	defer e.mu.Unlock()
	imports := e.log.imports()
	for _, d := range p.vars {
		d.Type, d.Typed, d.Imports = "", "", nil
		if yt, ok := symbolType(target, d.Name); ok {
			if t, hidden, ok := goType(yt, imports, e.pkgPaths); ok {
				d.Type, d.Typed, d.Imports = t, "var "+d.Name+" "+t, hidden
			}
		}
	}
}

func (e *Engine) noteBuild(d time.Duration) {
	e.mu.Lock()
	e.rebuilds++
	e.lastBuild = d
	e.mu.Unlock()
}

// Rebuilds reports how many times the session was rebuilt from its log
// and how long the last rebuild took.
func (e *Engine) Rebuilds() (n int, last time.Duration) {
	e.mu.RLock()
	defer e.mu.RUnlock()
	return e.rebuilds, e.lastBuild
}

func valuesFrom(g map[string]reflect.Value) func(string) (reflect.Value, bool) {
	return func(name string) (reflect.Value, bool) {
		v, ok := g[name]
		return v, ok
	}
}

// build makes a fresh interpreter declaring log, with var values from
// values.
func (e *Engine) build(log []*Decl, values func(string) (reflect.Value, bool)) (*interp.Interpreter, []string, error) {
	it, err := newInterpreter(e.opts, e.sio)
	if err != nil {
		return nil, nil, err
	}
	warnings, err := replay(it, log, values)
	if err != nil {
		return nil, nil, err
	}
	return it, warnings, nil
}

// funcSources maps the funcs and methods of a replayed log to the replay
// source (for tracebacks), keeping the wrappers of keep.
func funcSources(log []*Decl, keep map[string]*srcBuilder) map[string]*srcBuilder {
	sb := replaySource(log, nil, true)
	m := map[string]*srcBuilder{}
	for name, s := range keep {
		if strings.HasPrefix(name, hookAlias) {
			m[name] = s
		}
	}
	for _, d := range log {
		switch d.Kind {
		case "func":
			m[frameFuncName(d.Name)] = sb
		case "method":
			m[d.Name[strings.IndexByte(d.Name, '.')+1:]] = sb
			m[d.Name] = sb
		}
	}
	return m
}

// frameFuncName is the name yaegi gives a func in panic frames.
func frameFuncName(name string) string {
	if name == "main" {
		return hookAlias + "_main"
	}
	return name
}

// compile compiles every unit of the plan on it.
func (c *cellRun) compile(it *interp.Interpreter, p *plan) error {
	for i := 0; i < len(p.units); i++ {
		u := p.units[i]
		prog, err := it.Compile(u.sb.String())
		if err != nil && u.kind == uExpr {
			// Not a single value (no value at all, or several): run it
			// as a statement.
			pc := u.pieces[0]
			su := &unit{kind: uStmts, wrapper: fmt.Sprintf("%s_s%d", hookAlias, 99), pieces: u.pieces}
			su.funcs = []string{su.wrapper}
			su.sb = &srcBuilder{}
			su.sb.synth("package main\nfunc " + su.wrapper + "() {")
			su.sb.text(c.src[pc.start:pc.end], c.count, pc.line, pc.col, c.shown(c.src))
			su.sb.synth("}")
			if prog2, err2 := it.Compile(su.sb.String()); err2 == nil {
				p.units[i] = su
				u = su
				prog, err = prog2, nil
			} else {
				return compileErr{err2, su.sb}
			}
		}
		if err != nil && u.plain != nil && u.plain.String() != u.sb.String() {
			if prog2, err2 := it.Compile(u.plain.String()); err2 == nil {
				prog, err = prog2, nil
				u.sb = u.plain
			}
		}
		if err != nil {
			return compileErr{err, u.sb}
		}
		u.prog = prog
		if u.pure() || u.kind == uStmts {
			// Declarations run at once (nothing of the user's runs):
			// yaegi resolves later code against funcs that were not
			// executed yet in the wrong scope.
			if _, err := it.Execute(prog); err != nil {
				return compileErr{err, u.sb}
			}
			u.ran = true
		}
		if u.kind == uStmts {
			call, err := it.Compile(";\n" + u.wrapper + "()")
			if err != nil {
				return compileErr{err, u.sb}
			}
			u.call = call
		}
	}
	return nil
}

// compileErr is a yaegi compile error and the source it refers to.
type compileErr struct {
	err error
	sb  *srcBuilder
}

// Error returns the interpreter's message.
func (e compileErr) Error() string { return e.err.Error() }

// execute runs the compiled units in order (declarations already ran
// when they were compiled); it stops at the first failure.
func (c *cellRun) execute(it *interp.Interpreter, p *plan) {
	e := c.e
	var failed bool
	for _, u := range p.units {
		if failed || (u.ran && u.kind != uStmts) {
			continue
		}
		e.sio.stderr.takeFrames()
		var err error
		if u.kind == uStmts {
			_, err = it.ExecuteWithContext(c.ctx, u.call)
		} else {
			_, err = it.ExecuteWithContext(c.ctx, u.prog)
		}
		if err == nil && c.ctx.Err() != nil {
			err = c.ctx.Err()
		}
		if err != nil {
			failed = true
			var p interp.Panic
			if errors.As(err, &p) && e.sio.cell.hasDefers() {
				// The cell's top-level deferred calls may recover it.
				c.pending = &pendingPanic{value: recovered(p.Value)}
				c.pendingErr = c.runtimeError(err, u)
				continue
			}
			c.fail(c.runtimeError(err, u))
			continue
		}
		if u.kind == uExpr {
			if vs, ok := e.sio.takeShown(); ok {
				if data, md, ok := resultBundle(vs); ok {
					c.out.Flush()
					c.out.Result(data, md)
				}
			}
		}
	}
}

// reportGoPanic prints the traceback of a goroutine of a cell that
// panicked: the goroutine ends, the kernel and the session go on.
//
// While a cell runs, the panic ends the cell as it would end a Go
// program: the cell's error is the goroutine's panic.
func (e *Engine) reportGoPanic(v any, stack []byte) {
	c := &cellRun{e: e}
	e.mu.RLock()
	if r := e.runningCell; r != nil {
		// (Its source and units only: the goroutine has no output of
		// the cell's to write to.)
		c.count, c.src, c.front, c.orig, c.units = r.count, r.src, r.front, r.orig, r.units
	}
	e.mu.RUnlock()
	again, repanicked := v.(repanic)
	if repanicked {
		v = again.v
	}
	ev := c.runtimeError(interp.Panic{Value: v, Stack: stack}, &unit{sb: &srcBuilder{}})
	if repanicked && (ev.Name == ErrPanic || ev.Name == ErrRuntime) {
		// Go names the frames of the recovered panic apart, below a
		// frame of the runtime, as for any panic raised again.
		ev.Traceback = panicChain([]any{v}, v, ev.Name, ev.Value)
	}
	if e.sio.cell.stop(goPanicError{ev}) {
		return
	}
	msg := "panic in a goroutine (it stopped; the session goes on)\n" + strings.Join(ev.Traceback, "\n") + "\n"
	e.sio.stderr.next.Write([]byte(msg))
}
