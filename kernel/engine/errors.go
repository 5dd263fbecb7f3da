package engine

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/cellrt/fmtview"
	"github.com/goteach/goteach/kernel/frontend"
)

const (
	ansiRed   = "\x1b[0;31m"
	ansiGreen = "\x1b[0;32m"
	ansiBold  = "\x1b[1m"
	ansiReset = "\x1b[0m"
)

// Error names (ename) the engine reports.
const (
	ErrCompile     = "CompileError"  // the cell does not compile
	ErrPanic       = "panic"         // the cell panicked
	ErrRuntime     = "runtime error" // a run-time panic (index out of range, nil dereference, ...)
	ErrExit        = "Exit"          // the cell called os.Exit
	ErrGoexit      = "Goexit"        // the cell called runtime.Goexit
	ErrFatal       = "fatal error"   // the cell's goroutines all slept (deadlock)
	ErrInterrupted = "Interrupted"   // the user interrupted the cell
	ErrMagic       = "MagicError"    // a %magic or !command failed
)

// mapCompileError attaches the source an interpreter error refers to.
func mapCompileError(err error, sb *srcBuilder) error {
	return compileErr{err, sb}
}

var posPrefix = regexp.MustCompile(`^(?:[^\s:]*\.go:)?(\d+):(\d+): `)

// where describes a cell position as Jupyter users know it.
func (c *cellRun) where(o lineOrigin) string {
	if o.cell == 0 {
		return "Cell"
	}
	return "Cell In[" + strconv.Itoa(o.cell) + "]"
}

// frameSite finds the line of src (from 1; 0 for none) where a frame's
// operation ran, trying in turn: the call of a compiled func that
// panicked (compiled), the operation siteMsg names or the call of
// callee, then for the innermost frame of an explicit panic the package
// a standard library panic names ("strings: negative Repeat count",
// value), and for an outer frame a call through a func value (f :=
// div; f(4, 0)).
func frameSite(scope frontend.SiteScope, src string, decl, innermost, explicit bool, compiled, siteMsg, value, callee string, ran func(int, string) uint64) int {
	try := func(msg, callee string) int {
		l, _ := frontend.PanicSiteIn(scope, src, decl, msg, callee, ran)
		return l
	}
	l := 0
	if innermost && compiled != "" {
		in := scope
		in.Compiled = true
		msg := ""
		if strings.Contains(value, "nil pointer dereference") {
			msg = frontend.NilReceiver
		}
		l, _ = frontend.PanicSiteIn(in, src, decl, msg, compiled, ran)
	}
	if l == 0 {
		l = try(siteMsg, callee)
	}
	if l == 0 && innermost && explicit {
		l = try(value, "")
	}
	if l == 0 && !innermost && scope.Lit == 0 && scope.Loop == 0 {
		// The callee is called back by compiled code the func called
		// (fmt.Fprint calling a Write method).
		l, _ = frontend.CallbackSite(src, decl, callee, ran)
	}
	if l == 0 && !innermost {
		l = try(frontend.NilFuncCall, "")
	}
	return l
}

// deferringFunc finds the func of the session that made callee (a
// frame's func: "cleanup", or "run.func1" for a literal of run) a
// deferred call of its own, when it is not current (the frame that
// called on): the func, and the cell line where its deferred calls run,
// that of the return statement that ends it or of its closing brace.
// Nil when no func or more than one does.
func (e *Engine) deferringFunc(callee, current string) (*Decl, int) {
	name, lit := callee, 0
	if i := strings.Index(callee, ".func"); i > 0 {
		// The interpreter names a literal "run.func" (or "run.func2"):
		// the func's literals must all be deferred calls of its own.
		if strings.Contains(callee[i+1:], ".") {
			return nil, 0
		}
		name, lit = callee[:i], 1
	} else if strings.ContainsAny(callee, ".()*") {
		return nil, 0
	}
	if current == hookAlias+"_main" {
		current = "main"
	}
	if name == hookAlias+"_main" {
		name = "main" // (a literal main defers)
	}
	e.mu.RLock()
	list := e.log.list
	e.mu.RUnlock()
	var found *Decl
	line := 0
	for _, d := range list {
		own := d.Name == name || d.Kind == "method" && strings.HasSuffix(d.Name, "."+name) // (a method: "VM.Run")
		if (d.Kind != "func" && d.Kind != "method") || frontend.IsTwin(d.Name) || d.Name == current || lit > 0 && !own {
			continue
		}
		src := d.Src // as compiled: its literals are numbered so
		if lit == 0 && d.Orig != "" {
			src = d.Orig // as written, line for line
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "", "package p\n"+src, parser.SkipObjectResolution)
		if err != nil || len(f.Decls) != 1 {
			continue
		}
		fd, ok := f.Decls[0].(*ast.FuncDecl)
		if !ok || fd.Body == nil || !defersCall(fd.Body, name, lit) {
			continue
		}
		if found != nil {
			return nil, 0
		}
		end := fd.Body.Rbrace
		if n := len(fd.Body.List); n > 0 {
			if r, ok := fd.Body.List[n-1].(*ast.ReturnStmt); ok {
				end = r.Pos() // its deferred calls run at the return
			}
		}
		found, line = d, d.Line+fset.Position(end).Line-2
	}
	return found, line
}

// callsOnly reports whether the source of the frame's func base (the
// cell's code for its statements) calls name and does not call callee
// itself: callee then ran as a deferred call of name.
func (c *cellRun) callsOnly(base, name, callee string) bool {
	src := c.src
	if d := c.e.funcDecl(base); d != nil {
		src = d.Src
		if d.Orig != "" {
			src = d.Orig
		}
	}
	calls := func(f string) bool {
		if _, m, ok := strings.Cut(f, "."); ok && !strings.Contains(m, ".") && !strings.HasPrefix(m, "func") {
			f = "." + m // a method "T.M": a call of its
		}
		start := `(?:\b|^)`
		if strings.HasPrefix(f, ".") {
			start = "" // (T{}.M(): no word boundary before the dot)
		}
		return regexp.MustCompile(start + regexp.QuoteMeta(f) + `\s*\(`).MatchString(src)
	}
	return calls(name) && (strings.Contains(callee, ".") || !calls(callee))
}

// defersCall reports whether body defers a call of the func name (lit
// 0), or (lit 1) has func literals and calls each as a deferred call of
// its own.
func defersCall(body *ast.BlockStmt, name string, lit int) bool {
	found, lits, deferred := false, 0, 0
	ast.Inspect(body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			lits++
			return false // a literal's own defers are its own
		case *ast.DeferStmt:
			switch f := x.Call.Fun.(type) {
			case *ast.Ident:
				found = found || lit == 0 && f.Name == name
			case *ast.SelectorExpr: // a method, r.Close
				found = found || lit == 0 && f.Sel.Name == name
			case *ast.FuncLit:
				deferred++
			}
		}
		return true
	})
	if lit > 0 {
		return lits > 0 && lits == deferred
	}
	return found
}

// initPiece reports whether pc declares a func init.
func initPiece(pc *piece) bool {
	fd, ok := pc.decl.(*ast.FuncDecl)
	return ok && fd.Recv == nil && fd.Name.Name == "init"
}

// sourceLine returns line n (1-based) of text.
func sourceLine(text string, n int) string {
	lines := strings.Split(text, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// shadowHint explains a lowered cell that does not compile when the
// session has variables named as the builtins the lowered code calls
// (see frontend.Result.Shadows).
func shadowHint(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "`" + n + "`"
	}
	if len(names) == 1 {
		return " (the session's variable " + quoted[0] + " hides Go's builtin " + quoted[0] +
			" from the code the notebook runs: rename the variable, or declare it inside a func)"
	}
	return " (the session's variables " + strings.Join(quoted, ", ") + " hide Go's builtins of those names" +
		" from the code the notebook runs: rename them, or declare them inside a func)"
}

// compileError builds the error output of a cell that does not compile.
func (c *cellRun) compileError(err error) kernel.ErrorValue {
	var o lineOrigin
	col := 0
	msg := err.Error()
	var ce *cellError
	var cerr compileErr
	switch {
	case errors.As(err, &ce):
		o = lineOrigin{c.count, ce.line, c.code}
		col, msg = ce.col, ce.msg
		if ce.line == 0 {
			o = lineOrigin{}
		}
	case errors.As(err, &cerr):
		msg = cerr.err.Error()
		if m := posPrefix.FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			col, _ = strconv.Atoi(m[2])
			msg = msg[len(m[0]):]
			o = cerr.sb.origin(line)
			if o.cell == 0 {
				col = 0
			}
		}
	}
	msg = strings.TrimSpace(msg)
	if c.front != nil && len(c.front.Shadows) > 0 {
		msg += shadowHint(c.front.Shadows)
	}
	value := msg
	var tb []string
	if o.line > 0 {
		pos := strconv.Itoa(o.line) + ":" + strconv.Itoa(col)
		if col == 0 {
			pos = strconv.Itoa(o.line)
		}
		if o.cell == c.count {
			value = pos + ": " + msg
		} else {
			value = "In[" + strconv.Itoa(o.cell) + "] " + pos + ": " + msg
		}
		tb = append(tb, ansiGreen+c.where(o)+", line "+strconv.Itoa(o.line)+ansiReset)
		src := sourceLine(o.cellText, o.line)
		tb = append(tb, fmt.Sprintf("%5d | %s", o.line, src))
		if col > 0 {
			tb = append(tb, "      | "+caretPad(src, col)+ansiRed+"^"+ansiReset)
		}
	}
	tb = append(tb, ansiRed+ansiBold+ErrCompile+ansiReset+": "+value)
	return kernel.ErrorValue{Name: ErrCompile, Value: value, Traceback: tb}
}

// caretPad returns the blanks that put a caret under byte column col of
// src (tabs are kept so the caret lines up).
func caretPad(src string, col int) string {
	var b strings.Builder
	for i := 0; i < col-1 && i < len(src); i++ {
		if src[i] == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// exitValue is the error output of a cell that called os.Exit.
func exitValue(x exitError) kernel.ErrorValue {
	v := x.Error()
	return kernel.ErrorValue{Name: ErrExit, Value: v,
		Traceback: []string{ansiRed + ansiBold + ErrExit + ansiReset + ": " + v}}
}

// printedPanic returns the text Go prints for v, an unrecovered panic's
// value (by its Error or String method), or, when that method panics
// itself, the fatal error Go ends the program with ("panic while printing
// panic value: type runtime.boundsError").
func printedPanic(v any) (text, fatal string) {
	defer func() {
		r := recover()
		if rv, ok := r.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
			r = rv.Interface()
		}
		var p interp.Panic
		if e, ok := r.(error); ok && errors.As(e, &p) {
			r = p.Value
		}
		switch r := r.(type) {
		case nil:
		case string:
			fatal = "panic while printing panic value: " + r
		default:
			fatal = "panic while printing panic value: type " + typeName(r, "")
		}
	}()
	switch v := v.(type) {
	case error:
		return v.Error(), ""
	case fmt.Stringer:
		return v.String(), ""
	}
	return fmtview.PanicValue(v), ""
}

// printingPanicValue is the error output of a cell whose panic's value
// panicked while it was printed (see printedPanic).
func printingPanicValue(msg string) kernel.ErrorValue {
	tb := []string{ansiRed + ansiBold + ErrFatal + ansiReset + ": " + msg, "", "goroutine 1 [running]: the cell's code", "",
		"The value given to panic has an Error or String method that panicked itself when Go printed it. Go stops such a program (exit status 2); the cell ended there and the session keeps its state."}
	return kernel.ErrorValue{Name: ErrFatal, Value: msg, Traceback: tb}
}

// deadlockValue is the error output of a cell whose goroutines all
// slept (see watchDeadlock), in Go's words, the states of the cell's
// goroutine and of the others it started, and what happened.
func deadlockValue(d deadlockError) kernel.ErrorValue {
	v := d.Error()
	tb := []string{ansiRed + ansiBold + ErrFatal + ansiReset + ": " + v, "", "goroutine 1 [" + d.states[0] + "]: the cell's code"}
	for _, s := range d.states[1:] {
		tb = append(tb, "goroutine ["+s+"]: started with go")
	}
	tb = append(tb, "", "Every goroutine waits for a channel, a lock or a WaitGroup that no other goroutine will ever release. Go stops such a program (exit status 2); the cell ended there and the session keeps its state.")
	return kernel.ErrorValue{Name: ErrFatal, Value: v, Traceback: tb}
}

// runtimeError builds the error output of a cell that failed while
// running unit u.
func (c *cellRun) runtimeError(err error, u *unit) kernel.ErrorValue {
	frames, reraise := c.e.sio.stderr.takeFrames()
	chain := c.e.sio.cell.recoveredValues()
	if len(chain) == 0 {
		// A deferred call's panic that no other panic was unwinding
		// below: Go names the frames of the func that deferred it (at
		// its closing brace) and of its callers. (Below a recovered
		// panic Go names the func's frame at that panic's line.)
		frames = append(frames, reraise...)
	}
	if c.ctx != nil {
		switch cause := context.Cause(c.ctx).(type) {
		case exitError:
			return exitValue(cause)
		case goPanicError:
			ev := cause.ev
			ev.Traceback = append([]string{"a goroutine panicked while the cell ran: in Go that ends the program, so the cell ended there (the session goes on)"}, ev.Traceback...)
			return ev
		case deadlockError:
			return deadlockValue(cause)
		case syncFatalError:
			return syncFatalValue(cause)
		case goexitError:
			v := cause.Error()
			return kernel.ErrorValue{Name: ErrGoexit, Value: v,
				Traceback: []string{ansiRed + ansiBold + ErrGoexit + ansiReset + ": " + v}}
		}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		v := "the cell was interrupted; the session keeps its state"
		return kernel.ErrorValue{Name: ErrInterrupted, Value: v,
			Traceback: []string{ansiRed + ansiBold + ErrInterrupted + ansiReset + ": " + v}}
	}
	var p interp.Panic
	if !errors.As(err, &p) {
		// Errors found when the program starts (yaegi checks some things
		// only then) read like compile errors.
		if posPrefix.MatchString(err.Error()) {
			ev := c.compileError(compileErr{err, u.sb})
			return ev
		}
		v := err.Error()
		return kernel.ErrorValue{Name: "Error", Value: v, Traceback: []string{ansiRed + "Error" + ansiReset + ": " + v}}
	}
	name := ErrPanic
	var value string
	explicit := true // the value came from a call of panic
	if rv, ok := p.Value.(reflect.Value); ok {
		// The interpreter panics with reflect values of its own types.
		p.Value = nil
		if rv.IsValid() && rv.CanInterface() {
			p.Value = rv.Interface()
		}
	}
	switch v := p.Value.(type) {
	case runtime.Error:
		name = ErrRuntime
		value = strings.TrimPrefix(v.Error(), "runtime error: ")
		explicit = false
	case string:
		value = v
		switch {
		case strings.HasPrefix(v, "os.Exit("):
			name = ErrExit
		case stringRuntimeError(v) != "":
			name, value, explicit = ErrRuntime, stringRuntimeError(v), false
		}
	default:
		var fatal string
		if value, fatal = printedPanic(v); fatal != "" {
			return printingPanicValue(fatal)
		}
	}
	if m := posPrefix.FindStringSubmatch(value); m != nil && interpreterValue(p.Value) {
		value = value[len(m[0]):] // the interpreter's position: the traceback names the line
	}
	if w, ok := strings.CutPrefix(value, "hash of unhashable type: stdlib._"); ok {
		// A cell value held in a standard interface is the interpreter's
		// wrapper struct, which has func fields.
		iface := w
		if i := strings.LastIndexByte(w, '_'); i > 0 {
			pkg := w[:i]
			if j := strings.LastIndexByte(pkg, '_'); j >= 0 {
				pkg = pkg[j+1:]
			}
			iface = pkg + "." + w[i+1:]
		}
		value = "a value of a type declared in the notebook, held in " + iface +
			", was used as a map key: the interpreter holds it in a wrapper that Go cannot hash. Key the map by the concrete type, or by any"
	}
	if m, ok := typeNamed(value); ok && !strings.Contains(value, "stdlib._") {
		name, value, explicit = ErrRuntime, m, false
	}
	if strings.HasPrefix(value, "interface conversion: ") {
		name, explicit = ErrRuntime, false // a failed type assertion
		value = c.e.assertOperand(fmtview.AssertMessage(value))
	}
	siteHint := "" // what the site finder looks for, when not value
	if callee := compiledCallee(p.Stack); callee != "" && value == "reflect: call of reflect.Value."+callee+" on zero Value" {
		// The cell's own call of a method of a zero reflect.Value
		// (FieldByName("Nope").SetInt(1)): Go's panic, not the
		// interpreter's reach through nil.
	} else if m := nilRuntimeError(value); m != "" {
		if strings.HasSuffix(value, "call of nil function") {
			siteHint = frontend.NilFuncCall // the site is a call, not a dereference
		}
		name, value, explicit = ErrRuntime, m, false
	}
	if name == ErrPanic && explicit {
		// Go prints each later line of a panic's value after a tab.
		value = strings.ReplaceAll(value, "\n", "\n\t")
	}
	tb := []string{ansiRed + ansiBold + name + ansiReset + ": " + value}
	stdRepanic := len(chain) == 0 && (name == ErrPanic || name == ErrRuntime) && repanickedByStd(p.Stack)
	if stdRepanic {
		tb = panicChain([]any{p.Value}, p.Value, name, value)
	}
	if len(chain) > 0 && (name == ErrPanic || name == ErrRuntime) {
		tb = panicChain(chain, p.Value, name, value)
		if sameValue(chain[len(chain)-1], p.Value) {
			explicit = true // a recovered run-time error panicked again: panic(r)
		}
	}
	head := len(tb)
	// frame adds lines of one frame, under a heading that only a
	// traceback with frames gets.
	var starts []int // where each frame's lines start in tb
	frame := func(lines ...string) {
		if len(tb) == head {
			tb = append(tb, "", "Traceback (innermost call first):")
		}
		starts = append(starts, len(tb))
		tb = append(tb, lines...)
	}
	c.e.mu.RLock()
	funcSrc := c.e.funcSrc
	c.e.mu.RUnlock()
	prevFunc, prevSpec := "", ""
	ticks := c.e.siteTicks()
	// A panic of a compiled func the cell called (regexp.MustCompile, a
	// method of a nil *strings.Builder): its site is a call of it.
	compiled := compiledCallee(p.Stack)
	// ran tells the site finder when the operations of each line of a
	// func starting at line first of a cell last ran.
	ran := func(cell, first int) func(int, string) uint64 {
		return func(l int, kind string) uint64 { return ticks[siteAt{cell, first + l - 1, kind}] }
	}
	carried := false // the frames so far were literals lowering wrote
	// The range-over-func loop whose body an inner frame ran: the func
	// holding it called its iterator at the loop's for line.
	var bodyOf string
	var bodyLoop lineOrigin
	cut := false // the frames of an earlier panic follow, which Go names apart
	if stdRepanic {
		// (Go names the frames of the panic a standard func
		// recovered below a frame of the runtime, as for any panic
		// raised again.)
		frames, cut = nil, true
	}
	// A recursive frame (a func's calling itself, or a func of a cycle
	// calling the next, see frontend.SelfCallKind) gets its line from
	// the stack of such calls running: innermost first, each takes the
	// newest push of its func's lines below the one the frame inside it
	// took. (Pushes of frames a recovered panic unwound may lie below.)
	selfCalls, complete := c.e.selfCalls()
	pushedFrames := map[int]bool{}
	if len(selfCalls) > 0 && complete {
		callees := c.e.selfCallees()
		for i := 1; i < len(frames); i++ {
			m, inner := frameLine.FindStringSubmatch(frames[i]), frameLine.FindStringSubmatch(frames[i-1])
			if m != nil && inner != nil && (m[3] == inner[3] || callees[strings.TrimPrefix(m[3], "main.")][strings.TrimPrefix(inner[3], "main.")]) {
				pushedFrames[i] = true
			}
		}
	}
	below := len(selfCalls) // the pushes the frames so far did not take
frames:
	for i, f := range frames {
		if id, ok := siteFrame(f); ok {
			msg := value
			if explicit {
				msg = ""
			}
			if o, label, ok := c.deferredFrame(id, msg); ok {
				frame(ansiGreen+c.where(o)+", line "+strconv.Itoa(o.line)+", in "+label+ansiReset,
					fmt.Sprintf("%5d | %s", o.line, strings.TrimRight(sourceLine(o.cellText, o.line), " \t")))
				prevFunc, prevSpec = label, ""
			}
			continue
		}
		m := frameLine.FindStringSubmatch(f)
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[1])
		innermost := i == 0 || carried
		carried = false
		fn := strings.TrimPrefix(m[3], "main")
		fn = strings.TrimPrefix(fn, ".")
		base := fn
		if i := strings.IndexByte(base, '.'); i >= 0 {
			base = base[:i]
		}
		if strings.HasPrefix(base, "func") && c.e.funcDecl(base) == nil {
			// A literal of the cell's statements, or a piece the
			// interpreter named after the literal it made first.
			fn, base = "."+fn, ""
		}
		if !innermost && prevFunc != "" {
			// (The cell's own frame calls a program's main, in the cell
			// or not.)
			if d, l := c.e.deferringFunc(prevFunc, base); d != nil && (c.callsOnly(base, d.Name, prevFunc) || base == "" && d.Name == "main") {
				if len(chain) > 0 {
					// The deferred call ran as an earlier panic unwound
					// d's func: Go names that panic's frames below a
					// frame of the runtime, and the kernel has none.
					cut = true
					break frames
				}
				// The inner frame was a deferred call of d's func, which
				// the interpreter names no frame for: Go names the
				// func's closing brace, where its deferred calls run.
				o := lineOrigin{d.Cell, l, d.CellText}
				frame(ansiGreen+c.where(o)+", line "+strconv.Itoa(l)+", in "+d.Name+ansiReset,
					fmt.Sprintf("%5d | %s", l, strings.TrimRight(sourceLine(o.cellText, l), " \t")))
				prevFunc, prevSpec = d.Name, ""
			}
		}
		sb := u.sb
		col, _ := strconv.Atoi(m[2])
		cands := c.frameUnits(fn, base, line, col, u)
		fu := cands[0]
		decl := c.e.funcDecl(base)
		if fu != u {
			sb = fu.sb
		} else if base != "" {
			if s, ok := funcSrc[base]; ok {
				sb = s
			}
			if d, s := c.e.methodAt(base, funcSrc, line); d != nil {
				decl, sb = d, s
			}
		}
		if inGoWrapper(sb.String(), line, col) {
			// A func that protectGo wrote around a go statement: Go's
			// frame is the go statement's func, or the call's.
			carried = innermost
			continue
		}
		if frontend.InForwarder(sb.String(), line, col) {
			// A method lowering wrote to call an embedded field's
			// (lower_embed.go): Go calls the field's method from the
			// frame that called this one.
			carried = innermost
			continue
		}
		o := sb.origin(line)
		label := fn
		if m := frontend.TwinMethod(base); m != "" {
			label = m + strings.TrimPrefix(fn, base) // the method's body
		}
		spec := ""
		if d := decl; d != nil && d.SpecOf != "" {
			// A copy of a generic func: named as the instance.
			label, spec = d.Label+strings.TrimPrefix(fn, base), d.SpecOf
		}
		switch {
		case base == "" || strings.HasPrefix(base, hookAlias+"_s"):
			label = "<cell>" + strings.TrimPrefix(fn, base)
		case base == hookAlias+"_main":
			label = "main" + strings.TrimPrefix(fn, base)
		}
		if o.line == 0 {
			// (A func the lowering wrote, __gt_m_L_MarshalJSON, has no
			// name of the program's.)
			if base != "" && !strings.HasPrefix(base, hookAlias) {
				frame("  in " + label)
			}
			prevFunc, prevSpec = fn, spec
			continue
		}
		// yaegi names the function a frame is in, not the failing
		// operation or the call: find it in the source.
		siteMsg, callee := "", prevFunc
		if innermost {
			callee = ""
			if !explicit {
				siteMsg = value
				if siteHint != "" {
					siteMsg = siteHint
				}
			}
		}
		// A frame at a func literal's first token is the func that
		// made the literal first thing (see frontend.FuncLitAt): its
		// site is outside the literals it holds.
		// The func itself: its literals' sites are frames of their own.
		outside := !strings.Contains(fn, ".func")
		litName := ""  // the name a literal's frame is assigned to
		atLit := false // the frame is the func's, named after its first literal
		if d := decl; base != "" && !strings.HasPrefix(base, hookAlias+"_s") && d != nil {
			rel := o.line - d.Line + 1
			scope := frontend.SiteScope{Outside: outside, Loops: frontend.RangeLoops(d.Src, true)}
			if loop, n := rangeBody(d.Src, true, o.cell == d.Cell, rel, col); loop > 0 {
				scope.Loop, label = loop, outerLabel(label)+"-range"+strconv.Itoa(n)
				bodyOf, bodyLoop = base, lineOrigin{d.Cell, d.Line + loop - 1, d.CellText}
			} else if o.cell == d.Cell && rel >= 1 && d.Orig != "" && frontend.InGeneratedLit(d.Src, d.Orig, true, rel, col) {
				carried = innermost // the operation it stands for is the func's
				continue
			}
			if o.cell == d.Cell && rel >= 1 && frontend.FuncLitAt(d.Src, true, rel, col) {
				scope.Outside, label, atLit = true, outerLabel(label), true
			}
			if !scope.Outside && scope.Loop == 0 && o.cell == d.Cell && rel >= 1 {
				// A literal's frame: its site is in the literal.
				scope.Lit, scope.LitN = frontend.LitAt(d.Src, d.Orig, true, rel, col)
			}
			o = lineOrigin{d.Cell, d.Line, d.CellText}
			src := d.Src
			if d.Orig != "" {
				src = d.Orig
			}
			if scope.Lit > 0 {
				litName = frontend.LitName(src, true, scope.Lit, scope.LitN)
			}
			declCallee := callee
			if prevSpec != "" && !innermost {
				declCallee = prevSpec // the user's text calls the generic
			}
			l := 0
			if outside && !innermost && scope.Loop == 0 && bodyOf == base && bodyLoop.cell == d.Cell {
				l, bodyOf = bodyLoop.line-d.Line+1, ""
			}
			if rr, ok := p.Value.(rangeRecoveredAt); ok && innermost {
				// Go names the closing brace of the loop whose
				// iterator recovered the body's panic.
				if cell, line, ok := c.e.siteOf(rr.site); ok && cell == d.Cell {
					l = line - d.Line + 1
				}
			}
			if pushedFrames[i] && l == 0 && outside && scope.Loop == 0 && scope.Lit == 0 {
				last := d.Line + strings.Count(d.Src, "\n")
				for k := below - 1; k >= 0; k-- {
					if at := selfCalls[k]; at.cell == d.Cell && d.Line <= at.line && at.line <= last {
						l, below = at.line-d.Line+1, k
						break
					}
				}
			}
			if l == 0 {
				l = frameSite(scope, src, true, innermost, explicit, compiled, siteMsg, value, declCallee, ran(d.Cell, d.Line))
			}
			if l > 0 {
				o.line = d.Line + l - 1
			} else if innermost && scope.Loop > 0 && value == string(rangeContinued) {
				// The loop's body was called again after it ended: Go
				// names the loop's for line.
				o.line = d.Line + scope.Loop - 1
			} else if innermost && explicit {
				if n := panicLine(d.Src); n > 0 {
					o.line = d.Line + n - 1
				}
			}
			if innermost && below > 0 {
				// A frame failing in a statement that pushed (on the
				// call's return, x := f(n-1).(T)): the newest push is
				// its own, not a frame's above.
				if at := selfCalls[below-1]; at.cell == d.Cell && at.line == o.line {
					below--
				}
			}
		} else if fu != nil && c.src != "" {
			found, generated := false, false
			first := o
		units:
			for ci, cu := range cands {
				if ci > 0 {
					o = cu.sb.origin(line)
				}
				fu = cu
				for _, pc := range fu.pieces {
					if pc.start < 0 || pc.end > len(c.src) || pc.kind.isDecl() && !(base == "init" && initPiece(pc)) {
						continue
					}
					decl := pc.kind.isDecl() // a func init: logged nowhere, found here
					piece := c.src[pc.start:pc.end]
					rel := o.line - pc.line + 1
					pcol := col
					if rel == 1 {
						pcol -= pc.col - 1 // the piece starts at its column of the cell
					}
					scope := frontend.SiteScope{Outside: outside, Loops: frontend.RangeLoops(piece, decl)}
					if loop, n := rangeBody(piece, decl, true, rel, pcol); loop > 0 {
						scope.Loop, label = loop, outerLabel(label)+"-range"+strconv.Itoa(n)
					} else if orig := c.origLines(pc.line, strings.Count(piece, "\n")+1); rel >= 1 && orig != "" && frontend.InGeneratedLit(piece, orig, decl, rel, col) {
						generated = true
						break units
					}
					if rel >= 1 && frontend.FuncLitAt(piece, decl, rel, col) {
						scope.Outside, label, atLit = true, outerLabel(label), true
					}
					if !scope.Outside && scope.Loop == 0 && rel >= 1 {
						// A literal's frame: its site is in the literal.
						if scope.Lit, scope.LitN = frontend.LitAt(piece, "", decl, rel, pcol); scope.Lit > 0 {
							litName = frontend.LitName(piece, decl, scope.Lit, scope.LitN)
						}
					}
					l := frameSite(scope, piece, decl, innermost, explicit, compiled, siteMsg, value, callee, ran(o.cell, pc.line))
					if orig := c.origLines(pc.line, strings.Count(piece, "\n")+1); l == 0 && orig != "" && orig != piece && scope.Loop == 0 && scope.Lit == 0 {
						// The operation may be one the lowering wrote as
						// a func literal's call (an assertion to an
						// interface): the user's text has it where it
						// stands.
						scope.Loops = frontend.RangeLoops(orig, decl)
						l = frameSite(scope, orig, decl, innermost, explicit, compiled, siteMsg, value, callee, ran(o.cell, pc.line))
					}
					if l > 0 {
						o.line = pc.line + l - 1
						found = true
						break units
					}
				}
			}
			if !found && !generated {
				fu, o = cands[0], first
			}
			if generated {
				carried = innermost // the operation it stands for is the piece's
				continue
			}
			if !found && innermost && explicit && len(fu.pieces) == 0 {
				// A deferred call of the cell's: the call of panic in the
				// func literal the frame is in, when it has one.
				if n := frontend.PanicCallIn(c.src, o.line); n > 0 {
					o.line = n
				}
			}
			if !found && innermost && explicit {
				// A call of panic: the one of the piece the frame is in,
				// when it has one.
				for _, pc := range fu.pieces {
					if pc.start < 0 || pc.end > len(c.src) || pc.kind.isDecl() {
						continue
					}
					piece := c.src[pc.start:pc.end]
					if o.line < pc.line || o.line >= pc.line+strings.Count(piece, "\n")+1 {
						continue
					}
					if n := panicLine(piece); n > 0 {
						o.line = pc.line + n - 1
					}
					break
				}
			}
		}
		prevFunc, prevSpec = fn, spec
		if litName != "" {
			prevFunc = litName // its callers call it by that name
		} else if atLit {
			// (The func's own frame, which a deferred literal it made
			// first named: no deferred call ran on its own.)
			prevFunc = outerLabel(fn)
		}
		frame(ansiGreen+c.where(o)+", line "+strconv.Itoa(o.line)+", in "+label+ansiReset,
			fmt.Sprintf("%5d | %s", o.line, strings.TrimRight(sourceLine(o.cellText, o.line), " \t")))
	}
	if u.kind == uExpr && u.sb != nil && !cut {
		// The interpreter reports no frame for the cell's trailing
		// expression (the call a panic came through): name it.
		for _, o := range u.sb.lines {
			if o.cell > 0 {
				at := c.where(o) + ", line " + strconv.Itoa(o.line) + ","
				named := false
				for _, l := range tb[head:] {
					// (A literal's frame on the line is not the call's.)
					named = named || strings.Contains(l, at) && strings.HasSuffix(l, " in <cell>"+ansiReset)
				}
				if !named {
					frame(ansiGreen+c.where(o)+", line "+strconv.Itoa(o.line)+", in <cell>"+ansiReset,
						fmt.Sprintf("%5d | %s", o.line, strings.TrimRight(sourceLine(o.cellText, o.line), " \t")))
				}
				break
			}
		}
	}
	if n := len(starts); n > 2*elideFrames {
		// As Go: the innermost and the outermost frames, and how many
		// lie between.
		tb = slices.Concat(tb[:starts[elideFrames]],
			[]string{fmt.Sprintf("...%d frames elided...", n-2*elideFrames)},
			tb[starts[n-elideFrames]:])
	}
	return kernel.ErrorValue{Name: name, Value: value, Traceback: tb}
}

// elideFrames is how many of the innermost frames, and of the
// outermost, a traceback of more than twice as many shows, as Go's.
const elideFrames = 50

// frameUnits is the unit of the cell whose source a frame of the cell's
// statements (fn and base as runtimeError reads them) at line and col is
// in: the one whose wrapper the interpreter names. A func literal of
// statements the interpreter ran as such (a unit without a wrapper) is
// named after no wrapper: it is u's when u has no wrapper and a literal
// of u holds the position, else the latest other such unit's with one
// that does (a literal assigned there and called from u). Other frames
// are u's.
//
// Several such units may hold a literal there: frameUnits returns them
// all, the likeliest first (the frame's site tells them apart).
func (c *cellRun) frameUnits(fn, base string, line, col int, u *unit) []*unit {
	switch {
	case strings.HasPrefix(base, hookAlias+"_s"):
		for _, v := range c.units {
			if v.wrapper == base {
				return []*unit{v}
			}
		}
	case base == "" && fn != "":
		var out []*unit
		if u.wrapper == "" && c.litAt(u, line, col) {
			out = append(out, u)
		}
		for i := len(c.units) - 1; i >= 0; i-- {
			if v := c.units[i]; v != u && v.wrapper == "" && c.litAt(v, line, col) {
				out = append(out, v)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return []*unit{u}
}

// litAt reports whether line and col of u's source are in the body of a
// func literal of one of the cell's pieces u runs.
func (c *cellRun) litAt(u *unit, line, col int) bool {
	if u == nil || u.sb == nil {
		return false
	}
	o := u.sb.origin(line)
	if o.cell != c.count || o.cell == 0 {
		return false
	}
	for _, pc := range u.pieces {
		if pc.start < 0 || pc.end > len(c.src) || pc.kind.isDecl() {
			continue
		}
		piece := c.src[pc.start:pc.end]
		if rel := o.line - pc.line + 1; rel >= 1 && rel <= strings.Count(piece, "\n")+1 {
			if rel == 1 {
				col -= pc.col - 1 // the piece starts at its column of the cell
			}
			return frontend.LitHolds(piece, false, rel, col)
		}
	}
	return false
}

// rangeBody is frontend.RangeBodyAt for a frame at line rel (of src)
// and col, when the frame is in src (in).
func rangeBody(src string, decl, in bool, rel, col int) (loop, n int) {
	if !in || rel < 1 {
		return 0, 0
	}
	return frontend.RangeBodyAt(src, decl, rel, col)
}

// deferredFrame is the frame of a deferred literal whose panic its
// catch took (see stderrFilter.catch): the site of msg (a run-time
// error's message, "" for a call of panic) in the literal of Site id.
func (c *cellRun) deferredFrame(id int, msg string) (lineOrigin, string, bool) {
	c.e.mu.RLock()
	at, text := c.e.sites[id], c.e.siteText[id]
	var in *Decl
	for _, d := range c.e.log.list {
		if d.Cell == at.cell && (d.Kind == "func" || d.Kind == "method") &&
			d.Line <= at.line && at.line < d.Line+strings.Count(d.Src, "\n")+1 {
			in = d
		}
	}
	c.e.mu.RUnlock()
	if text == "" {
		return lineOrigin{}, "", false
	}
	o := lineOrigin{cell: at.cell, line: at.line}
	if l, _ := frontend.PanicSite(text, false, msg, "", nil); l > 0 {
		o.line += l - 1
	}
	label := "<cell>.func"
	switch {
	case in != nil:
		o.cellText = in.CellText
		label = strings.TrimPrefix(in.Name, hookAlias+"_")
		if at.kind != "deferred exit" {
			label += ".func"
		}
	case at.cell == c.count:
		o.cellText = c.code
		if c.orig != "" {
			o.cellText = c.orig
		}
	}
	return o, label, true
}

// outerLabel is the label of the func whose frame the interpreter
// named after the literal it made first ("main.func" -> "main").
func outerLabel(label string) string {
	if i := strings.LastIndexByte(label, '.'); i >= 0 && strings.HasPrefix(label[i+1:], "func") {
		return label[:i]
	}
	return label
}

// funcDecl returns the log entry of the func (or method) that yaegi names
// base in panic frames.
func (e *Engine) funcDecl(base string) *Decl {
	e.mu.RLock()
	defer e.mu.RUnlock()
	if base == hookAlias+"_main" {
		base = "main"
	}
	for _, d := range e.log.list {
		if d.Kind == "func" && d.Name == base {
			return d
		}
		if d.Kind == "method" && strings.HasSuffix(d.Name, "."+base) {
			return d
		}
	}
	return nil
}

// methodAt is, of the methods named base the cells declare, the one
// whose source (as funcSrc has it, by the method's full name) holds
// line, a frame's, with that source: several types may have a method of
// the name, and the interpreter names a frame by the method's name
// alone. A generic method's copy comes before the generic, whose lines
// it has. nil when none does.
func (e *Engine) methodAt(base string, funcSrc map[string]*srcBuilder, line int) (*Decl, *srcBuilder) {
	e.mu.RLock()
	defer e.mu.RUnlock()
	var first *Decl
	var firstSrc *srcBuilder
	for _, d := range e.log.list {
		if d.Kind != "method" || !strings.HasSuffix(d.Name, "."+base) {
			continue
		}
		sb := funcSrc[d.Name]
		if sb == nil {
			continue
		}
		if o := sb.origin(line); o.cell == d.Cell && d.Line <= o.line && o.line < d.Line+strings.Count(d.Src, "\n")+1 {
			if d.SpecOf != "" {
				// A generic method's copy, at its generic's lines:
				// the copy runs, the generic never does.
				return d, sb
			}
			if first == nil {
				first, firstSrc = d, sb
			}
		}
	}
	return first, firstSrc
}

var panicCall = regexp.MustCompile(`\bpanic\(`)

// panicLine returns the 1-based line of src holding its only panic call,
// or 0.
func panicLine(src string) int {
	found := 0
	for i, l := range strings.Split(src, "\n") {
		if panicCall.MatchString(l) {
			if found > 0 {
				return 0
			}
			found = i + 1
		}
	}
	return found
}

// panicChain is the head of the traceback of a panic raised while
// deferred calls that recovered earlier panics (chain, oldest first) had
// not returned: Go names those first, then the new one, or says
// "[recovered, repanicked]" when the new one is the last recovered value
// itself:
//
//	panic: A [recovered]
//		panic: B
func panicChain(chain []any, final any, name, value string) []string {
	text := value
	if name == ErrRuntime && !plainRuntimeError(value) {
		text = "runtime error: " + value
	}
	lines := make([]string, len(chain))
	for i, v := range chain {
		lines[i] = fmtview.PanicValue(v) + " [recovered]"
	}
	// (Go's nil dereference and division by zero are one value each:
	// a second one is the recovered value itself.)
	shared := name == ErrRuntime && (value == "invalid memory address or nil pointer dereference" || value == "integer divide by zero")
	if last := chain[len(chain)-1]; sameValue(last, final) || shared && fmtview.PanicValue(last) == text {
		head := fmtview.PanicValue(last)
		if name == ErrRuntime && strings.HasPrefix(head, "reflect: call of reflect.Value.") && strings.HasSuffix(head, " on zero Value") {
			// The interpreter's reach through nil, which the cell's
			// error already names as Go does (a MarshalJSON method
			// dereferencing nil, repanicked by encoding/json).
			head = text
		}
		lines[len(lines)-1] = head + " [recovered, repanicked]"
	} else {
		lines = append(lines, text)
	}
	tb := make([]string, len(lines))
	for i, l := range lines {
		if i > 0 {
			tb[i] = "\t"
		}
		tb[i] += ansiRed + ansiBold + "panic" + ansiReset + ": " + l
	}
	return tb
}

// plainRuntimeError reports whether Go prints a run-time error with
// message msg as it is, without "runtime error: " before it: a failed
// assertion (*runtime.TypeAssertionError) and the runtime's plain errors.
func plainRuntimeError(msg string) bool {
	for _, p := range []string{"interface conversion: ", "assignment to entry in nil map",
		"send on closed channel", "close of closed channel", "close of nil channel",
		"makechan: size out of range", "value method "} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// sameValue reports whether a and b are the same comparable value.
func sameValue(a, b any) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	if a == nil || b == nil {
		return false
	}
	// (Through the interpreter's wrappers: a recovered error of the
	// session's struct type panicked again is held in another one.)
	return ifaceEqual(a, b)
}

// stdRepanickers are the files of standard packages whose deferred
// funcs recover a panic of the code they call and raise it again:
// encoding/json's Marshal (a MarshalJSON method's panic), sync's
// OnceFunc and OnceValue(s).
var stdRepanickers = []string{"/encoding/json/encode.go:", "/sync/oncefunc.go:"}

// repanickedByStd reports whether stack, a panic's, shows a standard
// package's func recovering the panic and raising it again, which Go
// names "[recovered, repanicked]".
func repanickedByStd(stack []byte) bool {
	lines := strings.Split(string(stack), "\n")
	for i := 1; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "panic(") && slices.ContainsFunc(stdRepanickers, func(f string) bool { return strings.Contains(lines[i-1], f) }) {
			return true
		}
	}
	return false
}

// compiledCallee returns the name of the compiled func the interpreter
// called that a panic unwound from ("MustCompile" of regexp.MustCompile,
// "Len" of (*strings.Builder).Len), read from the panic's stack (Go's
// frames, innermost first, from the recover of the panic); "" when the
// panic was raised by interpreted code, or by the engine's own funcs.
func compiledCallee(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	// The interpreter recovers and panics again in each interpreted
	// frame: the panic is the first whose next frame is not its own.
	start := -1
	for i := 0; i < len(lines) && start < 0; i++ {
		if !strings.HasPrefix(lines[i], "panic(") {
			continue
		}
		for _, l := range lines[i+1:] {
			if l == "" || strings.HasPrefix(l, "\t") {
				continue
			}
			if !strings.HasPrefix(l, "github.com/traefik/yaegi/") {
				start = i
			}
			break
		}
	}
	if start < 0 {
		return ""
	}
	last := ""
	for _, l := range lines[start+1:] {
		if l == "" || strings.HasPrefix(l, "\t") {
			continue
		}
		name := l
		if i := strings.LastIndexByte(name, '('); i > 0 {
			name = name[:i]
		}
		switch {
		case strings.HasPrefix(name, "runtime."):
			continue
		case name == "reflect.Value.call" || name == "reflect.Value.Call":
			if i := strings.IndexByte(last, '['); i >= 0 {
				last = last[:i] // an instance: slices.Max[...]
			}
			if i := strings.LastIndexByte(last, '.'); i >= 0 {
				return last[i+1:]
			}
			return ""
		case strings.HasPrefix(name, "github.com/goteach/goteach/kernel/cellrt/generic."):
			continue // (the kernel's own slices.Grow, called by callGeneric)
		case name == "github.com/goteach/goteach/kernel/engine.callGeneric":
			if n, ok := genericPanicked.Load().(string); ok {
				return n[strings.LastIndexByte(n, '.')+1:]
			}
			return ""
		case strings.HasPrefix(name, "github.com/traefik/yaegi/") || strings.HasPrefix(name, "github.com/goteach/"):
			return ""
		}
		last = name
	}
	return ""
}

// interpreterValue reports whether a panic value is the interpreter's own
// error (whose message starts with the position of the failing node), not
// a value the program panicked with: a program's "3:4: bad token" keeps
// its text.
func interpreterValue(v any) bool {
	t := reflect.TypeOf(v)
	if t == nil {
		return false
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == "github.com/traefik/yaegi/interp"
}
