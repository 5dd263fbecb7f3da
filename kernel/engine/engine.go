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
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/syscall"
	"github.com/traefik/yaegi/stdlib/unrestricted"

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

	mu        sync.RWMutex // guards the fields below for concurrent readers
	it        *interp.Interpreter
	sio       *sessionIO
	log       *declLog
	funcSrc   map[string]*srcBuilder // interpreted func name -> source it was compiled from
	symbols   interp.Exports         // everything cells can import
	pkgPaths  map[string][]string    // package name -> import paths
	running   atomic.Bool
	lastOut   atomic.Value // kernel.Output of the last cell (late display output)
	rebuilds  int
	lastBuild time.Duration
	front     *frontend.Frontend // type checks and lowers cells
	removed   map[string]string  // declarations a redefinition removed, and why
	// asserts are the operand types of the session's type assertions,
	// by target type: "main.Dog" -> {"main.Animal"} (see assertOperand).
	asserts map[string]map[string]bool
	views   typeViews    // the session's types as fmt prints them
	onDecls func([]Decl) // told of the log as it changes (SetDeclsHook)
}

var _ kernel.Engine = (*Engine)(nil)

// New starts a session.
func New(opts Options) (*Engine, error) {
	e := &Engine{opts: opts}
	e.symbols = interp.Exports{}
	for _, tab := range []interp.Exports{stdlib.Symbols, stdnew.Symbols, syscall.Symbols, unrestricted.Symbols, symbols.Symbols, opts.Symbols} {
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
			return "", errors.New("allow_stdin is false")
		}
		out.Flush()
		return out.Input("", false)
	})
	defer e.sio.stdin.setInput(nil)
	e.running.Store(true)
	defer e.running.Store(false)
	ctx = e.sio.cell.begin(ctx)
	c := &cellRun{e: e, ctx: ctx, out: out, code: req.Code, count: req.ExecutionCount, silent: req.Silent}
	c.runGuarded()
	_, exited := context.Cause(ctx).(exitError)
	defers := e.sio.cell.end()
	if c.pending != nil {
		e.sio.cell.setPanicking(c.pending)
	}
	for _, f := range defers {
		if !exited {
			c.runDeferred(f)
		}
	}
	if p := c.pending; p != nil {
		e.sio.cell.setPanicking(nil)
		if !p.recovered && !c.failed {
			c.fail(c.pendingErr)
		}
	}
	return c.res
}

// runDeferred runs a deferred call of the cell's top level; a panic in it
// is the cell's error.
func (c *cellRun) runDeferred(f func()) {
	defer func() {
		if r := recover(); r != nil && !c.failed {
			c.fail(c.runtimeError(interp.Panic{Value: r}, &unit{sb: &srcBuilder{}}))
		}
	}()
	f()
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
	// pending is a panic of the cell's statements that its top-level
	// deferred calls may still recover; pendingErr is its error output.
	pending    *pendingPanic
	pendingErr kernel.ErrorValue
}

// fail sends the cell's one error output.
func (c *cellRun) fail(ev kernel.ErrorValue) kernel.ExecuteResult {
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

// unitKind is what a compiled unit of a cell does.
type unitKind int

const (
	uImports unitKind = iota // new imports
	uDecls                   // types, consts, funcs, methods
	uVar                     // a top-level var or x := ...
	uStmts                   // statements, in a wrapper func, then its call
	uExpr                    // the trailing expression, passed to the result hook
	uCall                    // a call of the cell's func main
)

// unit is one program compiled from a cell.
type unit struct {
	kind     unitKind
	sb       *srcBuilder
	prog     *interp.Program
	call     *interp.Program // uStmts: the wrapper's call
	wrapper  string          // uStmts: the wrapper's name
	pieces   []*piece
	declares bool // declares names of the session
	funcs    []string
	ran      bool        // prog already executed (declarations only)
	plain    *srcBuilder // the source without goroutine protection (see protectGo)
}

// pure reports whether running the unit only declares (no user code runs).
func (u *unit) pure() bool { return u.kind == uImports || (u.kind == uDecls && !u.hasInit()) }

func (u *unit) hasInit() bool {
	for _, p := range u.pieces {
		if fd, ok := p.decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "init" {
			return true
		}
	}
	return false
}

// plan is what a cell will do to the session.
type plan struct {
	units       []*unit
	newLog      *declLog
	preRebuild  bool     // rebuild before compiling the cell
	preLog      *declLog // what the rebuilt interpreter declares
	postRebuild bool     // rebuild after running the cell (a used var was redeclared)
	vars        []*Decl  // var entries the cell declares (typed after running)
	callMain    bool
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
	c.execute(target, p)
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

// touched reports whether compiling the plan may have declared names in
// the interpreter (so that a failure must be undone by a rebuild).
func (c *cellRun) touched(p *plan) bool {
	for _, u := range p.units {
		if u.declares {
			return true
		}
	}
	return false
}

// plan decides the units of a cell and how the log changes.
func (c *cellRun) plan(code string, pieces []*piece, log *declLog) (*plan, error) {
	p := &plan{newLog: log.clone()}
	e := c.e
	cellVars := map[string]bool{}
	for _, pc := range pieces {
		if pc.kind == pkVar {
			for _, n := range pc.names {
				cellVars[n] = true
			}
		}
	}
	// Declarations that use the cell's vars (directly or through other
	// such declarations) are compiled in place; the others first.
	inPlace := map[*piece]bool{}
	for changed := true; changed; {
		changed = false
		for _, pc := range pieces {
			if !pc.kind.isDecl() || pc.kind == pkImport || inPlace[pc] {
				continue
			}
			dep := false
			for u := range pc.uses {
				if cellVars[u] {
					dep = true
				}
				for _, q := range pieces {
					if inPlace[q] {
						for _, n := range q.names {
							if n == u {
								dep = true
							}
						}
					}
				}
			}
			if dep {
				inPlace[pc] = true
				changed = true
			}
		}
	}

	// Imports.
	var newImports []*Decl
	for _, pc := range pieces {
		if pc.kind != pkImport {
			continue
		}
		for _, spec := range pc.decl.(*ast.GenDecl).Specs {
			is := spec.(*ast.ImportSpec)
			pth, _ := strconv.Unquote(is.Path.Value)
			name := importName(is)
			d := &Decl{Kind: "import", Name: name, Names: []string{name}, Path: pth,
				Src: "import " + importSrc(is), Cell: c.count, CellText: c.shown(code)}
			d.Line, d.Col = pc.line, pc.col
			if name == "_" {
				found := false
				for _, old := range p.newLog.list {
					if old.Kind == "import" && old.Name == "_" && old.Path == pth {
						found = true
					}
				}
				if found {
					continue
				}
			} else if old := p.newLog.lookup("import", name); old != nil {
				if old.Path == pth {
					continue
				}
				p.preRebuild = true
			}
			if !e.hasPackage(pth) {
				return nil, &cellError{pc.line, pc.col, fmt.Sprintf("package %s is not available in this kernel: cells can import the standard library and the packages built into the kernel", strconv.Quote(pth))}
			}
			p.newLog.put(d)
			newImports = append(newImports, d)
		}
	}

	// Declarations.
	hoisted := &unit{kind: uDecls, sb: &srcBuilder{}}
	hoisted.sb.synth("package main")
	var preDecls []*Decl
	changedDecl := map[*piece]bool{}
	for _, pc := range pieces {
		if !pc.kind.isDecl() || pc.kind == pkImport {
			continue
		}
		decls := c.declsOf(code, pc)
		if fd, ok := pc.decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			p.callMain = true
		}
		if len(decls) == 0 {
			changedDecl[pc] = true // func init: runs each time
		}
		for _, d := range decls {
			old := p.newLog.lookup(d.Kind, d.Name)
			if d.Kind == "method" {
				old = p.newLog.lookup("method", d.Name)
			}
			if old != nil && old.Kind == d.Kind && old.Src == d.Src {
				continue
			}
			changedDecl[pc] = true
			if old != nil {
				// The interpreter binds methods to their type when it
				// declares it: a new body needs a rebuild to be seen.
				needs := d.Kind == "type" || d.Kind == "method" || old.Kind != d.Kind
				for _, other := range p.newLog.list {
					if other != old && other.hasCode() && other.usesName(d.Name) {
						needs = true
					}
				}
				if needs {
					if inPlace[pc] {
						p.postRebuild = true
					} else {
						p.preRebuild = true
					}
				}
			}
			p.newLog.put(d)
			if !inPlace[pc] {
				preDecls = append(preDecls, d)
			}
		}
	}

	specs := c.specDecls(p, log)
	preDecls = append(preDecls, specs...)

	if p.preRebuild {
		p.preLog = log.clone()
		for _, d := range newImports {
			p.preLog.put(d)
		}
		for _, d := range preDecls {
			p.preLog.put(d)
		}
	} else if len(newImports) > 0 {
		u := &unit{kind: uImports, sb: &srcBuilder{}, declares: true}
		u.sb.synth("package main")
		for _, d := range newImports {
			u.sb.text(d.Src, c.count, d.Line, 1, c.shown(code))
		}
		p.units = append(p.units, u)
	}
	for _, pc := range pieces {
		if !pc.kind.isDecl() || pc.kind == pkImport || inPlace[pc] || !changedDecl[pc] {
			continue
		}
		if p.preRebuild && len(pc.names) > 0 {
			continue // already declared by the rebuilt interpreter
		}
		c.addDecl(hoisted, code, pc)
	}
	if !p.preRebuild {
		for _, d := range specs {
			addSpec(hoisted, d)
		}
	}
	if len(hoisted.pieces) > 0 || hoisted.declares {
		p.units = append(p.units, hoisted)
	}

	// The rest, in order. The declarations that use the cell's vars are
	// compiled together right after the last of those vars.
	inPlaceUnit := &unit{kind: uDecls, sb: &srcBuilder{}}
	inPlaceUnit.sb.synth("package main")
	anchor := -1
	for i, pc := range pieces {
		if pc.kind == pkVar {
			for _, q := range pieces {
				if inPlace[q] && changedDecl[q] {
					for _, n := range pc.names {
						if q.uses[n] {
							anchor = i
						}
					}
				}
			}
		}
		if inPlace[pc] && changedDecl[pc] {
			c.addDecl(inPlaceUnit, code, pc)
		}
	}
	var cur *unit
	wrappers := 0
	for i, pc := range pieces {
		switch {
		case pc.kind == pkImport:
			cur = nil
		case pc.kind.isDecl():
			continue
		case pc.kind == pkVar:
			cur = nil
			u, decls := c.varUnit(code, pc, p.newLog)
			for _, d := range decls {
				for _, other := range p.newLog.list {
					if other.hasCode() && other.usesName(d.Name) && p.newLog.lookup("var", d.Name) != nil {
						p.postRebuild = true
					}
				}
				p.newLog.put(d)
				p.vars = append(p.vars, d)
			}
			p.units = append(p.units, u)
			if i == anchor {
				p.units = append(p.units, inPlaceUnit)
			}
		case pc.kind == pkExpr && i == len(pieces)-1 && !c.silent && !isPrintCall(pc.stmt, p.newLog.imports()):
			cur = nil
			u := &unit{kind: uExpr, sb: &srcBuilder{}, pieces: []*piece{pc}}
			u.sb.synth(";\n" + hookAlias + ".Show(")
			u.sb.text(code[pc.start:pc.end]+",", c.count, pc.line, pc.col, c.shown(code))
			u.sb.synth(")")
			p.units = append(p.units, u)
		default:
			// One wrapper per statement, so that a panic's innermost
			// frame (reported at the start of the function) names it.
			cur = &unit{kind: uStmts, sb: &srcBuilder{}, wrapper: fmt.Sprintf("%s_s%d", hookAlias, wrappers)}
			wrappers++
			cur.funcs = []string{cur.wrapper}
			cur.pieces = append(cur.pieces, pc)
			p.units = append(p.units, cur)
			cur = nil
		}
	}
	for _, u := range p.units {
		if u.kind == uStmts {
			for _, protect := range []bool{true, false} {
				sb := &srcBuilder{}
				sb.synth("package main\nfunc " + u.wrapper + "() {")
				for _, pc := range u.pieces {
					text := code[pc.start:pc.end]
					if protect {
						text = protectGo(text, false)
					}
					sb.text(text, c.count, pc.line, pc.col, c.shown(code))
				}
				sb.synth("}")
				if protect {
					u.sb = sb
				} else {
					u.plain = sb
				}
			}
		}
	}
	if p.callMain {
		u := &unit{kind: uCall, sb: &srcBuilder{}}
		u.sb.synth(";\n" + hookAlias + "_main()")
		p.units = append(p.units, u)
	}
	return p, nil
}

// specDecls puts the front end's copies of generic funcs (frontend.Spec)
// in the plan's log, each at the position of its generic, and returns
// those that are new or changed.
func (c *cellRun) specDecls(p *plan, log *declLog) []*Decl {
	if c.front == nil {
		return nil
	}
	var out []*Decl
	newType := map[string]bool{} // copies of types this cell declares
	for _, s := range c.front.Specs {
		g := p.newLog.lookup(s.Kind, s.Of)
		if s.Generated {
			g = &Decl{Kind: s.Kind} // the notebook's own code: no cell line
		}
		if g == nil || g.Kind != s.Kind {
			continue
		}
		d := &Decl{Kind: s.Kind, Name: s.Name, Names: []string{s.Name}, Src: s.Src, Orig: s.Orig,
			SpecOf: s.Of, TypeArgs: s.TypeArgs, Label: s.Label,
			Cell: g.Cell, Line: g.Line, Col: g.Col, CellText: g.CellText, Uses: identsOf(s.Src)}
		old := p.newLog.lookup("func", s.Name)
		if old != nil && old.Kind == d.Kind && old.Src == d.Src {
			continue // as an unchanged declaration: it keeps its place
		}
		if old != nil {
			for _, other := range p.newLog.list {
				if other != old && other.hasCode() && other.usesName(d.Name) {
					p.preRebuild = true
				}
			}
		}
		if d.Kind == "method" && (old != nil || !newType[strings.SplitN(d.Name, ".", 2)[0]]) {
			// The interpreter binds methods to their type when it
			// declares it.
			p.preRebuild = true
		}
		if d.Kind == "type" && old != nil {
			p.preRebuild = true
		}
		if d.Kind == "type" {
			newType[d.Name] = true
		}
		p.newLog.put(d)
		out = append(out, d)
	}
	return out
}

// addSpec appends a copy of a generic func to a decls unit.
func addSpec(u *unit, d *Decl) {
	u.sb.text(evalSrc(d.Kind, d.Name, d.Src, true), d.Cell, d.Line, d.Col, d.CellText)
	if u.plain == nil {
		u.plain = &srcBuilder{}
		u.plain.synth("package main")
	}
	u.plain.text(evalSrc(d.Kind, d.Name, d.Src, false), d.Cell, d.Line, d.Col, d.CellText)
	switch d.Kind {
	case "func":
		u.funcs = append(u.funcs, d.Name)
	case "method":
		u.funcs = append(u.funcs, d.Name[strings.IndexByte(d.Name, '.')+1:])
	}
	u.declares = true
}

// identsOf lists the identifiers of a declaration's source.
func identsOf(src string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+src, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	seen := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			seen[id.Name] = true
		}
		return true
	})
	return sortedKeys(seen)
}

// hasPackage reports whether path is an importable package.
func (e *Engine) hasPackage(pth string) bool {
	for k := range e.symbols {
		if path.Dir(k) == pth {
			return true
		}
	}
	return false
}

func importSrc(is *ast.ImportSpec) string {
	if is.Name != nil {
		return is.Name.Name + " " + is.Path.Value
	}
	return is.Path.Value
}

// addDecl appends a declaration piece to a decls unit.
func (c *cellRun) addDecl(u *unit, code string, pc *piece) {
	src := code[pc.docStart:pc.end]
	line, col := lineCol(code, pc.docStart)
	plain := src
	if fd, ok := pc.decl.(*ast.FuncDecl); ok {
		name := fd.Name.Name
		if fd.Recv == nil {
			src = evalSrc("func", name, src, true)
			plain = evalSrc("func", name, plain, false)
			u.funcs = append(u.funcs, frameFuncName(name))
		} else {
			src = evalSrc("method", name, src, true)
			u.funcs = append(u.funcs, name)
		}
	}
	u.sb.text(src, c.count, line, col, c.shown(code))
	if u.plain == nil {
		u.plain = &srcBuilder{}
		u.plain.synth("package main")
	}
	u.plain.text(plain, c.count, line, col, c.shown(code))
	u.pieces = append(u.pieces, pc)
	if len(pc.names) > 0 {
		u.declares = true
	}
}

// declsOf returns the log entries of a declaration piece (func init has
// none: it runs once and is not replayed).
func (c *cellRun) declsOf(code string, pc *piece) []*Decl {
	mk := func(kind, name string, names []string, start, end int, doc *ast.CommentGroup) *Decl {
		line, col := lineCol(code, start)
		d := &Decl{Kind: kind, Name: name, Names: names, Src: code[start:end], Orig: c.origText(code, start, end),
			Cell: c.count, Line: line, Col: col, CellText: c.shown(code), Uses: sortedKeys(pc.uses), sels: pc.sels}
		if doc != nil {
			d.Doc = doc.Text()
		}
		return d
	}
	off := func(pos token.Pos) int { return int(pos) - 1 - len("package main\n") + lineStartOf(code, pc.docStart) }
	switch d := pc.decl.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil && d.Name.Name == "init" {
			return nil
		}
		kind := "func"
		if d.Recv != nil {
			kind = "method"
		}
		return []*Decl{mk(kind, pc.names[0], pc.names[:1], pc.docStart, pc.end, d.Doc)}
	case *ast.GenDecl:
		if d.Tok == token.CONST {
			if len(pc.names) == 0 {
				return nil
			}
			return []*Decl{mk("const", pc.names[0], pc.names, pc.docStart, pc.end, d.Doc)}
		}
		if d.Tok == token.TYPE {
			if len(d.Specs) == 1 {
				return []*Decl{mk("type", pc.names[0], pc.names, pc.docStart, pc.end, d.Doc)}
			}
			var out []*Decl
			for _, s := range d.Specs {
				ts := s.(*ast.TypeSpec)
				if ts.Name.Name == "_" {
					continue
				}
				start, end := off(ts.Pos()), off(ts.End())
				doc := ts.Doc
				if doc == nil {
					doc = d.Doc
				}
				dd := mk("type", ts.Name.Name, []string{ts.Name.Name}, start, end, doc)
				dd.Src = "type " + dd.Src
				if dd.Orig != "" {
					dd.Orig = "type " + dd.Orig
				}
				dd.Col -= len("type ")
				if dd.Col < 1 {
					dd.Col = 1
				}
				out = append(out, dd)
			}
			return out
		}
	}
	return nil
}

// lineStartOf returns the offset of the start of the line holding off.
func lineStartOf(code string, off int) int {
	return strings.LastIndexByte(code[:off], '\n') + 1
}

// varUnit compiles a top-level var piece. Re-running the same declaration
// of existing vars assigns them instead of declaring new ones, so that
// compiled code that uses them keeps seeing their values.
func (c *cellRun) varUnit(code string, pc *piece, log *declLog) (*unit, []*Decl) {
	u := &unit{kind: uVar, sb: &srcBuilder{}, pieces: []*piece{pc}, declares: true}
	src := code[pc.docStart:pc.end]
	line, col := lineCol(code, pc.docStart)
	var decls []*Decl
	same := len(pc.names) > 0
	for _, n := range pc.names {
		d := &Decl{Kind: "var", Name: n, Names: []string{n}, Src: src, Orig: c.origText(code, pc.docStart, pc.end), Cell: c.count, Line: line, Col: col,
			CellText: c.shown(code), Uses: sortedKeys(pc.uses), sels: pc.sels}
		if gd, ok := pc.decl.(*ast.GenDecl); ok && gd.Doc != nil {
			d.Doc = gd.Doc.Text()
		}
		old := log.lookup("var", n)
		if old == nil || old.Kind != "var" || old.Src != src || old.Typed == "" {
			same = false
		}
		decls = append(decls, d)
	}
	text := code[pc.start:pc.end]
	if same {
		if a, ok := assignForm(text, pc); ok {
			text = a
			u.declares = false
			// The vars keep their entries (and typed forms).
			var kept []*Decl
			for _, d := range decls {
				old := log.lookup("var", d.Name)
				nd := old.clone()
				nd.Cell, nd.CellText, nd.Line, nd.Col = d.Cell, d.CellText, d.Line, d.Col
				kept = append(kept, nd)
			}
			decls = kept
		}
	}
	u.sb.synth(";")
	u.sb.text(protectGo(text, false), c.count, pc.line, pc.col, c.shown(code))
	u.plain = &srcBuilder{}
	u.plain.synth(";")
	u.plain.text(text, c.count, pc.line, pc.col, c.shown(code))
	return u, decls
}

// assignForm rewrites "x, y := v" or "var x T = v" (one spec) as an
// assignment with the same columns.
func assignForm(text string, pc *piece) (string, bool) {
	switch {
	case pc.stmt != nil:
		st, ok := pc.stmt.(*ast.AssignStmt)
		if !ok || st.Tok != token.DEFINE {
			return "", false
		}
		// Positions are in "package main;func _(){\n" + padded text.
		i := strings.Index(text, ":=")
		if i < 0 {
			return "", false
		}
		// The first ":=" at depth 0 is the statement's own.
		if j := defineIndex(text); j >= 0 {
			i = j
		}
		return text[:i] + " =" + text[i+2:], true
	case pc.decl != nil:
		gd, ok := pc.decl.(*ast.GenDecl)
		if !ok || gd.Lparen.IsValid() || len(gd.Specs) != 1 {
			return "", false
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		if len(vs.Values) == 0 {
			return "", false
		}
		b := []byte(text)
		copy(b, "   ")
		if vs.Type != nil {
			// Blank the type: from after the last name to the "=".
			eq := strings.Index(text, "=")
			lastName := vs.Names[len(vs.Names)-1].Name
			k := strings.Index(text, lastName)
			for k >= 0 && k+len(lastName) <= eq {
				nk := strings.Index(text[k+1:], lastName)
				if nk < 0 || k+1+nk+len(lastName) > eq {
					break
				}
				k = k + 1 + nk
			}
			if eq < 0 || k < 0 {
				return "", false
			}
			for j := k + len(lastName); j < eq; j++ {
				if b[j] != '\n' {
					b[j] = ' '
				}
			}
		}
		return string(b), true
	}
	return "", false
}

// defineIndex finds the ":=" of a short variable declaration at bracket
// depth 0.
func defineIndex(text string) int {
	depth := 0
	for i := 0; i+1 < len(text); i++ {
		switch text[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '"', '`', '\'':
			return -1
		case ':':
			if depth == 0 && text[i+1] == '=' {
				return i
			}
		}
	}
	return -1
}

// isPrintCall reports whether an expression statement calls fmt's print
// functions or the print builtins, whose results are not shown.
func isPrintCall(st ast.Stmt, imports map[string]string) bool {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok {
		return false
	}
	switch f := call.Fun.(type) {
	case *ast.Ident:
		return f.Name == "print" || f.Name == "println"
	case *ast.SelectorExpr:
		pkg, ok := f.X.(*ast.Ident)
		if !ok {
			return false
		}
		p := imports[pkg.Name]
		if p == "" && pkg.Name == "fmt" {
			p = "fmt"
		}
		return (p == "fmt" && (strings.HasPrefix(f.Sel.Name, "Print") || strings.HasPrefix(f.Sel.Name, "Fprint"))) ||
			(p == "log" && strings.HasPrefix(f.Sel.Name, "Print"))
	}
	return false
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
			su.sb.text(c.src[pc.start:pc.end], c.count, pc.line, pc.col, c.src)
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
func (e *Engine) reportGoPanic(v any) {
	c := &cellRun{e: e}
	ev := c.runtimeError(interp.Panic{Value: v}, &unit{sb: &srcBuilder{}})
	msg := "panic in a goroutine (it stopped; the session goes on)\n" + strings.Join(ev.Traceback, "\n") + "\n"
	e.sio.stderr.next.Write([]byte(msg))
}
