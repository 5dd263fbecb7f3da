// Package compiled runs %%compile cells: declarations (funcs, and the
// types and consts they use) that the machine's Go toolchain builds into a
// Go plugin, which the kernel loads and binds into the interpreted session.
// Later cells call the compiled funcs like any func; the session's values
// and state are untouched.
//
// Every %%compile cell builds one package holding every compiled
// declaration of the session (a cell's declarations replace earlier ones
// of the same names), as package main of a plugin under the kernel's own
// module (goteach_compiled/k<hash>, placed there with `go build -overlay`,
// nothing written to the checkout), so that it shares the kernel's
// packages (mpkit, display, chart, the standard library) exactly. The
// session then declares, for each compiled name:
//
//	import __ck<hash> "github.com/goteach/goteach/goteach_compiled/k<hash>"
//	type point = __ck<hash>.T_point                         // the compiled type itself
//	const N = 10                                            // as written
//	func sum(p0 int) int { return __ck<hash>.F_sum(p0) }    // calls the compiled func
//
// so a compiled func is an ordinary session func: redefinable, usable as
// an mpkit Process target or Pool task (a child loads the same plugin,
// found through GOTEACH_COMPILED_DIR, before it rebuilds the session).
//
// Plugins cannot be unloaded: a redefinition loads a new one beside the
// old. The .so files live in a directory of the kernel's own that %reset,
// restart and exit remove; Go's build cache keeps the build of an
// unchanged cell, which makes its re-run near-instant.
package compiled

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/compiled/checkpoint"
	"github.com/goteach/goteach/kernel/engine"
)

// DirEnv names the environment variable that tells child processes where
// the kernel keeps its compiled cells' plugins.
const DirEnv = "GOTEACH_COMPILED_DIR"

// dirPrefix starts the name of each kernel's plugin directory (in the
// temporary directory), followed by the kernel's pid.
const dirPrefix = "goteach-compiled-"

// bindingMarker starts the session code that binds a compile.
const bindingMarker = "// %%compile bindings\n"

// session is what the compiler needs of the engine.
type session interface {
	SetCellMagic(name string, f engine.CellMagic)
	SetResetHook(f func())
	AddPackage(importPath, name string, syms map[string]reflect.Value) error
}

// Compiler implements %%compile for one session.
type Compiler struct {
	sess session
	dir  string

	mu     sync.Mutex
	tc     *toolchain
	u      *union
	consts map[string]bool // the const blocks it bound, as written
	added  map[string]bool // import paths given to the session
}

// Attach adds %%compile to the engine eng and returns served (the engine
// the kernel serves, which wraps eng) wrapped so that an interrupt stops
// compiled code and reset, restart and exit remove the plugins.
func Attach(eng *engine.Engine, served kernel.Engine) kernel.Engine {
	c := New(eng, filepath.Join(os.TempDir(), dirPrefix+strconv.Itoa(os.Getpid())))
	os.Setenv(DirEnv, c.dir)
	sweepStale(os.TempDir())
	return &servedEngine{Engine: served, c: c}
}

// New makes a Compiler for sess that keeps its plugins in dir.
func New(sess session, dir string) *Compiler {
	c := &Compiler{sess: sess, dir: dir, consts: map[string]bool{}, added: map[string]bool{}}
	sess.SetCellMagic("compile", c.cell)
	sess.SetResetHook(c.reset)
	return c
}

// reset forgets the compiled declarations and removes the plugins.
func (c *Compiler) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.u = nil
	c.consts = map[string]bool{}
	os.RemoveAll(c.dir)
}

// Dir is where the compiler keeps its plugins.
func (c *Compiler) Dir() string { return c.dir }

func (c *Compiler) toolchain() *toolchain {
	if c.tc == nil || c.tc.err != nil {
		c.tc = findToolchain()
	}
	return c.tc
}

// cell runs a %%compile cell.
func (c *Compiler) cell(mc engine.MagicCell, args []string, body string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	start := time.Now()
	if len(args) > 0 {
		mc.Fail(engine.ErrMagic, "%%compile takes no arguments", []string{"MagicError: %%compile takes no arguments"})
		return
	}
	tc := c.toolchain()
	if tc.err != nil {
		mc.Warn("%%compile: " + tc.err.Error() + "; the cell runs interpreted")
		mc.Run(body)
		return
	}
	cs, err := parseCell(body)
	if err != nil {
		c.fail(mc, body, err, nil, nil)
		return
	}
	sess := map[string]engine.Decl{}
	for _, d := range mc.Decls() {
		for _, n := range append([]string{d.Name}, d.Names...) {
			sess[n] = d
		}
	}
	old := c.u.without(func(name string) bool {
		d, ok := sess[name]
		return !ok || !c.ours(d)
	})
	p, nu, err := generate(old, cs)
	if err != nil {
		c.fail(mc, body, err, nil, nil)
		return
	}
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		mc.Fail(engine.ErrCompile, err.Error(), []string{"CompileError: " + err.Error()})
		return
	}
	so, err := tc.build(mc.Context(), c.dir, p)
	if err != nil {
		if mc.Context().Err() != nil {
			v := "the build was interrupted"
			mc.Fail(engine.ErrInterrupted, v, []string{"Interrupted: " + v})
			return
		}
		c.fail(mc, body, err, p, func(name string) (engine.Decl, bool) {
			d, ok := sess[name]
			if ok && c.ours(d) {
				return d, false
			}
			return d, ok
		})
		return
	}
	importPath := modulePath + "/" + packageDir + "/k" + p.hash
	syms, err := load(so, p.hash)
	if err != nil {
		mc.Warn("%%compile: " + err.Error() + "; the cell runs interpreted")
		mc.Run(body)
		return
	}
	if !c.added[importPath] {
		if err := c.sess.AddPackage(importPath, "k"+p.hash, syms); err != nil {
			mc.Fail(engine.ErrCompile, err.Error(), []string{"CompileError: " + err.Error()})
			return
		}
		c.added[importPath] = true
	}
	mc.Run(bindingMarker + p.binding(importPath, "__ck"+p.hash))
	if mc.Failed() {
		return
	}
	c.u = nu
	for _, d := range p.bound {
		if d.kind == "const" {
			c.consts[d.src] = true
		}
	}
	mc.Print(fmt.Sprintf("compiled in %.2f s", time.Since(start).Seconds()))
}

// ours reports whether a session declaration is a compiled cell's binding
// (and not an interpreted redefinition of the name).
func (c *Compiler) ours(d engine.Decl) bool {
	return strings.Contains(d.Src, "__ck") || (d.Kind == "const" && c.consts[d.Src])
}

var undefinedName = regexp.MustCompile(`^undefined: ([\pL_][\pL\pN_]*)$`)

// fail shows err as the cell's compile error, at the cell's lines.
// interpreted says whether a name is declared by the interpreted session.
func (c *Compiler) fail(mc engine.MagicCell, body string, err error, p *program, interpreted func(string) (engine.Decl, bool)) {
	lines := strings.Split(body, "\n")
	var tb []string
	value := ""
	add := func(line, col int, msg string) {
		pos := ""
		if line > 0 {
			pos = fmt.Sprintf("%d:%d: ", line, col)
			src := ""
			if line <= len(lines) {
				src = lines[line-1]
			}
			tb = append(tb, fmt.Sprintf("\x1b[32mcell, line %d\x1b[0m", line), fmt.Sprintf("%5d | %s", line, src))
			if col > 0 {
				tb = append(tb, "      | "+caretPad(src, col)+"\x1b[31m^\x1b[0m")
			}
		}
		tb = append(tb, "\x1b[31m\x1b[1m"+engine.ErrCompile+"\x1b[0m: "+pos+msg)
		if value == "" {
			value = pos + msg
		}
	}
	switch e := err.(type) {
	case *cellError:
		add(e.line, e.col, e.msg)
	case buildErrors:
		cellLines := len(lines)
		for _, be := range e {
			msg := be.msg
			if m := undefinedName.FindStringSubmatch(msg); m != nil && interpreted != nil {
				if d, ok := interpreted(m[1]); ok {
					msg = fmt.Sprintf("%s is a %s of the interpreted session: compiled code cannot use it, it lives in the interpreter. Move %s into a %%%%compile cell, or pass it to the compiled func as an argument", m[1], d.Kind, m[1])
				}
			}
			switch {
			case be.file == "cell.go" && be.line <= cellLines:
				add(be.line, p.shifts["cell.go"].col(be.line, be.col), msg)
			case be.file == "prev.go":
				what := "an earlier compiled declaration"
				for _, r := range p.prevAt {
					if be.line >= r.from && be.line <= r.to {
						what = "the compiled declaration of " + r.d.key + " (from an earlier %%compile cell)"
					}
				}
				add(0, 0, "in "+what+": "+msg)
			default:
				add(0, 0, msg)
			}
		}
		if len(e) > 1 {
			value += fmt.Sprintf(" (and %d more)", len(e)-1)
		}
	default:
		add(0, 0, err.Error())
	}
	mc.Fail(engine.ErrCompile, value, tb)
}

// caretPad is the indentation that puts a caret under column col of src.
func caretPad(src string, col int) string {
	var b strings.Builder
	for i, r := range src {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// sweepStale removes the plugin directories of kernels that have died
// without removing theirs (killed).
func sweepStale(tmp string) {
	ents, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range ents {
		pid, err := strconv.Atoi(strings.TrimPrefix(e.Name(), dirPrefix))
		if !strings.HasPrefix(e.Name(), dirPrefix) || err != nil || pid == os.Getpid() {
			continue
		}
		if syscall.Kill(pid, 0) == syscall.ESRCH {
			os.RemoveAll(filepath.Join(tmp, e.Name()))
		}
	}
}

// servedEngine is the kernel's engine with compiled cells.
type servedEngine struct {
	kernel.Engine
	c *Compiler
}

// Execute runs a cell; an interrupt stops the compiled calls in flight
// at their next checkpoint.
func (s *servedEngine) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	checkpoint.Resume()
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			select {
			case <-done: // the cell had ended
			default:
				checkpoint.Interrupt()
			}
		case <-done:
		}
	}()
	defer close(done)
	return s.Engine.Execute(ctx, req, out)
}

// Reset drops the session and the compiled cells' plugins.
func (s *servedEngine) Reset() {
	s.Engine.Reset()
	s.c.reset()
}

// Close stops the session and removes the plugins.
func (s *servedEngine) Close() {
	s.Engine.Close()
	os.RemoveAll(s.c.dir)
}
