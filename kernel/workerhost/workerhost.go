// Package workerhost lets funcs declared in notebook cells run in mpkit's
// child processes. It is the kernel's mpkit.Host.
//
// In the kernel, it names a func value handed to mpkit (a Process target,
// a Pool task) after the cell declaration it comes from, and ships the
// session a child needs: the declaration log (imports, types, consts, vars
// in their typed form, funcs and methods) and the values of globals — a
// child sees the session the way a forked Python child sees its parent's
// module:
//
//   - a Process gets the globals its target reaches, as they are at Start;
//   - a Pool worker gets every global when it starts (when the Pool is
//     made, or when it replaces a worker), and keeps them: what its
//     initializer and its tasks change stays, what the kernel changes
//     later does not reach it;
//   - a Pool task brings the worker only what it lacks: declarations
//     made or redefined after the worker started that the task uses (a
//     func of a later cell, a func edited and run again), with the values
//     of vars new to the worker; the worker's own values stay. A task
//     that needs a type redeclared since, or a var whose type changed,
//     fails with an error that says to make a new Pool: the worker's
//     values are of the old type.
//
// In a child (the kernel binary started again by mpkit), it rebuilds the
// session in a fresh interpreter (engine.Replica) and hands mpkit the
// callable; the replica is then the session of the child's own Host, so a
// cell func running in a child can start processes and pools in turn.
//
// What cannot travel to a child: channels, funcs and open files held in
// globals (the child sees their zero value), and running goroutines.
package workerhost

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/goteach/goteach/kernel/engine"
	"github.com/goteach/goteach/mpkit"
)

// Session is what the host needs of the kernel's engine (or, in a child,
// of its replica of the session).
type Session interface {
	Decls() []engine.Decl
	Eval(expr string) (reflect.Value, error)
	Value(name string) (reflect.Value, bool)
	Reaches(roots ...string) (vars, funcs []string)
}

// Host is the kernel's mpkit.Host. The parent side uses a Session; the
// child side builds an engine.Replica, which becomes its Session once the
// first snapshot has arrived.
type Host struct {
	mu    sync.Mutex
	sess  Session
	names map[funcKey]string       // identity of an interpreted func → its name
	logs  map[string][]engine.Decl // the declarations a shipped version stands for

	// child side
	opts    engine.Options
	prepare func([]engine.Decl) error // runs before the declarations are applied (see SetPrepare)
	rep     *engine.Replica
	version string
	funcs   map[string]reflect.Value
}

// New returns the host for the kernel process running sess.
func New(sess Session) *Host {
	return &Host{sess: sess, names: map[funcKey]string{}, logs: map[string][]engine.Decl{}}
}

// NewChild returns the host for a child process; opts configure the
// interpreter it builds (as the engine's).
func NewChild(opts engine.Options) *Host {
	return &Host{opts: opts, funcs: map[string]reflect.Value{}, names: map[funcKey]string{}, logs: map[string][]engine.Decl{}}
}

// session is the host's Session, nil while a child has none yet.
func (h *Host) session() Session {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.sess
}

var _ mpkit.Host = (*Host)(nil)

// SetPrepare makes a child run f on the declarations it receives before
// it applies them (the kernel loads the compiled cells they import).
func (h *Host) SetPrepare(f func([]engine.Decl) error) { h.prepare = f }

// FuncName names an interpreted func value after its top-level
// declaration, or explains why it cannot run in another process.
func (h *Host) FuncName(f reflect.Value) (string, error) {
	sess := h.session()
	if sess == nil {
		return "", fmt.Errorf("this process has no notebook session")
	}
	key, err := keyOf(f)
	if err != nil {
		return "", err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if name, ok := h.names[key]; ok {
		return name, nil
	}
	h.refresh(sess)
	if name, ok := h.names[key]; ok {
		return name, nil
	}
	return "", fmt.Errorf("only funcs declared at the top level of a cell can run in another process; this one is a func literal (closure) or a method value")
}

// refresh adds the session's current top-level funcs to the table. Old
// entries stay: a func value taken before a redefinition still names the
// func, and the child runs the definition current at Start.
func (h *Host) refresh(sess Session) {
	for _, d := range sess.Decls() {
		if d.Kind != "func" {
			continue
		}
		v, err := sess.Eval(d.Name)
		if err != nil || v.Kind() != reflect.Func {
			continue
		}
		if k, err := keyOf(v); err == nil {
			h.names[k] = d.Name
		}
	}
}

// state is a snapshot as it travels to a child.
type state struct {
	Version string
	Decls   []byte         // JSON of []engine.Decl; nil when the child has them
	Cells   map[int]string // the text of the cells the declarations come from (for tracebacks)
	Globals []global
}

type global struct {
	Name string
	Data []byte
}

func fingerprint(decls []engine.Decl) (string, []byte) {
	b, _ := json.Marshal(decls)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8]), b
}

// Snapshot returns what a child at version have needs to run fn (see
// mpkit.Ship and the package comment).
func (h *Host) Snapshot(fn string, have string, ship mpkit.Ship) (string, []byte, error) {
	sess := h.session()
	if sess == nil {
		return have, nil, nil
	}
	if r, ok := sess.(interface{ Running() bool }); ok && fn == "" && ship == mpkit.ShipReached && r.Running() {
		// A spare warmed while a cell runs would get declarations whose
		// vars have no type yet; it is warmed when it is given a job.
		return have, nil, nil
	}
	decls := sess.Decls()
	version, enc := fingerprint(decls)
	h.mu.Lock()
	old, known := h.logs[have]
	h.mu.Unlock()
	if ship == mpkit.ShipMissing {
		if version == have {
			return have, nil, nil
		}
		if known {
			return h.missing(sess, fn, have, old, decls)
		}
		// A child that was given nothing has no values to keep.
		ship = mpkit.ShipAll
	}
	st := state{Version: version}
	if version != have {
		st.Decls = enc
		st.Cells = cellTexts(decls)
	}
	var vars []string
	switch {
	case ship == mpkit.ShipAll:
		for _, d := range decls {
			if d.Kind == "var" {
				vars = append(vars, d.Name)
			}
		}
	case fn != "":
		vars, _ = sess.Reaches(fn)
	}
	st.Globals = globals(sess, vars)
	if ship == mpkit.ShipAll {
		// Its pool tasks will ask what the worker lacks from here.
		h.mu.Lock()
		h.logs[version] = decls
		h.mu.Unlock()
	}
	if st.Decls == nil && len(st.Globals) == 0 {
		return version, nil, nil
	}
	return encodeState(version, &st)
}

// missing is the snapshot of a pool task for a worker whose declarations
// are old: the declarations fn reaches that the worker lacks or has in an
// older form (funcs, methods, consts), with the values of the vars new to
// it. A type, or a var's type, changed since the worker started is an
// error: the worker's values are of the old type.
func (h *Host) missing(sess Session, fn, have string, old, cur []engine.Decl) (string, []byte, error) {
	had := index(old)
	var add []engine.Decl
	var vars []string
	for _, d := range reached(sess, cur, fn) {
		od := had[d.Kind+" "+d.Name]
		switch {
		case od == nil:
			add = append(add, d)
			if d.Kind == "var" {
				vars = append(vars, d.Name)
			}
		case od.Src == d.Src && od.Typed == d.Typed && od.Path == d.Path:
		case d.Kind == "var" && od.Typed == d.Typed:
			// A var given a new value: the worker keeps its own, as a
			// forked worker keeps the value it was made with.
		case d.Kind == "func" || d.Kind == "method" || d.Kind == "const":
			// New code for the worker's data: it runs the definition
			// the kernel runs (the worker's values are kept).
			add = append(add, d)
		default:
			what := d.Kind + " " + d.Name
			if d.Kind == "var" {
				what += " (now " + strings.TrimPrefix(d.Typed, "var "+d.Name+" ") + ")"
			}
			return have, nil, fmt.Errorf("%s uses %s, which was redeclared after the pool's workers started; their values are of the old declaration (as a forked Python worker's are) — make a new Pool to use the new one", fn, what)
		}
	}
	if len(add) == 0 {
		return have, nil, nil
	}
	// The imports the worker lacks go too: new declarations may need them.
	var imports []engine.Decl
	for _, d := range cur {
		if d.Kind == "import" && had["import "+d.Name] == nil {
			imports = append(imports, d)
		}
	}
	add = append(imports, add...)
	log := append(append([]engine.Decl(nil), old...), add...)
	version, _ := fingerprint(log)
	b, _ := json.Marshal(add)
	st := state{Version: version, Decls: b, Cells: cellTexts(add), Globals: globals(sess, vars)}
	h.mu.Lock()
	h.logs[version] = log
	h.mu.Unlock()
	return encodeState(version, &st)
}

// index maps "kind name" to a log's declarations (every name of a const
// block).
func index(log []engine.Decl) map[string]*engine.Decl {
	m := map[string]*engine.Decl{}
	for i := range log {
		d := &log[i]
		m[d.Kind+" "+d.Name] = d
		for _, n := range d.Names {
			m[d.Kind+" "+n] = d
		}
	}
	return m
}

// reached lists, in log order, the declarations fn needs: the funcs,
// methods and vars it reaches (Session.Reaches), the types and consts
// they name, and the methods of those types.
func reached(sess Session, log []engine.Decl, fn string) []engine.Decl {
	byName := map[string]int{}
	for i, d := range log {
		if d.Kind == "import" {
			continue
		}
		byName[d.Name] = i
		for _, n := range d.Names {
			byName[n] = i
		}
	}
	seen := map[int]bool{}
	var todo []int
	add := func(name string) {
		if i, ok := byName[name]; ok && !seen[i] {
			seen[i] = true
			todo = append(todo, i)
		}
	}
	addReach := func(root string) {
		vars, funcs := sess.Reaches(root)
		for _, n := range append(vars, funcs...) {
			add(n)
		}
	}
	addReach(fn)
	for len(todo) > 0 {
		d := log[todo[0]]
		todo = todo[1:]
		for _, u := range d.Uses {
			if i, ok := byName[u]; ok && (log[i].Kind == "type" || log[i].Kind == "const") {
				add(u)
			}
		}
		if d.Kind != "type" {
			continue
		}
		for _, m := range log {
			if m.Kind == "method" && strings.HasPrefix(m.Name, d.Name+".") {
				if i := byName[m.Name]; !seen[i] {
					addReach(m.Name)
					add(m.Name)
				}
			}
		}
	}
	var out []engine.Decl
	for i, d := range log {
		if seen[i] {
			out = append(out, d)
		}
	}
	return out
}

func cellTexts(decls []engine.Decl) map[int]string {
	m := map[int]string{}
	for _, d := range decls {
		m[d.Cell] = d.CellText
	}
	return m
}

// globals encodes the values of the named vars; what cannot travel stays
// at its zero value in the child.
func globals(sess Session, vars []string) []global {
	sort.Strings(vars)
	var out []global
	for _, name := range vars {
		v, ok := sess.Value(name)
		if !ok || !v.IsValid() {
			continue
		}
		data, err := mpkit.EncodeValue(v)
		if err != nil {
			continue
		}
		out = append(out, global{name, data})
	}
	return out
}

func encodeState(version string, st *state) (string, []byte, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(st); err != nil {
		return "", nil, err
	}
	return version, buf.Bytes(), nil
}

// Restore applies a snapshot in a child.
func (h *Host) Restore(data []byte) error {
	var st state
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&st); err != nil {
		return fmt.Errorf("session snapshot: %w", err)
	}
	if st.Decls != nil {
		var decls []engine.Decl
		if err := json.Unmarshal(st.Decls, &decls); err != nil {
			return fmt.Errorf("session declarations: %w", err)
		}
		for i := range decls {
			decls[i].CellText = st.Cells[decls[i].Cell]
		}
		if h.prepare != nil {
			if err := h.prepare(decls); err != nil {
				return fmt.Errorf("preparing the session: %w", err)
			}
		}
		if h.rep == nil {
			rep, err := engine.NewReplica(h.opts, decls)
			if err != nil {
				return fmt.Errorf("rebuilding the session: %w", err)
			}
			h.rep = rep
		} else if err := h.rep.Apply(decls); err != nil {
			return fmt.Errorf("updating the session: %w", err)
		}
		h.version = st.Version
		h.funcs = map[string]reflect.Value{}
	}
	if h.rep == nil {
		rep, err := engine.NewReplica(h.opts, nil)
		if err != nil {
			return err
		}
		h.rep = rep
	}
	h.mu.Lock()
	h.sess = h.rep
	h.mu.Unlock()
	if len(st.Globals) > 0 {
		globals := h.rep.Globals()
		values := map[string]reflect.Value{}
		for _, g := range st.Globals {
			cur, ok := globals[g.Name]
			if !ok {
				continue
			}
			v, err := mpkit.DecodeValue(g.Data, cur.Type())
			if err != nil {
				return fmt.Errorf("global %s: %w", g.Name, err)
			}
			values[g.Name] = v
		}
		h.rep.Set(values)
	}
	return nil
}

// Func returns the callable named name in the child's session.
func (h *Host) Func(name string) (reflect.Value, error) {
	if h.rep == nil {
		return reflect.Value{}, fmt.Errorf("the session was not shipped to this process")
	}
	if f, ok := h.funcs[name]; ok {
		return f, nil
	}
	v, err := h.rep.TaskFunc(name)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("cannot find func %s in the session: %w", name, err)
	}
	if v.Kind() != reflect.Func {
		return reflect.Value{}, fmt.Errorf("%s is a %s, not a func", name, v.Kind())
	}
	h.funcs[name] = v
	return v, nil
}

// TaskType is the type of the func a child's Func returns for the func
// name, declared of type ft: one returning a declared non-struct type
// returns it boxed in an any (mpkit.TaskTyper, engine.TaskFunc).
func (h *Host) TaskType(name string, ft reflect.Type) reflect.Type {
	h.mu.Lock()
	sess := h.sess
	h.mu.Unlock()
	if sess == nil {
		return ft
	}
	return engine.TaskType(sess.Decls(), name, ft)
}

// Traceback describes a panic of a cell's func in a child with the cell
// lines it went through (mpkit.Tracebacker).
func (h *Host) Traceback(v any, goStack []byte) string {
	if h.rep == nil {
		return ""
	}
	return h.rep.Traceback(v)
}

// ExitCode recognises the interpreter's os.Exit(n), which panics with the
// text "os.Exit(n)", so that a child calling os.Exit exits with n
// (mpkit.Exiter).
func (h *Host) ExitCode(v any) (int, bool) {
	s, ok := v.(string)
	if !ok {
		return 0, false
	}
	var code int
	if n, err := fmt.Sscanf(s, "os.Exit(%d)", &code); err == nil && n == 1 && s == fmt.Sprintf("os.Exit(%d)", code) {
		return code, true
	}
	return 0, false
}
