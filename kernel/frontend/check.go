package frontend

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// checked is one type-check of a cell's check file.
type checked struct {
	plan  *cellPlan
	file  *checkFile
	fset  *token.FileSet
	ast   *ast.File
	tf    *token.File
	pkg   *types.Package
	info  *types.Info
	errs  []types.Error
	body  *ast.BlockStmt // cellFunc's body: the cell's statements
	decls []ast.Decl     // the cell's own declarations
	// generic reports which generic standard functions can run.
	generic func(string) bool
	// specs maps the cell's instances of the session's generic funcs to
	// the names of their copies (see Spec).
	specs map[*ast.Ident]string
	// hoisted are the func-local types lowered to the package level
	// (see lower_hoist.go), with the statements declaring them.
	hoisted map[*types.TypeName]*ast.DeclStmt
	// nextSite allocates a Site's slot; nil: the cell is not marked.
	nextSite func() int
	// sites are the cell's marked sites.
	sites []Site
	// compiled are the compiled types the session's values have had
	// (see compiledimpl.go).
	compiled []*types.Named
	// importer provides the standard packages.
	importer *Importer
}

// check type-checks plan over the session.
func (fe *Frontend) check(p *cellPlan, session []*Decl, drop map[*Decl]bool, hoist map[string]VarType) (*checked, error) {
	f := p.build(session, drop, hoist)
	fset := token.NewFileSet()
	src := f.src.String()
	af, err := parser.ParseFile(fset, "cell.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, fe.syntaxError(err, f, p.cell)
	}
	c := &checked{plan: p, file: f, fset: fset, ast: af, tf: fset.File(af.Pos()), generic: fe.cfg.Generic, importer: fe.cfg.Importer}
	c.info = &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Scopes:     map[ast.Node]*types.Scope{},
		Instances:  map[*ast.Ident]types.Instance{},
	}
	conf := types.Config{
		Importer:  fe.cfg.Importer,
		GoVersion: fe.cfg.GoVersion,
		Sizes:     sizes,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				c.errs = append(c.errs, te)
			}
		},
	}
	c.pkg, _ = conf.Check("main", fset, []*ast.File{af}, c.info)
	for _, d := range af.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == cellFunc {
			c.body = fd.Body
			continue
		}
		if _, _, ok := f.locate(c.tf.Offset(d.Pos())); ok {
			c.decls = append(c.decls, d)
		}
	}
	return c, nil
}

// syntaxError maps a parse error of the check file to the cell.
func (fe *Frontend) syntaxError(err error, f *checkFile, cell string) error {
	var list scanner.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		e := list[0]
		if off, _, ok := f.locate(e.Pos.Offset); ok && off <= len(cell) {
			start := strings.LastIndexByte(cell[:off], '\n') + 1
			msg, col := SyntaxMessageIn(e.Msg, cell, 1+strings.Count(cell[:start], "\n"), off-start+1)
			return Errors{{Line: -1, Col: start + col - 1, Msg: msg}}
		}
		msg, _ := SyntaxMessage(e.Msg, "", 0)
		return Errors{{Msg: msg}}
	}
	return err
}

// cellPos converts a check-file position to a cell offset.
func (c *checked) cellOff(pos token.Pos) (int, bool) {
	if !pos.IsValid() {
		return 0, false
	}
	off, _, ok := c.file.locate(c.tf.Offset(pos))
	return off, ok
}

// declAt returns the session declaration a check-file position is in.
func (c *checked) declAt(pos token.Pos) *Decl {
	_, d, _ := c.file.locate(c.tf.Offset(pos))
	return d
}

// inCell reports whether pos is in the cell's own text.
func (c *checked) inCell(pos token.Pos) bool {
	_, ok := c.cellOff(pos)
	return ok
}

// cellScope is the scope of cellFunc's body: the cell's top-level vars.
func (c *checked) cellScope() *types.Scope {
	if c.body == nil {
		return nil
	}
	for n, s := range c.info.Scopes {
		if ft, ok := n.(*ast.FuncType); ok && ft.Pos() < c.body.Pos() && c.body.Pos()-ft.End() < 3 {
			return s
		}
	}
	return nil
}

// relevant splits the checker's errors into the cell's own and those in
// session declarations, dropping what cell conventions allow.
func (c *checked) relevant() (cell []types.Error, session map[*Decl]types.Error) {
	session = map[*Decl]types.Error{}
	scope := c.cellScope()
	lastExpr := -1
	for i, pc := range c.plan.pieces {
		if pc.Kind == PieceExpr {
			lastExpr = i
		}
	}
	errs := c.foldParts(c.errs)
	for _, d := range c.ast.Decls {
		// The compiler wants a body, which go/types leaves to the
		// assembler.
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body == nil && c.inCell(fd.Pos()) {
			errs = append(errs, types.Error{Fset: c.fset, Pos: fd.Name.Pos(), Msg: "missing function body"})
		}
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Pos < errs[j].Pos })
	for _, e := range errs {
		msg := e.Msg
		if strings.HasPrefix(msg, "\"") && strings.Contains(msg, "imported and not used") ||
			strings.Contains(msg, "imported as") && strings.Contains(msg, "and not used") {
			continue
		}
		if strings.HasPrefix(msg, "declared and not used: ") && scope != nil {
			name := strings.TrimPrefix(msg, "declared and not used: ")
			if obj := scope.Lookup(name); obj != nil && obj.Pos() == e.Pos {
				continue
			}
		}
		if strings.HasSuffix(msg, "is not used") && lastExpr >= 0 {
			if off, ok := c.cellOff(e.Pos); ok {
				pc := c.plan.pieces[lastExpr]
				if off >= pc.Start && off < pc.End && lastExpr == len(c.plan.pieces)-1 {
					continue
				}
			}
		}
		if c.inCell(e.Pos) {
			cell = append(cell, e)
			continue
		}
		if d := c.declAt(e.Pos); d != nil {
			if _, ok := session[d]; !ok {
				session[d] = e
			}
			continue
		}
		cell = append(cell, e) // in generated text: report as the cell's
	}
	sort.SliceStable(cell, func(i, j int) bool {
		oi, _ := c.cellOff(cell[i].Pos)
		oj, _ := c.cellOff(cell[j].Pos)
		return oi < oj
	})
	return cell, session
}

// Check type-checks cell (cut into pieces by the engine) against the
// session's declarations and lowers it. A cell that is not valid Go
// gets Errors.
func (fe *Frontend) Check(cell string, pieces []Piece, session []*Decl) (*Result, error) {
	return fe.check1(cell, pieces, session, &specsMade{done: map[string]bool{}, decls: map[string][]*Decl{}})
}

// check1 is Check; have are the specialised copies already written for
// the cell (see Spec). A copy is marked with sites as a cell is (see
// Site), its lines its own (see Spec.Sites).
func (fe *Frontend) check1(cell string, pieces []Piece, session []*Decl, have *specsMade) (*Result, error) {
	p, err := planCell(cell, pieces)
	if err != nil {
		return nil, err
	}
	var res Result
	// Names used as packages but never imported: import them as
	// goimports would.
	drop := map[*Decl]bool{}
	var hoist map[string]VarType
	var c *checked
	for round := 0; round < 6; round++ {
		c, err = fe.check(p, session, drop, hoist)
		if err != nil {
			return nil, mapErr(err, cell)
		}
		if len(p.varUses) > 0 && hoist == nil {
			hoist = c.varTypes(p.varUses)
			if len(hoist) > 0 {
				continue
			}
		}
		cellErrs, sessErrs := c.relevant()
		if added, notes := fe.autoImport(c, cellErrs); added != "" {
			p.autoImports = append(p.autoImports, added)
			res.Notes = append(res.Notes, notes...)
			continue
		}
		if len(cellErrs) > 0 {
			if es := fe.initCycle(p, session, drop, hoist); es != nil {
				return nil, es
			}
			return nil, c.cellErrors(cellErrs)
		}
		if len(sessErrs) > 0 {
			for d, e := range sessErrs {
				drop[d] = true
				res.Broken = append(res.Broken, BrokenDecl{Kind: d.Kind, Name: d.Name, Cell: d.Cell, Line: d.Line, Why: e.Msg})
			}
			continue
		}
		break
	}
	if text, ok := c.shadowRenamed(); ok {
		return fe.check1(text, pieces, session, have)
	}
	sort.Slice(res.Broken, func(i, j int) bool { return res.Broken[i].Name < res.Broken[j].Name })
	res.Vars = c.varTypes(nil)
	res.Shadows = c.sessionShadows()
	res.Instances = c.instances()
	res.Asserts = c.asserts()
	targets, cellIDs := c.specTargets()
	c.specs = map[*ast.Ident]string{}
	for id, t := range cellIDs {
		c.specs[id] = t.name
	}
	c.nextSite = func() int { return int(fe.sites.Add(1) % SiteSlots) }
	c.hoisted = c.hoistable()
	for tn := range c.hoisted {
		if embedsInterface(tn.Type()) {
			hoistedTypes.Store(tn, true)
		}
	}
	defer func() {
		for tn := range c.hoisted {
			hoistedTypes.Delete(tn)
		}
	}()
	c.compiled = fe.noteCompiled(c)
	edits, err := c.lower()
	if err != nil {
		return nil, err
	}
	res.Sites = c.sites
	if len(targets) > 0 {
		if err := fe.specialise(c, targets, append(c.cellDecls(session, drop, res.Vars), c.hoistedDecls()...), have, &res); err != nil {
			e := &Error{Msg: err.Error()}
			first := -1
			for id := range cellIDs {
				if o, ok := c.cellOff(id.Pos()); ok && (first < 0 || o < first) {
					first = o
				}
			}
			if first >= 0 {
				e.Line, e.Col = lineCol(cell, first)
			}
			return nil, Errors{e}
		}
	}
	for _, imp := range p.autoImports {
		edits.insertImport(imp)
	}
	res.Code = edits.apply(cell)
	res.edits = edits
	return &res, nil
}

// initCycle checks a cell of declarations only (a whole program) with
// its vars declared at package level, as Go declares them, and returns
// the errors when vars initialise one another in a cycle: checked as
// statements in order, the first of them named one not declared yet
// ("undefined: b" where Go says "initialization cycle for a"). Nil when
// the cell has statements or no such cycle.
func (fe *Frontend) initCycle(p *cellPlan, session []*Decl, drop map[*Decl]bool, hoist map[string]VarType) Errors {
	pieces := make([]Piece, len(p.pieces))
	vars := false
	for i, pc := range p.pieces {
		switch pc.Kind {
		case PieceImport, PieceDecl:
		case PieceVar:
			if pc.Spec {
				return nil
			}
			vars = true
			pc.Kind = PieceDecl
		default:
			return nil
		}
		pieces[i] = pc
	}
	if !vars {
		return nil
	}
	q, err := planCell(p.cell, pieces)
	if err != nil {
		return nil
	}
	q.autoImports = p.autoImports
	c, err := fe.check(q, session, drop, hoist)
	if err != nil {
		return nil
	}
	errs, _ := c.relevant()
	for _, e := range errs {
		if strings.HasPrefix(e.Msg, "initialization cycle") {
			return c.cellErrors(errs)
		}
	}
	return nil
}

// mapErr converts the check file's syntax error positions to the cell.
func mapErr(err error, cell string) error {
	var es Errors
	if errors.As(err, &es) {
		for _, e := range es {
			if e.Line == -1 {
				e.Line, e.Col = lineCol(cell, e.Col)
			}
		}
	}
	return err
}

// cellErrors converts type errors to the cell's positions (the first
// ten, as the compiler reports, each once).
func (c *checked) cellErrors(errs []types.Error) Errors {
	var out Errors
	for _, e := range errs {
		if len(out) == 10 {
			break
		}
		e = c.compilerMessage(e)
		ce := &Error{Msg: e.Msg}
		if off, ok := c.cellOff(e.Pos); ok {
			ce.Line, ce.Col = lineCol(c.plan.cell, off)
		}
		if n := len(out); n > 0 && out[n-1].Line == ce.Line && out[n-1].Msg == ce.Msg {
			continue // the compiler reports an error once a line
		}
		out = append(out, ce)
		if strings.HasPrefix(ce.Msg, "syntax error: ") {
			break // the compiler stops at a syntax error
		}
	}
	return out
}

// lineCol converts a byte offset of src to a 1-based line and column.
func lineCol(src string, off int) (int, int) {
	if off > len(src) {
		off = len(src)
	}
	line := 1 + strings.Count(src[:off], "\n")
	col := off - strings.LastIndexByte(src[:off], '\n')
	return line, col
}
