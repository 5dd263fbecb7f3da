// Package workerhost lets funcs declared in notebook cells run in mpkit's
// child processes. It is the kernel's mpkit.Host.
//
// In the kernel, it names a func value handed to mpkit (a Process target,
// a Pool task) after the cell declaration it comes from, and ships the
// session a child needs: the declaration log (imports, types, consts, vars
// in their typed form, funcs and methods) and the values of the globals
// the target reaches, as they are at Start — a child sees the session the
// way a forked Python child sees its parent's module.
//
// In a child (the kernel binary started again by mpkit), it rebuilds the
// session in a fresh interpreter (engine.Replica) and hands mpkit the
// callable.
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
	"sync"

	"github.com/goteach/goteach/kernel/engine"
	"github.com/goteach/goteach/mpkit"
)

// Session is what the host needs of the kernel's engine.
type Session interface {
	Decls() []engine.Decl
	Eval(expr string) (reflect.Value, error)
	Value(name string) (reflect.Value, bool)
	Reaches(roots ...string) (vars, funcs []string)
}

// Host is the kernel's mpkit.Host. The parent side uses a Session; the
// child side builds an engine.Replica.
type Host struct {
	sess Session

	mu    sync.Mutex
	names map[funcKey]string // identity of an interpreted func → its name
	known map[string]bool    // names already in the table

	// child side
	opts    engine.Options
	prepare func([]engine.Decl) error // runs before the declarations are applied (see SetPrepare)
	rep     *engine.Replica
	version string
	funcs   map[string]reflect.Value
}

// New returns the host for the kernel process running sess.
func New(sess Session) *Host {
	return &Host{sess: sess, names: map[funcKey]string{}, known: map[string]bool{}}
}

// NewChild returns the host for a child process; opts configure the
// interpreter it builds (as the engine's).
func NewChild(opts engine.Options) *Host {
	return &Host{opts: opts, funcs: map[string]reflect.Value{}}
}

var _ mpkit.Host = (*Host)(nil)

// SetPrepare makes a child run f on the declarations it receives before
// it applies them (the kernel loads the compiled cells they import).
func (h *Host) SetPrepare(f func([]engine.Decl) error) { h.prepare = f }

// FuncName names an interpreted func value after its top-level
// declaration, or explains why it cannot run in another process.
func (h *Host) FuncName(f reflect.Value) (string, error) {
	if h.sess == nil {
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
	h.refresh()
	if name, ok := h.names[key]; ok {
		return name, nil
	}
	return "", fmt.Errorf("only funcs declared at the top level of a cell can run in another process; this one is a func literal (closure) or a method value")
}

// refresh adds the session's current top-level funcs to the table. Old
// entries stay: a func value taken before a redefinition still names the
// func, and the child runs the definition current at Start.
func (h *Host) refresh() {
	for _, d := range h.sess.Decls() {
		if d.Kind != "func" {
			continue
		}
		v, err := h.sess.Eval(d.Name)
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

// Snapshot returns the declarations a child lacks and the values of the
// globals fn reaches.
func (h *Host) Snapshot(fn string, have string) (string, []byte, error) {
	if h.sess == nil {
		return have, nil, nil
	}
	decls := h.sess.Decls()
	version, enc := fingerprint(decls)
	st := state{Version: version}
	if version != have {
		st.Decls = enc
		st.Cells = map[int]string{}
		for _, d := range decls {
			st.Cells[d.Cell] = d.CellText
		}
	}
	if fn != "" {
		vars, _ := h.sess.Reaches(fn)
		sort.Strings(vars)
		for _, name := range vars {
			v, ok := h.sess.Value(name)
			if !ok || !v.IsValid() {
				continue
			}
			data, err := mpkit.EncodeValue(v)
			if err != nil {
				// What cannot travel stays at its zero value in the child.
				continue
			}
			st.Globals = append(st.Globals, global{name, data})
		}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&st); err != nil {
		return have, nil, err
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
	v, err := h.rep.Eval(name)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("cannot find func %s in the session: %w", name, err)
	}
	if v.Kind() != reflect.Func {
		return reflect.Value{}, fmt.Errorf("%s is a %s, not a func", name, v.Kind())
	}
	h.funcs[name] = v
	return v, nil
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
