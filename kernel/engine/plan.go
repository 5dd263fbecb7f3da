package engine

// The plan of a cell: which programs (units) are compiled from its pieces,
// in which order, and how the session's declaration log changes.

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/goteach/goteach/kernel/frontend"
	"github.com/traefik/yaegi/interp"
)

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
		if isInitFunc(p) {
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

// planner holds what the phases of planning one cell share. Each phase
// reads what the earlier ones decided; plan runs them in order.
type planner struct {
	c      *cellRun
	code   string
	pieces []*piece
	log    *declLog // the session's log before the cell
	p      *plan

	inPlace    map[*piece]bool // declarations compiled where they stand (inPlaceDecls)
	changed    map[*piece]bool // declaration pieces whose entries change the log, or func init
	newImports []*Decl         // imports the session does not have yet
	preDecls   []*Decl         // entries of the changed declarations compiled before the rest
	// lateSpecs are the names of the front end's copies of generic funcs
	// that use the cell's vars (inPlaceDecls): compiled after them.
	lateSpecs map[string]bool
	late      []*Decl // their entries, when new or changed
	// recovering are the methods ("T.M") the cell declares that call
	// recover, or that did before it (see relower).
	recovering []string
}

// plan decides the units of a cell and how the log changes.
func (c *cellRun) plan(code string, pieces []*piece, log *declLog) (*plan, error) {
	pl := &planner{c: c, code: code, pieces: pieces, log: log, p: &plan{newLog: log.clone()}}
	pl.inPlace, pl.lateSpecs = inPlaceDecls(pieces, c.specUses())
	if err := pl.imports(); err != nil {
		return nil, err
	}
	pl.decls()
	pl.relower()
	pl.hoist()
	pl.body(pl.inPlaceUnits())
	pl.wrapStatements()
	pl.callMain()
	return pl.p, nil
}

// specUses returns the identifiers each of the front end's copies of
// generic funcs (frontend.Spec) uses, by the copy's name, and the names
// of the methods it selects (".M").
func (c *cellRun) specUses() map[string][]string {
	if c.front == nil {
		return nil
	}
	uses := map[string][]string{}
	for _, s := range c.front.Specs {
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+s.Src, 0)
		if err != nil {
			continue
		}
		for _, id := range f.Unresolved { // declared outside the copy
			uses[s.Name] = append(uses[s.Name], id.Name)
		}
		// The methods it selects, as ".M": a copy calling n.Edges() of
		// a type whose Edges is compiled in place comes after it.
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				uses[s.Name] = append(uses[s.Name], "."+sel.Sel.Name)
			}
			return true
		})
	}
	return uses
}

// specUsesName reports whether a copy using uses (see specUses) uses
// the declaration named n: by its name, or as a method it selects.
func specUsesName(uses []string, n string) bool {
	return slices.ContainsFunc(uses, func(u string) bool {
		return u == n || strings.HasPrefix(u, ".") && strings.HasSuffix(n, u)
	})
}

// inPlaceDecls decides which declarations are compiled where they stand
// in the cell rather than before it: those that use the cell's vars,
// directly or through other such declarations or copies of generic funcs
// (specs: each copy's name and the identifiers it uses). Imports never
// are. It also returns the copies that use the cell's vars so.
func inPlaceDecls(pieces []*piece, specs map[string][]string) (map[*piece]bool, map[string]bool) {
	cellVars := map[string]bool{}
	for _, pc := range pieces {
		if pc.kind == pkVar {
			for _, n := range pc.names {
				cellVars[n] = true
			}
		}
	}
	inPlace := map[*piece]bool{}
	late := map[string]bool{}
	for _, pc := range pieces {
		// A func init runs after the package's vars are initialised:
		// compiled (and so run) after the cell's var pieces.
		if isInitFunc(pc) && len(cellVars) > 0 {
			inPlace[pc] = true
		}
	}
	inPlaceName := func(u string) bool {
		if cellVars[u] || late[u] {
			return true
		}
		for _, q := range pieces {
			if !inPlace[q] {
				continue
			}
			if slices.ContainsFunc(q.names, func(n string) bool { return specUsesName([]string{u}, n) }) {
				return true
			}
		}
		return false
	}
	// A copy of a generic type whose methods are late has them only
	// then: a copy that makes one of its values an interface value
	// (return LookupError[K]{k} as an error) is late too.
	lateType := func(u string) bool {
		for name := range late {
			if i := strings.LastIndexByte(name, '.'); i > 0 && name[:i] == u {
				return true
			}
		}
		return false
	}
	for changed := true; changed; {
		changed = false
		for name, uses := range specs {
			if !late[name] && (slices.ContainsFunc(uses, inPlaceName) || lateSibling(name, late) || slices.ContainsFunc(uses, lateType)) {
				late[name], changed = true, true
			}
		}
		for _, pc := range pieces {
			if !pc.kind.isDecl() || pc.kind == pkImport || inPlace[pc] {
				continue
			}
			dep := false
			for u := range pc.uses {
				if cellVars[u] || late[u] {
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
			// Nor is a late copy's method (b.Write of a Buffer[int]).
			for name := range late {
				if i := strings.LastIndexByte(name, '.'); i > 0 && pc.sels[name[i+1:]] {
					dep = true
				}
			}
			// A method compiled in place is not there yet for a
			// hoisted declaration calling it (x.M).
			for _, q := range pieces {
				if !inPlace[q] || dep {
					continue
				}
				for _, n := range q.names {
					if i := strings.LastIndexByte(n, '.'); i > 0 && pc.sels[n[i+1:]] {
						dep = true
					}
					// Nor for one that makes the method's type an
					// interface value (var e Expr = &Bin{}), which
					// needs the type's methods.
					if i := strings.LastIndexByte(n, '.'); i > 0 && pc.kind == pkFunc && pc.uses[n[:i]] && !slices.Contains(pc.names, n) {
						dep = true
					}
				}
			}
			if dep {
				inPlace[pc] = true
				changed = true
			}
		}
	}
	return inPlace, late
}

// lateSibling reports whether name is the copy of a method of a generic
// type's copy another of whose methods is late: a copy's methods are
// compiled together, as they call each other (b.Write in Overwrite)
// through selectors the uses of a copy do not list.
func lateSibling(name string, late map[string]bool) bool {
	for other := range late {
		if sameCopy(name, other) {
			return true
		}
	}
	return false
}

// sameCopy reports whether a and b name methods of one type (T.M, T.N).
func sameCopy(a, b string) bool {
	i, j := strings.LastIndexByte(a, '.'), strings.LastIndexByte(b, '.')
	return i > 0 && i == j && a[:i] == b[:j]
}

// imports decides which of the cell's imports are new to the session and
// puts them in the log: one the session already has is skipped, a name
// bound again to another path needs a rebuild before the cell, and a
// package the kernel does not have is the cell's error.
func (pl *planner) imports() error {
	c, p := pl.c, pl.p
	for _, pc := range pl.pieces {
		if pc.kind != pkImport {
			continue
		}
		for _, spec := range pc.decl.(*ast.GenDecl).Specs {
			is := spec.(*ast.ImportSpec)
			pth, _ := strconv.Unquote(is.Path.Value)
			name := importName(is)
			d := &Decl{Kind: "import", Name: name, Names: []string{name}, Path: pth,
				Src: "import " + importSrc(is), Cell: c.count, CellText: c.shown(pl.code)}
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
			if !c.e.hasPackage(pth) {
				return &cellError{pc.line, pc.col, fmt.Sprintf("package %s is not available in this kernel: cells can import the standard library and the packages built into the kernel", strconv.Quote(pth))}
			}
			p.newLog.put(d)
			pl.newImports = append(pl.newImports, d)
		}
	}
	return nil
}

// decls decides which declarations change the log (a declaration the
// session has with the same source does not; func init always runs) and
// whether a change needs the session rebuilt: a type, a method, a name
// declared as another kind, or a name other code of the session uses.
// The rebuild comes before the cell for a hoisted declaration and after
// it for one compiled in place. It also notes a func main to call.
func (pl *planner) decls() {
	p := pl.p
	pl.changed = map[*piece]bool{}
	for _, pc := range pl.pieces {
		if !pc.kind.isDecl() || pc.kind == pkImport {
			continue
		}
		decls := pl.c.declsOf(pl.code, pc)
		if fd, ok := pc.decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			p.callMain = true
		}
		if len(decls) == 0 {
			pl.changed[pc] = true // func init: runs each time
		}
		for _, d := range decls {
			old := p.newLog.lookup(d.Kind, d.Name)
			if d.Kind == "method" {
				old = p.newLog.lookup("method", d.Name)
			}
			if old != nil && old.Kind == d.Kind && old.Src == d.Src {
				continue
			}
			if d.Kind == "method" && (frontend.IsTwinCaller(d.Src) || (old != nil && frontend.IsTwinCaller(old.Src))) {
				// Deferred calls of it were lowered for the old body.
				pl.recovering = append(pl.recovering, d.Name)
			}
			pl.changed[pc] = true
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
					if pl.inPlace[pc] {
						p.postRebuild = true
					} else {
						p.preRebuild = true
					}
				}
			}
			p.newLog.put(d)
			if !pl.inPlace[pc] {
				pl.preDecls = append(pl.preDecls, d)
			}
		}
	}
}

// relower lowers again the session's funcs and methods that assert to
// an interface (x.(Shape), a type switch), when the cell declares a
// type or methods: their lowering lists the session's types that may be
// what the interface holds, and the interpreter's own assertion does not
// find a type declared after the func (a describe(v any) written before
// the types it describes), nor one whose methods came later. So are
// those that defer a method the cell declares that recovers, or that
// did: a deferred call of one calls its twin (the front end's
// lower_recovering.go). A func whose lowering changes is rebuilt.
func (pl *planner) relower() {
	c, p := pl.c, pl.p
	if c.e.front == nil {
		return
	}
	newType := false
	var methodsOf []string // the types the cell declares methods of
	for _, d := range pl.preDecls {
		if d.Kind == "type" && !strings.Contains(d.Src, "interface") {
			newType = true
		}
		if i := strings.IndexByte(d.Name, '.'); d.Kind == "method" && i > 0 {
			methodsOf = append(methodsOf, d.Name[:i])
		}
	}
	// A func using a type whose method set the cell adds to is lowered
	// again too: what it converts to interfaces (fmt.Errorf("%w", &V{})
	// written before V's Error method) is lowered by the method sets.
	usesMethodsOf := func(src string) bool {
		for _, t := range methodsOf {
			if mentionsWord(src, t) {
				return true
			}
		}
		return false
	}
	// So is an instance of a generic type first used here: its copy (and
	// its methods') join the log later (hoist), the check sees them now.
	var copies []*frontend.Decl
	if c.front != nil {
		for _, s := range c.front.Specs {
			if s.Kind == "func" || p.newLog.lookup(s.Kind, s.Name) != nil {
				continue
			}
			src := s.Orig
			if src == "" {
				src = s.Src
			}
			copies = append(copies, &frontend.Decl{Kind: s.Kind, Name: s.Name, Src: src, SpecOf: s.Of, TypeArgs: s.TypeArgs})
			newType = newType || s.Kind == "type" && !strings.Contains(src, "interface")
		}
	}
	if !newType && len(pl.recovering) == 0 && len(methodsOf) == 0 {
		return
	}
	for _, d := range slices.Clone(p.newLog.list) {
		if (d.Kind != "func" && d.Kind != "method") || d.Cell == c.count || d.SpecOf != "" || d.Cell == 0 || frontend.IsTwin(d.Name) {
			continue
		}
		orig := d.Orig
		if orig == "" {
			orig = d.Src
		}
		if !((newType || len(methodsOf) > 0) && strings.Contains(orig, ".(")) && !defersAny(d, orig, pl.recovering) && !usesMethodsOf(orig) {
			continue
		}
		res, err := c.e.front.Check(orig, []frontend.Piece{{Kind: frontend.PieceDecl, Start: 0, End: len(orig)}}, append(frontDecls(p.newLog), copies...))
		if err != nil || len(res.Broken) > 0 || slices.ContainsFunc(res.Specs, func(s frontend.Spec) bool {
			return !slices.ContainsFunc(copies, func(d *frontend.Decl) bool { return d.Name == s.Name }) && p.newLog.lookup(s.Kind, s.Name) == nil
		}) {
			continue // (a new copy of a generic would need its own entry)
		}
		code, ok := withoutImports(res.Code, p.newLog.imports())
		if !ok {
			continue // (the lowering would need an import the session lacks)
		}
		if d.Kind == "func" && frontend.IsTwin(d.Name) {
			// The method calling the twin is an entry of its own.
			code = frontend.WithoutTwinCaller(code)
		}
		if frontend.SameButSites(code, d.Src) {
			continue // (no rebuild for new site numbers alone)
		}
		sites := slices.Clone(res.Sites)
		for i := range sites {
			sites[i].Line += d.Line - 1 // the check's lines are the declaration's
		}
		c.e.noteSites(d.Cell, sites)
		c.e.noteAsserts(res.Asserts)
		nd := *d
		nd.Src, nd.Orig = code, orig
		p.newLog.put(&nd)
		pl.preDecls = append(pl.preDecls, &nd)
		p.preRebuild = true
	}
}

// hoist decides what is compiled before the rest of the cell. With a
// rebuild first, the rebuilt interpreter declares the new imports and the
// hoisted declarations (preLog); otherwise the new imports are one unit.
// Then one unit of the changed hoisted declarations the rebuild did not
// declare already.
func (pl *planner) hoist() {
	c, p := pl.c, pl.p
	// The front end's copies of generic funcs and types go with the
	// hoisted declarations.
	var specs []*Decl
	for _, d := range c.specDecls(pl) {
		if pl.lateSpecs[d.Name] {
			pl.late = append(pl.late, d)
		} else {
			specs = append(specs, d)
		}
	}
	pl.preDecls = append(pl.preDecls, specs...)
	if p.preRebuild {
		p.preLog = pl.log.clone()
		for _, d := range pl.newImports {
			p.preLog.put(d)
		}
		for _, d := range pl.preDecls {
			p.preLog.put(d)
		}
	} else if len(pl.newImports) > 0 {
		u := &unit{kind: uImports, sb: &srcBuilder{}, declares: true}
		u.sb.synth("package main")
		for _, d := range pl.newImports {
			u.sb.text(d.Src, c.count, d.Line, 1, c.shown(pl.code))
		}
		p.units = append(p.units, u)
	}
	hoisted := &unit{kind: uDecls, sb: &srcBuilder{}}
	hoisted.sb.synth("package main")
	for _, pc := range pl.pieces {
		if !pc.kind.isDecl() || pc.kind == pkImport || pl.inPlace[pc] || !pl.changed[pc] {
			continue
		}
		if p.preRebuild && len(pc.names) > 0 {
			continue // already declared by the rebuilt interpreter
		}
		c.addDecl(hoisted, pl.code, pc)
	}
	if !p.preRebuild {
		for _, d := range specs {
			addSpec(hoisted, d)
		}
	}
	if len(hoisted.pieces) > 0 || hoisted.declares {
		p.units = append(p.units, hoisted)
	}
}

// isInitFunc reports whether pc declares a func init.
func isInitFunc(pc *piece) bool {
	fd, ok := pc.decl.(*ast.FuncDecl)
	return ok && fd.Recv == nil && fd.Name.Name == "init"
}

// inPlaceUnits gathers the changed declarations compiled in place into
// units and decides where each goes: right after the last var piece whose
// vars it uses, directly or through another such declaration (keyed by
// the index of that piece). A var declared between them can then call
// the declarations that come before it (var total = compute(), compute
// using an earlier var), as Go's initialisation order allows. The copies
// of generic funcs that use the cell's vars go after its last var piece,
// and the declarations that use them with them.
func (pl *planner) inPlaceUnits() map[int]*unit {
	anchor := map[*piece]int{}
	lastVar := -1
	for i, pc := range pl.pieces {
		if pc.kind == pkVar {
			lastVar = i
		}
	}
	for _, q := range pl.pieces {
		if pl.inPlace[q] {
			anchor[q] = -1
			if isInitFunc(q) {
				anchor[q] = lastVar
			}
		}
	}
	// A copy of a generic func goes after the last var piece it uses,
	// directly or through the declarations it calls.
	specUses := pl.c.specUses()
	specAnchor := map[string]int{}
	for name := range pl.lateSpecs {
		specAnchor[name] = -1
	}
	for changed := true; changed; {
		changed = false
		for name, a := range specAnchor {
			for i, pc := range pl.pieces {
				if !slices.ContainsFunc(pc.names, func(n string) bool { return specUsesName(specUses[name], n) }) {
					continue
				}
				at := -1
				switch {
				case pc.kind == pkVar:
					at = i
				case pl.inPlace[pc]:
					at = anchor[pc]
				}
				if at > a {
					a, changed = at, true
				}
			}
			for _, u := range specUses[name] {
				if b, ok := specAnchor[u]; ok && b > a {
					a, changed = b, true
				}
			}
			for other, b := range specAnchor {
				if b > a && sameCopy(name, other) {
					a, changed = b, true
				}
				// (After the methods of a type copy it uses, see
				// inPlaceDecls.)
				if i := strings.LastIndexByte(other, '.'); b > a && i > 0 && slices.Contains(specUses[name], other[:i]) {
					a, changed = b, true
				}
			}
			specAnchor[name] = a
		}
		for q, a := range anchor {
			for u := range q.uses {
				if b, ok := specAnchor[u]; ok && b > a {
					a, changed = b, true
				}
			}
			for name, b := range specAnchor {
				if i := strings.LastIndexByte(name, '.'); i > 0 && q.sels[name[i+1:]] && b > a {
					a, changed = b, true
				}
			}
			for i, pc := range pl.pieces {
				uses := false
				for _, n := range pc.names {
					if q.uses[n] {
						uses = true
					}
					// A method of a type q uses: q may make the type an
					// interface value, which needs the method.
					if j := strings.LastIndexByte(n, '.'); j > 0 && q.uses[n[:j]] && pl.inPlace[pc] {
						uses = true
					}
				}
				if !uses {
					continue
				}
				at := -1
				switch {
				case pc.kind == pkVar:
					at = i
				case pl.inPlace[pc] && pc != q:
					at = anchor[pc]
				}
				if at > a {
					a, changed = at, true
				}
			}
			anchor[q] = a
		}
	}
	// One in place for another reason (a method it selects) goes with
	// the last of them.
	last := -1
	for _, a := range anchor {
		last = max(last, a)
	}
	for q, a := range anchor {
		if a < 0 {
			anchor[q] = last
		}
	}
	// Then one that uses another (calls it, or selects it as a method:
	// c.record promoted from an embedded base) goes with it or after.
	for changed := true; changed; {
		changed = false
		for q, a := range anchor {
			for pc, b := range anchor {
				if pc == q || b <= a {
					continue
				}
				for _, n := range pc.names {
					j := strings.LastIndexByte(n, '.')
					if q.uses[n] || j > 0 && (q.sels[n[j+1:]] || q.uses[n[:j]]) {
						a, changed = b, true
					}
				}
			}
			anchor[q] = a
		}
	}
	units := map[int]*unit{}
	unitAt := func(a int) *unit {
		u := units[a]
		if u == nil {
			u = &unit{kind: uDecls, sb: &srcBuilder{}}
			u.sb.synth("package main")
			units[a] = u
		}
		return u
	}
	for _, d := range pl.late {
		addSpec(unitAt(specAnchor[d.Name]), d)
	}
	for _, pc := range pl.pieces {
		if !pl.inPlace[pc] || !pl.changed[pc] {
			continue
		}
		pl.c.addDecl(unitAt(anchor[pc]), pl.code, pc)
	}
	return units
}

// body decides the units of the rest of the cell, in order: a unit per
// var piece (each followed by the in-place declarations anchored there),
// the
// trailing expression as the cell's result (unless the cell is silent or
// the expression prints), and a wrapper func per other statement. A var
// declared again that code of the session uses needs a rebuild after the
// cell.
func (pl *planner) body(inPlace map[int]*unit) {
	c, p, code := pl.c, pl.p, pl.code
	if ip := inPlace[-1]; ip != nil {
		p.units = append(p.units, ip) // no var piece to follow
	}
	wrappers := 0
	for i, pc := range pl.pieces {
		switch {
		case pc.kind == pkImport, pc.kind.isDecl():
			continue
		case pc.kind == pkVar:
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
			if ip := inPlace[i]; ip != nil {
				p.units = append(p.units, ip)
			}
		case pc.kind == pkExpr && i == len(pl.pieces)-1 && !c.silent && !isPrintCall(pc.stmt, p.newLog.imports()):
			u := &unit{kind: uExpr, sb: &srcBuilder{}, pieces: []*piece{pc}}
			u.sb.synth(";\n" + hookAlias + ".Show(")
			u.sb.text(code[pc.start:pc.end]+",", c.count, pc.line, pc.col, c.shown(code))
			u.sb.synth(")")
			p.units = append(p.units, u)
		default:
			// One wrapper per statement, so that a panic's innermost
			// frame (reported at the start of the function) names it.
			u := &unit{kind: uStmts, sb: &srcBuilder{}, wrapper: fmt.Sprintf("%s_s%d", hookAlias, wrappers)}
			wrappers++
			u.funcs = []string{u.wrapper}
			u.pieces = append(u.pieces, pc)
			p.units = append(p.units, u)
		}
	}
}

// wrapStatements writes the source of each statement unit: its wrapper
// func, with goroutine protection (sb) and without (plain).
func (pl *planner) wrapStatements() {
	c, code := pl.c, pl.code
	for _, u := range pl.p.units {
		if u.kind != uStmts {
			continue
		}
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

// callMain adds the call of the cell's func main, last, when the cell
// declares one.
func (pl *planner) callMain() {
	if pl.p.callMain {
		u := &unit{kind: uCall, sb: &srcBuilder{}}
		u.sb.synth(";\n" + hookAlias + "_main()")
		pl.p.units = append(pl.p.units, u)
	}
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
			// (By its type's too: two types may have a method of the name.)
			u.funcs = append(u.funcs, name, recvTypeName(fd.Recv.List[0].Type)+"."+name)
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
	keyword := "" // what a spec piece's text lacks
	if pc.spec {
		keyword = "var "
	}
	src := keyword + code[pc.docStart:pc.end]
	line, col := lineCol(code, pc.docStart)
	var decls []*Decl
	same := len(pc.names) > 0
	for _, n := range pc.names {
		d := &Decl{Kind: "var", Name: n, Names: []string{n}, Src: src, Orig: keyword + c.origText(code, pc.docStart, pc.end), Cell: c.count, Line: line, Col: col,
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
		if a, ok := assignForm(keyword+text, pc); ok {
			text, keyword = a[len(keyword):], ""
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
	u.sb.synth(";" + keyword)
	u.sb.text(protectGo(text, false), c.count, pc.line, pc.col, c.shown(code))
	u.plain = &srcBuilder{}
	u.plain.synth(";" + keyword)
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

// specDecls puts the front end's copies of generic funcs (frontend.Spec)
// in the plan's log, each at the position of its generic, and returns
// those that are new or changed, the imports they start with moved to
// the cell's (see specImports).
func (c *cellRun) specDecls(pl *planner) []*Decl {
	p := pl.p
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
		pl.specImports(d)
		old := p.newLog.lookup("func", s.Name)
		if old != nil && old.Kind == d.Kind && frontend.SameButSites(old.Src, d.Src) {
			continue // as an unchanged declaration: it keeps its place (and its sites)
		}
		if !s.Generated && len(s.Sites) > 0 {
			sites := slices.Clone(s.Sites)
			for i := range sites {
				sites[i].Line += d.Line - 1 // the copy's lines are the generic's
			}
			c.e.noteSites(d.Cell, sites)
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

// specImports moves the imports a copy of a generic func or method
// starts with (the packages its lowering uses: unicode/utf8 for a range
// over a string) out of its source, which goes with declarations, to
// the cell's new imports, unless the session has them. Blanks keep the
// copy's columns.
func (pl *planner) specImports(d *Decl) {
	if !strings.HasPrefix(d.Src, "import ") {
		return
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+d.Src, parser.ImportsOnly)
	if err != nil || len(f.Imports) == 0 {
		return
	}
	end := int(f.Imports[len(f.Imports)-1].End()) - 1 - len("package p;")
	for end < len(d.Src) && (d.Src[end] == ';' || d.Src[end] == ')' || d.Src[end] == ' ') {
		end++
	}
	if strings.Contains(d.Src[:end], "\n") {
		return
	}
	for _, is := range f.Imports {
		pth, _ := strconv.Unquote(is.Path.Value)
		name := importName(is)
		if old := pl.p.newLog.lookup("import", name); old != nil && old.Path == pth {
			continue
		}
		imp := &Decl{Kind: "import", Name: name, Names: []string{name}, Path: pth,
			Src: "import " + importSrc(is), Cell: pl.c.count, CellText: pl.c.shown(pl.code), Line: 1, Col: 1}
		pl.p.newLog.put(imp)
		pl.newImports = append(pl.newImports, imp)
	}
	d.Src = strings.Repeat(" ", end) + d.Src[end:]
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
		u.funcs = append(u.funcs, d.Name[strings.IndexByte(d.Name, '.')+1:], d.Name)
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

// defersAny reports whether d, a func or method whose text is orig,
// may defer one of methods ("T.M"): it defers and uses the method's name
// or its twin's.
func defersAny(d *Decl, orig string, methods []string) bool {
	if !strings.Contains(orig, "defer") {
		return false
	}
	for _, m := range methods {
		if d.usesName(m) || d.usesName(frontend.TwinName(m)) {
			return true
		}
	}
	return false
}

// mentionsWord reports whether src holds the identifier name as a word
// of its own.
func mentionsWord(src, name string) bool {
	isWord := func(b byte) bool {
		return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
	}
	for i := 0; ; {
		j := strings.Index(src[i:], name)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(name)
		if (j == 0 || !isWord(src[j-1])) && (end == len(src) || !isWord(src[end])) {
			return true
		}
		i = j + 1
	}
}

// leadingImport is an import the front end puts before a declaration's
// lowered code (import __gt_utf8 "unicode/utf8"; ).
var leadingImport = regexp.MustCompile(`^import\s+(\w+)\s+("[^"]*");\s*`)

// withoutImports returns code, a declaration lowered again, without the
// imports its lowering put before it, when the session has them all
// (code as it is when there are none; ok false when one is missing): a
// declaration's entry holds the declaration alone.
func withoutImports(code string, have map[string]string) (string, bool) {
	for {
		m := leadingImport.FindStringSubmatchIndex(code)
		if m == nil {
			return code, true
		}
		name, path := code[m[2]:m[3]], code[m[4]:m[5]]
		if p, err := strconv.Unquote(path); err != nil || have[name] != p {
			return "", false
		}
		code = code[m[1]:]
	}
}
