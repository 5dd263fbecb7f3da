package engine

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/cellrt/generic"
	"github.com/goteach/goteach/kernel/frontend"
)

// langVersion is the Go language version cells are checked at: the one
// of the toolchain that built the kernel ("go1.26").
func langVersion() string {
	v := runtime.Version()
	parts := strings.SplitN(strings.TrimPrefix(v, "go"), ".", 3)
	if len(parts) < 2 {
		return ""
	}
	if _, err := strconv.Atoi(parts[1]); err != nil {
		return ""
	}
	return "go" + parts[0] + "." + parts[1]
}

// warmPackages are type-checked in the background when a session
// starts: most cells use them.
var warmPackages = []string{"fmt", "strings", "strconv", "math", "sort", "slices", "maps", "time", "sync", "errors", "os"}

// newFrontend returns the type-checking front end over the session's
// symbol tables.
func (e *Engine) newFrontend() *frontend.Frontend {
	im := frontend.NewImporter(e.symbols)
	if !im.HasSource() {
		// Without the Go toolchain's source the checker would refuse
		// valid generic code: cells run as the interpreter takes them.
		fmt.Fprintln(os.Stderr, "goteach: the Go standard library's source was not found (is Go installed?): cells are not type-checked")
		return nil
	}
	im.Warm(warmPackages...)
	e.importer = im
	return frontend.New(frontend.Config{Importer: im, GoVersion: langVersion(), Generic: generic.Supported})
}

// frontPieces converts the engine's pieces for the front end.
func frontPieces(pieces []*piece) []frontend.Piece {
	out := make([]frontend.Piece, 0, len(pieces))
	for _, pc := range pieces {
		var k frontend.PieceKind
		switch pc.kind {
		case pkImport:
			k = frontend.PieceImport
		case pkType, pkConst, pkFunc:
			k = frontend.PieceDecl
		case pkVar:
			k = frontend.PieceVar
		case pkExpr:
			k = frontend.PieceExpr
		default:
			k = frontend.PieceStmt
		}
		out = append(out, frontend.Piece{Kind: k, Start: pc.docStart, End: pc.end, Spec: pc.spec})
	}
	return out
}

// frontDecls describes the session's declarations for the front end.
func frontDecls(log *declLog) []*frontend.Decl {
	out := make([]*frontend.Decl, 0, len(log.list))
	for _, d := range log.list {
		if d.Kind == "method" && d.Orig == "" && frontend.IsForwarder(d.Src) {
			continue
		}
		if d.Kind == "func" && frontend.IsTwin(d.Name) {
			continue // the method it was lowered from stands for it
		}
		fd := &frontend.Decl{Kind: d.Kind, Name: d.Name, Path: d.Path, Src: d.Src, Cell: d.Cell, Line: d.Line,
			SpecOf: d.SpecOf, TypeArgs: d.TypeArgs}
		if d.Orig != "" {
			fd.Src = d.Orig
		}
		if d.Kind == "method" && d.Orig == "" && frontend.IsTwinCaller(d.Src) {
			// The method as the cell wrote it is its twin's origin.
			twin := log.lookup("func", frontend.TwinName(d.Name))
			if twin == nil || twin.Orig == "" {
				continue
			}
			fd.Src = twin.Orig
		}
		if d.Kind == "var" {
			switch {
			case d.CheckType != "":
				fd.VarType, fd.Imports = d.CheckType, d.CheckImports
			case d.Type != "":
				fd.VarType, fd.Imports = d.Type, d.Imports
			default:
				continue
			}
		}
		out = append(out, fd)
	}
	return out
}

// typeErrors is the error output of a cell the front end refused: the
// compiler's messages at the cell's lines, each with its source line.
func (c *cellRun) typeErrors(es frontend.Errors) kernel.ErrorValue {
	var tb []string
	value := ""
	for i, e := range es {
		pos := ""
		if e.Line > 0 {
			pos = strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col) + ": "
			tb = append(tb, ansiGreen+c.where(lineOrigin{cell: c.count, line: e.Line})+", line "+strconv.Itoa(e.Line)+ansiReset)
			src := sourceLine(c.code, e.Line)
			tb = append(tb, fmt.Sprintf("%5d | %s", e.Line, src))
			if e.Col > 0 {
				tb = append(tb, "      | "+caretPad(src, e.Col)+ansiRed+"^"+ansiReset)
			}
		}
		tb = append(tb, ansiRed+ansiBold+ErrCompile+ansiReset+": "+pos+e.Msg)
		if i == 0 {
			value = pos + e.Msg
		}
	}
	if len(es) > 1 {
		value += fmt.Sprintf(" (and %d more)", len(es)-1)
	}
	return kernel.ErrorValue{Name: ErrCompile, Value: value, Traceback: tb}
}

// shown is the text tracebacks show for code: the cell as the user
// wrote it, when code is its lowered form.
func (c *cellRun) shown(code string) string {
	if c.orig != "" && code == c.src {
		return c.orig
	}
	return code
}

// origLines returns n lines of the cell's own text from line first: the
// lowered cell keeps the cell's lines.
func (c *cellRun) origLines(first, n int) string {
	if c.orig == "" || first < 1 {
		return ""
	}
	lines := strings.SplitAfter(c.orig, "\n")
	if first-1+n > len(lines) {
		return ""
	}
	return strings.Join(lines[first-1:first-1+n], "")
}

// origText returns the cell's own text for code[start:end] of the
// lowered cell.
func (c *cellRun) origText(code string, start, end int) string {
	if c.front == nil || c.orig == "" || code != c.src {
		return ""
	}
	s, e := c.front.OrigRange(start, end)
	if s < 0 || e > len(c.orig) || s > e {
		return ""
	}
	return c.orig[s:e]
}

// frontCheck type-checks and lowers the cell; it returns the code to
// run, its pieces, and the session's log less the declarations the cell
// breaks (a func that calls one whose signature the cell changes: as in
// Python, the redefinition wins and the stale dependent goes, with a
// note).
func (c *cellRun) frontCheck(code string, pieces []*piece, log *declLog) (string, []*piece, *declLog, bool) {
	e := c.e
	if e.front == nil {
		return code, pieces, log, true
	}
	res, err := e.front.Check(code, frontPieces(pieces), frontDecls(log))
	if err != nil {
		if es, ok := err.(frontend.Errors); ok {
			c.fail(c.typeErrors(e.explainRemoved(es)))
		} else {
			c.fail(c.compileError(err))
		}
		return "", nil, nil, false
	}
	for _, n := range res.Notes {
		c.out.Stream("stderr", n+"\n")
	}
	e.noteAsserts(res.Asserts)
	if len(res.Broken) > 0 {
		log = log.clone()
		for _, b := range res.Broken {
			kind := b.Kind
			if kind == "method" {
				kind = "func"
			}
			log.remove(b.Kind, b.Name)
			if b.Kind == "method" {
				log.remove("func", frontend.TwinName(b.Name))
			}
			why := fmt.Sprintf("%s %s (In[%d]) no longer compiles with this cell's declarations and was removed from the session: %s", kind, b.Name, b.Cell, strings.Join(strings.Fields(b.Why), " "))
			e.noteRemoved(b.Name, why)
			c.out.Stream("stderr", "note: "+why+"\n")
		}
	}
	c.front = res
	e.noteSites(c.count, res.Sites)
	if res.Code == code {
		return code, pieces, log, true
	}
	lowered, err := splitCell(res.Code)
	if err != nil {
		c.fail(c.compileError(fmt.Errorf("internal error: the lowered cell does not parse: %v", err)))
		return "", nil, nil, false
	}
	lowered = initOrder(res.Code, lowered)
	c.orig = code
	c.src = res.Code
	return res.Code, lowered, log, true
}

// siteAt is an operation of a kind on a line of a cell (see
// frontend.Site).
type siteAt struct {
	cell, line int
	kind       string
}

// noteSites remembers where the sites of cell In[count] are.
func (e *Engine) noteSites(count int, sites []frontend.Site) {
	if len(sites) == 0 {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.sites == nil {
		e.sites = map[int]siteAt{}
	}
	for _, s := range sites {
		e.sites[s.ID] = siteAt{count, s.Line, s.Kind}
		if s.Text != "" {
			if e.siteText == nil {
				e.siteText = map[int]string{}
			}
			e.siteText[s.ID] = s.Text
		}
	}
}

// siteOf returns the cell and line of site id.
func (e *Engine) siteOf(id int) (cell, line int, ok bool) {
	e.mu.RLock()
	defer e.mu.RUnlock()
	at, ok := e.sites[id]
	return at.cell, at.line, ok
}

// selfCalls returns the sites of the self calls that were running when
// a panic unwound them, outermost first (see frontend.SelfCallKind);
// complete is false when there were more than the engine records.
func (e *Engine) selfCalls() (calls []siteAt, complete bool) {
	e.mu.RLock()
	defer e.mu.RUnlock()
	if e.sio == nil {
		return nil, true
	}
	for _, id := range e.sio.calls[:min(max(e.sio.depth, 0), len(e.sio.calls))] {
		if at, ok := e.sites[id]; ok && at.kind == frontend.SelfCallKind {
			calls = append(calls, at)
		}
	}
	return calls, e.sio.depth <= len(e.sio.calls)
}

// selfCallees maps each func that pushes self calls to the funcs whose
// frames its pushed calls start (its cycle's; see frontend.SelfCallKind).
func (e *Engine) selfCallees() map[string]map[string]bool {
	e.mu.RLock()
	defer e.mu.RUnlock()
	out := map[string]map[string]bool{}
	for id, text := range e.siteText {
		if e.sites[id].kind != frontend.SelfCallKind {
			continue
		}
		names := strings.Fields(text)
		if len(names) < 2 {
			continue
		}
		if out[names[0]] == nil {
			out[names[0]] = map[string]bool{}
		}
		for _, n := range names[1:] {
			out[names[0]][n] = true
		}
	}
	return out
}

// siteTicks returns when each marked site last ran (a tick; 0 when
// unknown, see frontend.Site).
func (e *Engine) siteTicks() map[siteAt]uint64 {
	e.mu.RLock()
	defer e.mu.RUnlock()
	ticks := map[siteAt]uint64{}
	if e.sio == nil {
		return ticks
	}
	for slot, at := range e.sites {
		if slot < len(e.sio.sites) {
			ticks[at] = max(ticks[at], e.sio.sites[slot])
		}
	}
	return ticks
}

// noteRemoved remembers why a declaration left the session.
func (e *Engine) noteRemoved(name, why string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.removed == nil {
		e.removed = map[string]string{}
	}
	e.removed[name] = why
}

// explainRemoved adds to "undefined: name" errors why name is gone,
// when a redefinition removed it.
func (e *Engine) explainRemoved(es frontend.Errors) frontend.Errors {
	e.mu.RLock()
	defer e.mu.RUnlock()
	for _, err := range es {
		if name, ok := strings.CutPrefix(err.Msg, "undefined: "); ok {
			if why, ok := e.removed[name]; ok {
				err.Msg += " (" + why + ")"
			}
		}
	}
	return es
}

// typeCheckedVars records the types the front end found for the vars
// the cell declared.
func (c *cellRun) typeCheckedVars(p *plan) {
	if c.front == nil {
		return
	}
	c.e.mu.Lock()
	for _, d := range p.newLog.list {
		if d.Cell == c.count {
			delete(c.e.removed, d.Name)
		}
	}
	c.e.mu.Unlock()
	for _, d := range p.newLog.list {
		if d.Kind != "var" || d.Cell != c.count {
			continue
		}
		if vt, ok := c.front.Vars[d.Name]; ok {
			d.CheckType, d.CheckImports = vt.Type, vt.Imports
		}
	}
}

// noteAsserts remembers the operand types of a cell's type assertions.
func (e *Engine) noteAsserts(as []frontend.Assert) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, a := range as {
		if e.asserts == nil {
			e.asserts = map[string]map[string]bool{}
		}
		if e.asserts[a.Target] == nil {
			e.asserts[a.Target] = map[string]bool{}
		}
		e.asserts[a.Target][a.Iface] = true
	}
}

// assertOperand names the operand's type in the message of a failed
// type assertion, which the interpreter gives as "interface {}" for
// every interface: the session's assertions to that target all have
// one operand type, or the message stays as it is.
func (e *Engine) assertOperand(msg string) string {
	const head = "interface conversion: interface {} is "
	if rest, ok := strings.CutPrefix(msg, "interface conversion: "); ok && strings.Contains(rest, ": missing method ") {
		// The interpreter's message for a value asserted to a compiled
		// type with methods (c.(image.Point)) is an interface's: the
		// session asserts to that type, which is none.
		x, y, _ := strings.Cut(rest[:strings.Index(rest, ": missing method ")], " is not ")
		e.mu.RLock()
		concrete := e.asserts[y] != nil
		e.mu.RUnlock()
		if !concrete || x == "" {
			return msg
		}
		msg = head + x + ", not " + y
	}
	if !strings.HasPrefix(msg, head) {
		return msg
	}
	i := strings.LastIndex(msg, ", not ")
	if i < 0 {
		return msg
	}
	e.mu.RLock()
	ifaces := e.asserts[msg[i+len(", not "):]]
	e.mu.RUnlock()
	if len(ifaces) != 1 {
		return msg
	}
	for iface := range ifaces {
		return "interface conversion: " + iface + " is " + msg[len(head):]
	}
	return msg
}
