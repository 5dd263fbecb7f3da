package engine

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/assist"
	"github.com/goteach/goteach/kernel/frontend"
)

// Complete answers a Tab completion; cursor and the returned range count
// code points (kernel.Engine), as package assist does.
func (e *Engine) Complete(code string, cursor int) kernel.CompleteResult {
	matches, start, end, meta := assist.Complete(e.Scope(), code, cursor)
	if matches == nil {
		matches = []string{}
	}
	if meta == nil {
		meta = map[string]any{}
	}
	return kernel.CompleteResult{
		Matches:     matches,
		CursorStart: start,
		CursorEnd:   end,
		Metadata:    meta,
	}
}

// Inspect answers Shift+Tab; cursor counts code points (see Complete).
func (e *Engine) Inspect(code string, cursor int, detailLevel int) kernel.InspectResult {
	data, found := assist.Inspect(e.Scope(), code, cursor, detailLevel)
	if data == nil {
		data = map[string]any{}
	}
	return kernel.InspectResult{Found: found, Data: data}
}

// IsComplete tells a console whether code can run as it is.
func (e *Engine) IsComplete(code string) (status, indent string) {
	t := strings.TrimSpace(code)
	if strings.HasPrefix(t, "%") || strings.HasPrefix(t, "!") || helpLine.MatchString(t) && strings.Contains(t, "?") {
		return "complete", ""
	}
	return assist.IsComplete(code)
}

// doc is the documentation shown for NAME? (the pager).
func (e *Engine) doc(expr string, detail bool) (string, bool) {
	text, ok := assist.Doc(e.Scope(), expr)
	if ok && detail {
		for _, d := range e.Decls() {
			if d.Name == expr && d.Src != "" {
				text += "\n\nSource:\n" + d.Src
				break
			}
		}
	}
	return text, ok
}

// Scope is the session as completion and inspection see it.
func (e *Engine) Scope() assist.Scope { return engineScope{e} }

type engineScope struct{ e *Engine }

// Imports maps the names cells use for packages to their paths.
func (s engineScope) Imports() map[string]string {
	s.e.mu.RLock()
	defer s.e.mu.RUnlock()
	return s.e.log.imports()
}

// Decls lists the session's declarations (one per name).
func (s engineScope) Decls() []assist.Decl {
	var out []assist.Decl
	decls := s.e.Decls()
	for _, d := range decls {
		if d.Kind == "import" || (d.Kind == "func" && frontend.IsTwin(d.Name)) {
			continue
		}
		if d.Kind == "method" && frontend.IsTwinCaller(d.Src) {
			// Its body is its twin's: the source is the cell's method.
			for _, t := range decls {
				if t.Kind == "func" && t.Name == frontend.TwinName(d.Name) && t.Orig != "" {
					d.Src = t.Orig
				}
			}
		}
		kind := d.Kind
		if kind == "method" {
			kind = "func"
		}
		names := d.Names
		if len(names) == 0 {
			names = []string{d.Name}
		}
		for _, n := range names {
			out = append(out, assist.Decl{Name: n, Kind: kind, Signature: d.Signature(), Doc: d.Doc, Src: d.Src})
		}
	}
	return out
}

// Value returns a global variable's value, or none while a cell runs.
func (s engineScope) Value(name string) (reflect.Value, bool) {
	if s.e.running.Load() {
		return reflect.Value{}, false // not safe to read while a cell runs
	}
	return s.e.Value(name)
}

// Symbols returns the compiled packages cells can import.
func (s engineScope) Symbols() map[string]map[string]reflect.Value {
	return s.e.symbols
}

// Running reports whether a cell is running: its declarations may then
// be in the log before their vars have types (see Decls).
func (e *Engine) Running() bool { return e.running.Load() }

// Decls returns a copy of the session's declaration log, in order: what
// a fresh interpreter must declare (see NewReplica) to run the session's
// code. Vars carry their typed form.
func (e *Engine) Decls() []Decl {
	e.mu.RLock()
	defer e.mu.RUnlock()
	out := make([]Decl, len(e.log.list))
	for i, d := range e.log.list {
		out[i] = *d.clone()
	}
	return out
}

// Globals returns the session's global variables (settable values that
// alias the interpreter's storage). Reading them while a cell runs races
// with the cell.
func (e *Engine) Globals() map[string]reflect.Value {
	e.mu.RLock()
	it := e.it
	e.mu.RUnlock()
	g := it.Globals()
	for k := range g {
		if strings.HasPrefix(k, hookAlias) {
			delete(g, k)
		}
	}
	return g
}

// Value returns the current value of a global variable.
func (e *Engine) Value(name string) (reflect.Value, bool) {
	e.mu.RLock()
	it := e.it
	isVar := false
	for _, d := range e.log.list {
		if d.Kind == "var" && d.Name == name {
			isVar = true
		}
	}
	e.mu.RUnlock()
	if !isVar {
		return reflect.Value{}, false
	}
	v, ok := it.Globals()[name]
	return v, ok && v.IsValid()
}

// Eval evaluates a name (or any expression that declares nothing) in the
// session and returns its value. A func comes back as a callable value
// (an interpreted func wrapped by reflect.MakeFunc).
func (e *Engine) Eval(expr string) (reflect.Value, error) {
	e.mu.RLock()
	it := e.it
	e.mu.RUnlock()
	return evalName(it, expr)
}

func evalName(it *interp.Interpreter, expr string) (v reflect.Value, err error) {
	if strings.ContainsAny(expr, ":=;{\n") {
		return reflect.Value{}, fmt.Errorf("engine: %q is not a name", expr)
	}
	return it.Eval(expr)
}

// Reaches returns the global vars and the funcs (and methods, as
// "Recv.Name") that the funcs named in roots use, directly or through
// other funcs, in log order. A child process that runs one of roots needs
// the values of those vars.
func (e *Engine) Reaches(roots ...string) (vars, funcs []string) {
	return reaches(e.Decls(), roots...)
}

func reaches(log []Decl, roots ...string) (vars, funcs []string) {
	byName := map[string]*Decl{}
	methodsByName := map[string][]*Decl{}
	for i := range log {
		d := &log[i]
		switch d.Kind {
		case "var", "func":
			byName[d.Name] = d
		case "method":
			m := d.Name[strings.IndexByte(d.Name, '.')+1:]
			methodsByName[m] = append(methodsByName[m], d)
		}
	}
	seen := map[*Decl]bool{}
	var visit func(d *Decl)
	visit = func(d *Decl) {
		if d == nil || seen[d] {
			return
		}
		seen[d] = true
		if d.Kind == "var" {
			return
		}
		for _, u := range d.Uses {
			visit(byName[u])
		}
		for sel := range d.sels {
			for _, m := range methodsByName[sel] {
				visit(m)
			}
		}
		if d.sels == nil {
			// A copy that crossed a process boundary lost its selector
			// set: treat every method whose name appears in the source
			// after a dot as used.
			for m, ds := range methodsByName {
				if strings.Contains(d.Src, "."+m) {
					for _, md := range ds {
						visit(md)
					}
				}
			}
		}
	}
	for _, r := range roots {
		if d := byName[r]; d != nil {
			visit(d)
		} else {
			for _, ds := range methodsByName {
				for _, md := range ds {
					if md.Name == r {
						visit(md)
					}
				}
			}
		}
	}
	for i := range log {
		d := &log[i]
		if !seen[d] {
			continue
		}
		switch d.Kind {
		case "var":
			vars = append(vars, d.Name)
		case "func", "method":
			funcs = append(funcs, d.Name)
		}
	}
	return vars, funcs
}

// vars returns the session's var entries in order.
func (e *Engine) vars() []*Decl {
	e.mu.RLock()
	defer e.mu.RUnlock()
	var out []*Decl
	for _, d := range e.log.list {
		if d.Kind == "var" {
			out = append(out, d)
		}
	}
	return out
}

// Replica is a session rebuilt from a declaration log in a fresh
// interpreter, with the same symbol tables and options as the engine's: a
// child process uses one to run the session's funcs.
type Replica struct {
	opts    Options
	sio     *sessionIO
	it      *interp.Interpreter
	log     *declLog
	funcSrc map[string]*srcBuilder // the source each func was compiled from (tracebacks)
	fresh   bool                   // it declares nothing yet
	loaded  map[string]bool        // packages a lean interpreter has loaded
}

// load gives a lean interpreter the packages log imports.
func (r *Replica) load(it *interp.Interpreter, log []*Decl) error {
	if !r.opts.Lean {
		return nil
	}
	var paths []string
	for _, d := range log {
		if d.Kind == "import" {
			paths = append(paths, d.Path)
		}
		for _, p := range d.Imports {
			paths = append(paths, p)
		}
	}
	return loadImports(it, r.opts, r.loaded, paths)
}

// NewReplica builds an interpreter that declares decls (from
// Engine.Decls); vars start at their zero values.
func NewReplica(opts Options, decls []Decl) (*Replica, error) {
	r := &Replica{opts: opts, sio: newSessionIO(opts), log: &declLog{}, funcSrc: map[string]*srcBuilder{}, fresh: true, loaded: map[string]bool{}}
	r.sio.child = true
	it, err := newInterpreter(opts, r.sio)
	if err != nil {
		return nil, err
	}
	r.it = it
	if len(decls) > 0 {
		if err := r.Apply(decls); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Apply adds declarations (or replaces those with the same names),
// keeping the values of the vars. Declarations that only add to what the
// replica has are compiled into its interpreter; a changed one rebuilds
// the interpreter from the whole log.
func (r *Replica) Apply(decls []Decl) error {
	log := r.log.clone()
	var added []*Decl
	changed := false
	for i := range decls {
		d := decls[i].clone()
		if d.sels == nil {
			d.sels = map[string]bool{}
		}
		if old := log.lookup(d.Kind, d.Name); old == nil {
			added = append(added, d)
		} else if old.Src != d.Src || old.Typed != d.Typed || old.Path != d.Path {
			changed = true
		}
		log.put(d)
	}
	if !changed && len(added) == 0 {
		r.log = log
		return nil
	}
	if !changed && r.addTo(r.it, added, log) {
		return nil
	}
	it := r.it
	if !r.fresh {
		var err error
		if it, err = newInterpreter(r.opts, r.sio); err != nil {
			return err
		}
		r.loaded = map[string]bool{}
	}
	if err := r.load(it, log.list); err != nil {
		return err
	}
	old := r.it.Globals()
	if _, err := replay(it, log.list, valuesFrom(old)); err != nil {
		return err
	}
	r.it, r.log, r.fresh = it, log, false
	r.funcSrc = funcSources(log.list, nil)
	return nil
}

// addTo compiles declarations new to the replica into its interpreter; it
// reports false (having changed nothing the log relies on) if they do not
// compile there.
func (r *Replica) addTo(it *interp.Interpreter, added []*Decl, log *declLog) bool {
	if r.fresh {
		return false
	}
	have := r.log.imports()
	extra := map[string]string{}
	for _, d := range added {
		for alias, path := range d.Imports {
			if _, ok := have[alias]; !ok {
				extra[alias] = path
			}
		}
	}
	if err := r.load(it, added); err != nil {
		return false
	}
	sb := replaySource(added, extra, true)
	prog, err := it.Compile(sb.String())
	if err != nil {
		return false
	}
	if _, err := it.Execute(prog); err != nil {
		return false
	}
	r.log = log
	for _, d := range added {
		switch d.Kind {
		case "func":
			r.funcSrc[frameFuncName(d.Name)] = sb
		case "method":
			r.funcSrc[d.Name[strings.IndexByte(d.Name, '.')+1:]] = sb
			r.funcSrc[d.Name] = sb
		}
	}
	return true
}

// Set assigns global vars (converting values whose types changed, as a
// rebuild does) and returns a warning for each value it could not keep.
func (r *Replica) Set(values map[string]reflect.Value) []string {
	var warnings []string
	g := r.it.Globals()
	for name, v := range values {
		dst, ok := g[name]
		if !ok {
			warnings = append(warnings, name+" is not declared")
			continue
		}
		if !assignValue(dst, v) {
			warnings = append(warnings, fmt.Sprintf("%s: cannot assign a %s to a %s", name, v.Type(), dst.Type()))
		}
	}
	return warnings
}

// Globals returns the replica's global variables (settable).
func (r *Replica) Globals() map[string]reflect.Value {
	g := r.it.Globals()
	for k := range g {
		if strings.HasPrefix(k, hookAlias) {
			delete(g, k)
		}
	}
	return g
}

// Eval evaluates a name in the replica; a func comes back callable.
func (r *Replica) Eval(expr string) (reflect.Value, error) { return evalName(r.it, expr) }

// Decls returns the replica's declaration log.
func (r *Replica) Decls() []Decl {
	out := make([]Decl, len(r.log.list))
	for i, d := range r.log.list {
		out[i] = *d.clone()
	}
	return out
}

// Value returns the current value of one of the replica's global vars.
func (r *Replica) Value(name string) (reflect.Value, bool) {
	if d := r.log.lookup("var", name); d == nil || d.Kind != "var" {
		return reflect.Value{}, false
	}
	v, ok := r.it.Globals()[name]
	return v, ok && v.IsValid()
}

// Reaches is Engine.Reaches for the replica's log: a child process that
// starts processes of its own ships its children what their targets use.
func (r *Replica) Reaches(roots ...string) (vars, funcs []string) {
	log := r.Decls()
	for i := range log {
		// The selector sets did not cross the process boundary: reaches
		// then looks for the methods' names in the source.
		log[i].sels = nil
	}
	return reaches(log, roots...)
}

// Interpreter returns the replica's interpreter.
func (r *Replica) Interpreter() *interp.Interpreter { return r.it }

// Traceback describes a panic that happened in the replica's code the way
// a failed cell's error does: the panic value, then the cell lines of the
// interpreted frames (innermost first). It uses the frames the
// interpreter reported since the last call.
func (r *Replica) Traceback(v any) string {
	e := &Engine{opts: r.opts, sio: r.sio, log: r.log, funcSrc: r.funcSrc}
	c := &cellRun{e: e}
	ev := c.runtimeError(interp.Panic{Value: v}, &unit{sb: &srcBuilder{}})
	return strings.Join(ev.Traceback, "\n") + "\n"
}

// ExprAt describes an expression of a cell being typed as the front end
// checks it over the session (assist.TypeView): completion and
// inspection see the types the cell will run with. It reads the
// declaration log as the last finished cell left it, so it answers while
// a cell runs.
func (s engineScope) ExprAt(code string, start, end int) (*frontend.View, bool) {
	e := s.e
	if e.front == nil {
		return nil, false
	}
	pieces, err := splitCell(code)
	if err != nil || len(pieces) == 0 {
		return nil, false
	}
	e.mu.RLock()
	log := e.log
	e.mu.RUnlock()
	return e.front.ExprAt(code, frontPieces(pieces), frontDecls(log), start, end)
}
