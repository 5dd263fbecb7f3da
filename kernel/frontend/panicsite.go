package frontend

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// PanicSite finds the line of src (a func declaration, or a cell's
// statements when decl is false) where a panic happened, from what the
// panic says: the interpreter names only the function a frame is in.
// For an inner frame, msg is the panic's message and the site is the
// operation that fails that way; for an outer frame, callee is the name
// of the func it called and the site is that call. It returns the
// 1-based line and column in src, or 0 when src has no such site. When
// several sites fit, the one ran says ran last (the tick of the latest
// run of a line's operation of a kind, 0 when unknown; see Site) is
// returned, else the first.
func PanicSite(src string, decl bool, msg, callee string, ran func(line int, kind string) uint64) (line, col int) {
	return panicSite(src, decl, msg, callee, false, ran)
}

// NilFuncCall is the message PanicSite takes for a call of a nil func
// (a call through a func value: of a variable, field or element).
const NilFuncCall = "call of nil function"

// NilReceiver is the message PanicSite takes, with a compiled method as
// the callee, for that method's dereference of its nil receiver
// ((*bytes.Buffer).WriteString of a nil *bytes.Buffer).
const NilReceiver = "nil receiver"

// PanicSiteOutside is PanicSite for a frame that is the func (or the
// cell's statements) itself and not one of the func literals it holds:
// the site is looked for outside them first (each would be a frame of
// its own), then anywhere.
func PanicSiteOutside(src string, decl bool, msg, callee string, ran func(line int, kind string) uint64) (line, col int) {
	if line, col := panicSite(src, decl, msg, callee, true, ran); line > 0 {
		return line, col
	}
	return panicSite(src, decl, msg, callee, false, ran)
}

// PanicCallIn returns the line of the one call of panic in the func
// literal of src (a cell's statements) that holds line, outside the
// literals it holds; 0 when it has none or several.
func PanicCallIn(src string, line int) int {
	fset, f, _ := parseSite(src, false)
	if f == nil {
		return 0
	}
	var lit *ast.FuncLit
	ast.Inspect(f, func(n ast.Node) bool {
		if fl, ok := n.(*ast.FuncLit); ok {
			if fset.Position(fl.Pos()).Line <= line && line <= fset.Position(fl.End()).Line {
				lit = fl // the innermost holding line comes last
			}
		}
		return true
	})
	if lit == nil {
		return 0
	}
	found := 0
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := unparen(n.Fun).(*ast.Ident); ok && id.Name == "panic" {
				if found != 0 {
					found = -1
				} else {
					found = fset.Position(n.Pos()).Line
				}
			}
		}
		return found >= 0
	})
	return max(found, 0)
}

// FuncLitAt reports whether a func literal starts at line and col of
// src (1-based; src as for PanicSite). The interpreter names a frame by
// the first node the func ran: a frame at a literal's first token is the
// func that made the literal first thing, not the literal.
func FuncLitAt(src string, decl bool, line, col int) bool {
	fset, f, prefix := parseSite(src, decl)
	if f == nil {
		return false
	}
	if line == 1 {
		col += len(prefix)
	}
	at := false
	ast.Inspect(f, func(n ast.Node) bool {
		if fl, ok := n.(*ast.FuncLit); ok {
			if p := fset.Position(fl.Pos()); p.Line == line && p.Column == col {
				at = true
			}
		}
		return !at
	})
	return at
}

// LitHolds reports whether the body of a func literal of src (as for
// PanicSite) holds line and col (1-based).
func LitHolds(src string, decl bool, line, col int) bool {
	_, _, lits := litsHolding(src, decl, line, col)
	return len(lits) > 0
}

// litsHolding parses src (as for PanicSite) and returns the func
// literals whose bodies hold line and col (1-based), outermost first.
func litsHolding(src string, decl bool, line, col int) (fset *token.FileSet, f *ast.File, lits []*ast.FuncLit) {
	fset, f, prefix := parseSite(src, decl)
	if f == nil {
		return nil, nil, nil
	}
	if line == 1 {
		col += len(prefix)
	}
	within := func(p token.Position) bool { return p.Line < line || p.Line == line && p.Column <= col }
	ast.Inspect(f, func(n ast.Node) bool {
		if fl, ok := n.(*ast.FuncLit); ok && within(fset.Position(fl.Body.Lbrace)) && !within(fset.Position(fl.Body.Rbrace)) {
			lits = append(lits, fl)
		}
		return true
	})
	return fset, f, lits
}

// userLit pairs lit, a func literal of f (lowered code), with the
// literals starting on its line in orig, the same code as the user wrote
// it line for line, in order: n is its number among the user's literals
// there (among f's when orig is ""), generated reports that it pairs
// with none (lowering wrote it). n is 0 when orig does not parse.
func userLit(fset *token.FileSet, f *ast.File, orig string, decl bool, lit *ast.FuncLit) (n int, generated bool) {
	litLine := fset.Position(lit.Pos()).Line
	litsOn := func(fset *token.FileSet, f *ast.File) []*ast.FuncLit {
		var out []*ast.FuncLit
		ast.Inspect(f, func(n ast.Node) bool {
			if fl, ok := n.(*ast.FuncLit); ok && fset.Position(fl.Pos()).Line == litLine {
				out = append(out, fl)
			}
			return true
		})
		return out
	}
	lowered := litsOn(fset, f)
	if orig == "" {
		return slices.Index(lowered, lit) + 1, false
	}
	ofset, of, _ := parseSite(orig, decl)
	if of == nil {
		return 0, false
	}
	user := litsOn(ofset, of)
	j := 0
	for _, fl := range lowered {
		paired := j < len(user) && funcShape(fl.Type) == funcShape(user[j].Type)
		if fl == lit {
			if !paired {
				return 0, true
			}
			return j + 1, false
		}
		if paired {
			j++
		}
	}
	return 0, false
}

// funcShape is a func type's text without its parameters' names: a
// literal's unnamed parameter is lowered to one named _. The parameters
// lowering adds for the loop variables a literal captures (see
// lower_capture.go) are left out.
func funcShape(ft *ast.FuncType) string {
	var b strings.Builder
	list := func(fl *ast.FieldList) {
		b.WriteString("(")
		if fl != nil {
			for _, f := range fl.List {
				if len(f.Names) == 1 && strings.HasPrefix(f.Names[0].Name, hook+"_cp") {
					continue
				}
				for range max(1, len(f.Names)) {
					b.WriteString(types.ExprString(f.Type) + ",")
				}
			}
		}
		b.WriteString(")")
	}
	list(ft.Params)
	list(ft.Results)
	return b.String()
}

// parseSite parses src, a func declaration or (decl false) a cell's
// statements, into a file; prefix is the text put before src on its
// first line. f is nil when src does not parse.
func parseSite(src string, decl bool) (fset *token.FileSet, f *ast.File, prefix string) {
	prefix = "package p;"
	if !decl {
		prefix = "package p;func _(){"
	}
	text := prefix + src
	if !decl {
		text += "\n}"
	}
	fset = token.NewFileSet()
	f, err := parser.ParseFile(fset, "", text, parser.SkipObjectResolution)
	if err != nil {
		return fset, nil, prefix
	}
	return fset, f, prefix
}

// SiteScope says where in a func's text (or a cell's statements) the
// site of a frame is looked for.
type SiteScope struct {
	// Outside looks outside the func literals and range-over-func loop
	// bodies first (each is a frame of its own), then anywhere.
	Outside bool
	// Loop, when not 0, is the line the ranged func of a range-over-func
	// loop ends on (see RangeBodyAt): the frame is the loop's body, and
	// the site is looked for there.
	Loop int
	// Lit, when not 0, is the line a func literal starts on, and LitN
	// its number among the literals starting there (from 1; see LitAt):
	// the frame is the literal's, and the site is looked for in its body.
	Lit, LitN int
	// Loops are the lines the ranged funcs of the text's range-over-func
	// loops end on (RangeLoops): only the lowered text tells those loops
	// from the others.
	Loops []int
	// Compiled says the callee is a compiled func (a standard package's):
	// a call through a variable is taken for none of its calls.
	Compiled bool
}

// PanicSiteIn is PanicSite within scope.
func PanicSiteIn(scope SiteScope, src string, decl bool, msg, callee string, ran func(line int, kind string) uint64) (line, col int) {
	var in func(*token.FileSet, *ast.File) ast.Node
	if scope.Loop > 0 {
		in = func(fset *token.FileSet, f *ast.File) ast.Node {
			var body ast.Node
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.RangeStmt:
					if fset.Position(n.X.End()).Line == scope.Loop {
						body = n.Body
					}
				case *ast.FuncLit:
					if rangeBodyLit(n) && fset.Position(n.Pos()).Line == scope.Loop {
						// Lowered: the body after the literal's guard.
						body = &ast.BlockStmt{List: n.Body.List[1:]}
					}
				}
				return body == nil
			})
			return body
		}
	}
	if scope.Lit > 0 {
		in = func(fset *token.FileSet, f *ast.File) ast.Node {
			if fl := nthLit(fset, f, scope.Lit, scope.LitN); fl != nil {
				return fl.Body
			}
			return nil
		}
	}
	skip := map[int]bool{}
	for _, l := range scope.Loops {
		skip[l] = l != scope.Loop
	}
	if scope.Outside || scope.Loop > 0 || scope.Lit > 0 {
		if line, col := panicSiteIn(src, decl, msg, callee, !scope.Compiled, skip, ran, in); line > 0 {
			return line, col
		}
	}
	return panicSiteIn(src, decl, msg, callee, !scope.Compiled, nil, ran, in)
}

// nthLit is the n-th (from 1) func literal of f starting on line.
func nthLit(fset *token.FileSet, f *ast.File, line, n int) *ast.FuncLit {
	var lit *ast.FuncLit
	ast.Inspect(f, func(x ast.Node) bool {
		if fl, ok := x.(*ast.FuncLit); ok && fset.Position(fl.Pos()).Line == line {
			if n--; n == 0 {
				lit = fl
			}
		}
		return lit == nil
	})
	return lit
}

// LitAt finds the innermost func literal of src (lowered code, as for
// PanicSite) whose body holds line and col: the line it starts on and
// its number among the literals starting there, counting those of orig,
// the same code as the user wrote it line for line ("" when src is
// that). 0, 0 when there is none, or when lowering wrote it.
func LitAt(src, orig string, decl bool, line, col int) (litLine, n int) {
	fset, f, lits := litsHolding(src, decl, line, col)
	if len(lits) == 0 {
		return 0, 0
	}
	lit := lits[len(lits)-1]
	if n, _ = userLit(fset, f, orig, decl, lit); n == 0 {
		return 0, 0
	}
	return fset.Position(lit.Pos()).Line, n
}

// LitName is the name the n-th func literal starting on line of src (as
// for PanicSite) is assigned to or declared as (f := func…, var f =
// func…, f = func…), which its callers call it by; "" for none.
func LitName(src string, decl bool, line, n int) string {
	fset, f, _ := parseSite(src, decl)
	if f == nil {
		return ""
	}
	lit := nthLit(fset, f, line, n)
	if lit == nil {
		return ""
	}
	name := ""
	ast.Inspect(f, func(x ast.Node) bool {
		var lhs []ast.Expr
		var rhs []ast.Expr
		switch x := x.(type) {
		case *ast.AssignStmt:
			lhs, rhs = x.Lhs, x.Rhs
		case *ast.ValueSpec:
			for _, id := range x.Names {
				lhs = append(lhs, id)
			}
			rhs = x.Values
		default:
			return name == ""
		}
		if len(lhs) != len(rhs) {
			return true
		}
		for i, r := range rhs {
			if unparen(r) == lit {
				if id, ok := unparen(lhs[i]).(*ast.Ident); ok && id.Name != "_" {
					name = id.Name
				}
			}
		}
		return name == ""
	})
	return name
}

// RangeLoops returns the lines the ranged funcs of the range-over-func
// loops of src (lowered code, as for PanicSite) end on.
func RangeLoops(src string, decl bool) []int {
	fset, f, _ := parseSite(src, decl)
	if f == nil {
		return nil
	}
	var lines []int
	ast.Inspect(f, func(n ast.Node) bool {
		if fl, ok := n.(*ast.FuncLit); ok && rangeBodyLit(fl) {
			lines = append(lines, fset.Position(fl.Pos()).Line)
		}
		return true
	})
	return lines
}

// RangeBodyAt reports whether line and col of src (lowered code, as for
// PanicSite) lie in the func literal that lowering made of the body of a
// range-over-func loop (see rangeFunc), outside the literals it holds:
// such a frame is the loop's body, called by the iterator. It returns
// the line the ranged func ends on (the loop's line in the user's text,
// as for SiteScope.Loop) and the body's number among the range-over-func
// bodies of src, from 1 (Go names the frame "main-range1"); 0, 0 when
// the position is in no such body.
func RangeBodyAt(src string, decl bool, line, col int) (loop, n int) {
	fset, f, lits := litsHolding(src, decl, line, col)
	if len(lits) == 0 {
		return 0, 0
	}
	lit := lits[len(lits)-1]
	i := 0
	ast.Inspect(f, func(x ast.Node) bool {
		if fl, ok := x.(*ast.FuncLit); ok && rangeBodyLit(fl) {
			i++
			if fl == lit {
				n = i
			}
		}
		return n == 0
	})
	if n == 0 {
		return 0, 0
	}
	return fset.Position(lit.Pos()).Line, n
}

// rangeBodyLit reports whether fl is the yield func rangeFunc wrote for
// a loop's body: its first statement panics when the loop is done.
func rangeBodyLit(fl *ast.FuncLit) bool {
	if len(fl.Body.List) == 0 {
		return false
	}
	is, ok := fl.Body.List[0].(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 {
		return false
	}
	if id, ok := is.Cond.(*ast.Ident); !ok || !strings.HasPrefix(id.Name, hook+"_rd") {
		return false
	}
	es, ok := is.Body.List[0].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	inner, ok := call.Args[0].(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := inner.Fun.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "RangeContinued"
}

func panicSite(src string, decl bool, msg, callee string, outside bool, ran func(line int, kind string) uint64) (line, col int) {
	var skip map[int]bool
	if outside {
		skip = map[int]bool{}
	}
	return panicSiteIn(src, decl, msg, callee, true, skip, ran, nil)
}

// panicSiteIn is panicSite within the node in returns (nil: the whole
// of src). viaVars takes a call of a variable for a call of the callee
// (a method value). With skip not nil, the site is looked for outside func
// literals and outside the bodies of the range loops whose ranged value
// ends on a line skip holds.
func panicSiteIn(src string, decl bool, msg, callee string, viaVars bool, skip map[int]bool, ran func(line int, kind string) uint64, in func(*token.FileSet, *ast.File) ast.Node) (line, col int) {
	outside := skip != nil
	fset, f, prefix := parseSite(src, decl)
	if f == nil {
		return 0, 0
	}
	match := siteMatcher(msg, callee)
	if match == nil {
		return 0, 0
	}
	vars := localNames(f)
	direct := match
	if viaVars && callee != "" && !litCallee(callee) && !vars[calleeBase(callee)] {
		// (A callee named as a variable is the literal it holds.)
		match = throughVars(match, vars)
	}
	if litCallee(callee) {
		// A literal a struct holds is called through a variable's
		// field (c.f()): weakly (see direct).
		named := match
		match = func(n ast.Node) bool {
			id := calledVar(n, true)
			return named(n) || id != nil && vars[id.Name]
		}
	}
	if callee == "" && strings.HasPrefix(msg, "interface conversion: ") {
		// In a generic func, v.(T) fails naming T's type argument:
		// an assertion to a type parameter fits too (weakly, see
		// direct).
		tps := typeParamNames(f)
		named := match
		match = func(n ast.Node) bool {
			if named(n) {
				return true
			}
			ta, ok := n.(*ast.TypeAssertExpr)
			if !ok || ta.Type == nil {
				return false
			}
			id, ok := unparen(ta.Type).(*ast.Ident)
			return ok && tps[id.Name]
		}
	}
	nilDeref := callee == "" && strings.Contains(msg, "nil pointer dereference")
	var notNil map[string]bool
	var guards *nilGuards
	if nilDeref {
		match = notPackageNames(match, vars)
		notNil = notNilNames(f)
		guards = findNilGuards(f)
	}
	var root ast.Node = f
	if in != nil {
		if root = in(fset, f); root == nil {
			return 0, 0
		}
	}
	var found, weak, guarded []ast.Node
	funs := map[ast.Node]bool{} // selectors called: pkg.F(...) is no dereference
	typeExprs := map[ast.Node]bool{}
	commaOk := map[ast.Node]bool{}
	later := map[ast.Node]bool{}               // in a for loop's post statement
	bodies := map[ast.Node]bool{}              // of range-over-func loops: frames of their own
	selectOf := map[ast.Node]*ast.SelectStmt{} // a case's send, its select
	if len(skip) > 0 {
		ast.Inspect(root, func(n ast.Node) bool {
			if r, ok := n.(*ast.RangeStmt); ok && skip[fset.Position(r.X.End()).Line] {
				bodies[r.Body] = true
			}
			return true
		})
	}
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		if typeExprs[n] || bodies[n] {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok && outside {
			return false // a func literal's panic is a frame of its own
		}
		switch x := n.(type) {
		case *ast.SelectStmt:
			for _, cc := range x.Body.List {
				if send, ok := cc.(*ast.CommClause).Comm.(*ast.SendStmt); ok {
					selectOf[send] = x
				}
			}
		case *ast.TypeSpec, *ast.Field, *ast.FuncType, *ast.ChanType, *ast.MapType, *ast.ArrayType:
			return false // types, not operations
		case *ast.TypeAssertExpr:
			typeExprs[x.Type] = true
		case *ast.TypeSwitchStmt:
			for _, cc := range x.Body.List {
				for _, e := range cc.(*ast.CaseClause).List {
					typeExprs[e] = true
				}
			}
		case *ast.ForStmt:
			if x.Post != nil {
				// It runs after the body, which fails first.
				ast.Inspect(x.Post, func(n ast.Node) bool {
					later[n] = true
					return true
				})
			}
		case *ast.ValueSpec:
			typeExprs[x.Type] = true
			if len(x.Names) == 2 && len(x.Values) == 1 {
				commaOk[unparen(x.Values[0])] = true
			}
		case *ast.CompositeLit:
			typeExprs[x.Type] = true
		case *ast.CallExpr:
			funs[unparen(x.Fun)] = true
			if p, ok := x.Fun.(*ast.ParenExpr); ok {
				if _, ok := p.X.(*ast.StarExpr); ok {
					typeExprs[p.X] = true // a conversion, (*T)(nil)
				}
			}
			if id, ok := x.Fun.(*ast.Ident); ok && (id.Name == "make" || id.Name == "new") && len(x.Args) > 0 {
				typeExprs[x.Args[0]] = true
			}
			for _, e := range typeArgs(x.Fun, vars) {
				typeExprs[e] = true // errors.AsType[*E](err)
			}
		case *ast.AssignStmt:
			if len(x.Lhs) == 2 && len(x.Rhs) == 1 {
				commaOk[unparen(x.Rhs[0])] = true
			}
		}
		if _, ok := n.(*ast.TypeAssertExpr); ok && commaOk[n] {
			return true // a comma-ok assertion does not panic
		}
		if match(n) && !otherBounds(n, msg) {
			if nilDeref && guards.guardedRead(n) {
				guarded = append(guarded, n) // (see panicsite_checked.go)
				return true
			}
			if _, isRange := n.(*ast.RangeStmt); isRange {
				weak = append(weak, n)
				return true
			}
			if _, ix := n.(*ast.IndexExpr); ix && nilDeref || constantIndex(n) && !exactIndex(n, msg) || funs[n] && (!methodCall(n) || nilDeref) || !direct(n) || later[n] || nilDeref && (selectsFrom(n, notNil) || selectsElem(n)) || (msg == NilFuncCall || litCallee(callee)) && (identCall(n) || rangeOverCall(n)) {
				// s[0] fails less often than s[i]: keep looking. A
				// method called through a nil pointer mostly has a
				// pointer receiver, and fails inside, not at the call.
				// A call through a variable calls the callee less
				// often than a call by its name. A field of a
				// variable that holds &T{…} or a struct value is
				// read through no nil pointer (but for a promoted
				// field of an embedded pointer).
				weak = append(weak, n)
				return true
			}
			found = append(found, n)
			return false
		}
		return true
	})
	if len(found) == 0 && len(guarded) > 0 {
		// The reads a nil check guards were the func's likeliest
		// sites: of the rest, a field read through a call's result
		// or an element (t.Find("zz").count) is likelier than a
		// method call, which fails inside.
		for _, n := range weak {
			if _, ok := n.(*ast.SelectorExpr); ok && !funs[n] && !later[n] {
				found = append(found, n)
			}
		}
		if len(found)+len(weak) == 0 {
			weak = guarded
		}
	}
	lineOf := func(pos token.Pos) (line, col int) {
		off := fset.Position(pos).Offset - len(prefix)
		if off < 0 {
			return 0, 0
		}
		return lineCol(src, off)
	}
	at := func(n ast.Node) (line, col int) {
		pos := n.Pos()
		if c, ok := n.(*ast.CallExpr); ok {
			// Go names a call by its ( line: a literal's by its }(
			// line, a method's in a chain over lines by its own.
			pos = c.Lparen
		}
		if s, ok := selectOf[n]; ok && commCases(s) > 1 {
			// A case's send fails in the select; Go compiles a select
			// with one case besides default as that case's send.
			pos = s.Select
		}
		return lineOf(pos)
	}
	var best uint64
	if ran != nil && nilDeref {
		// Where the func's dereferences are marked (see
		// lower_derefsites.go), the first to meet nil is among them,
		// and ran last.
		for _, n := range append(found, weak...) {
			if l, c := at(n); l > 0 {
				if t := ran(l, derefKind); t > best {
					best, line, col = t, l, c
				}
			}
		}
		if best > 0 {
			return line, col
		}
	}
	if ran != nil {
		ticked := append(found, weak...)
		if nilDeref && len(found) > 0 {
			// A method call through a nil pointer fails inside the
			// method: its record of an earlier run (a recursive
			// walk's) does not make it the site.
			ticked = found
		}
		if callee != "" && !litCallee(callee) && slices.ContainsFunc(found, direct) {
			// The callee called by its name: a call of a func the
			// func was handed (a visitor, which a recursive walk's
			// innermost frame called last) is not its call.
			params := paramNames(f)
			ticked = slices.DeleteFunc(slices.Clone(ticked), func(n ast.Node) bool {
				c, ok := n.(*ast.CallExpr)
				if !ok || direct(n) {
					return false
				}
				id, ok := unparen(c.Fun).(*ast.Ident)
				return ok && params[id.Name]
			})
		}
		if nilDeref {
			// An element taken out into a variable that another
			// candidate reads through (p := s[0]; p.Name()): the
			// index's record says its bounds check ran, nothing of a
			// dereference.
			taken := takenInto(root)
			ticked = slices.DeleteFunc(slices.Clone(ticked), func(n ast.Node) bool {
				name, ok := taken[n]
				return ok && slices.ContainsFunc(ticked, func(m ast.Node) bool {
					x, _ := selectedFrom(m)
					return x != nil && x.Name == name
				})
			})
		}
		for _, n := range ticked {
			if x, _ := selectedFrom(n); nilDeref && funs[n] && x != nil && boundToValue(root, x) {
				// A method called through a variable holding an
				// address or a value dereferences no nil pointer at
				// the call (st.Push(x) of st := &Stack{}).
				continue
			}
			kind := siteKind(n)
			if sel, ok := n.(*ast.SelectorExpr); ok && funs[n] {
				kind = "call " + sel.Sel.Name // x.M() through a nil x
			}
			if r, ok := n.(*ast.RangeStmt); ok {
				kind = siteKind(unparen(r.X)) // the call of the iterator's maker
			}
			if l, c := at(n); l > 0 {
				tl := l
				if _, ok := selectOf[n]; ok {
					tl, _ = lineOf(n.Pos()) // recorded at its own line
				}
				if t := ran(tl, kind); t > best {
					best, line, col = t, l, c
				}
			}
		}
	}
	if best == 0 && callee != "" && msg == NilReceiver && len(found)+len(weak) > 1 {
		// Of several calls of the method, the one through a variable
		// that is a nil pointer there for certain (var re
		// *regexp.Regexp), not one through a value.
		for _, n := range append(found, weak...) {
			if c, ok := n.(*ast.CallExpr); ok {
				if sel, ok := unparen(c.Fun).(*ast.SelectorExpr); ok {
					if x, ok := unparen(sel.X).(*ast.Ident); ok && nilThere(root, x, false) {
						return at(n)
					}
				}
			}
		}
	}
	if best == 0 && nilDeref && len(found)+len(weak) > 1 {
		// Of several, the one selecting from a variable that is nil
		// there for certain (var p *T, s = nil), as a lesson shows
		// what a nil pointer or interface does after using others.
		for _, n := range append(found, weak...) {
			x, _ := selectedFrom(n)
			switch n := n.(type) {
			case *ast.StarExpr:
				x, _ = unparen(n.X).(*ast.Ident) // *p = 2
			case *ast.RangeStmt:
				x, _ = n.X.(*ast.Ident) // for _, v := range p
			case *ast.IndexExpr:
				x, _ = unparen(n.X).(*ast.Ident) // p[0] of a *[3]int
			}
			if x != nil && nilThere(root, x, funs[n]) {
				return at(n)
			}
		}
	}
	switch {
	case best > 0:
		return line, col
	case len(found) > 1 && !decl && callee != "" && ran != nil && unnested(f, found):
		// Calls of the callee in one statement of the cell's own, over
		// several lines (fmt.Println(⏎ get(xs, 1),⏎ get(xs, 5))): no
		// mark tells them apart, and a lesson's failing call is its
		// last, as a func's marks also have it (see siteMarks).
		return at(found[len(found)-1])
	case len(found) > 0:
		return at(found[0])
	case len(weak) > 0:
		weak = rangesLast(weak)
		if litCallee(callee) {
			// A literal runs from a call through a variable holding
			// it (div := makeDivider(0); div(10)), never from a call
			// of a declared func, which would be a frame between.
			locals := localNames(root)
			// (Then a call of a field of a variable, c.f(), the literal a
			// struct holds, before a call of a declared func.)
			for _, field := range []bool{false, true} {
				for _, n := range weak {
					if id := calledVar(n, field); id != nil && locals[id.Name] {
						return at(n)
					}
				}
			}
		}
		if nilDeref {
			// (The same of an element taken out, p := m["x"].)
			taken := takenInto(root)
			for _, n := range weak {
				if _, ok := taken[n]; !ok {
					return at(n)
				}
			}
		}
		return at(weak[0])
	}
	return 0, 0
}

// paramNames returns the names of the parameters of f's funcs (not of
// their func literals).
func paramNames(f *ast.File) map[string]bool {
	names := map[string]bool{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			for _, fld := range fd.Type.Params.List {
				for _, n := range fld.Names {
					names[n.Name] = true
				}
			}
		}
	}
	return names
}

// rangesLast moves the range statements of cands after the others: a
// nil func or interface called (in a loop over a slice, or anywhere) is
// likelier than a range over a nil func or array pointer held in a
// variable, which the finder already names when that is nil for
// certain (see nilThere).
func rangesLast(cands []ast.Node) []ast.Node {
	out := make([]ast.Node, 0, len(cands))
	for _, n := range cands {
		if _, ok := n.(*ast.RangeStmt); !ok {
			out = append(out, n)
		}
	}
	for _, n := range cands {
		if _, ok := n.(*ast.RangeStmt); ok {
			out = append(out, n)
		}
	}
	return out
}

// takenInto returns the index expressions of root that are the whole
// value given to a variable (p := s[i], var p = m[k], p = s[0]), with
// the variable's name.
func takenInto(root ast.Node) map[ast.Node]string {
	out := map[ast.Node]string{}
	bind := func(lhs []ast.Expr, rhs []ast.Expr) {
		if len(lhs) != len(rhs) {
			return
		}
		for i, r := range rhs {
			ix, ok := unparen(r).(*ast.IndexExpr)
			if !ok {
				continue
			}
			if id, ok := lhs[i].(*ast.Ident); ok && id.Name != "_" {
				out[ix] = id.Name
			}
		}
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			bind(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			bind(lhs, n.Values)
		}
		return true
	})
	return out
}

// typeParamNames returns the names of the type parameters of the funcs
// of f and of their receivers' types (func (s *Stack[T]) Pop() T).
func typeParamNames(f *ast.File) map[string]bool {
	names := map[string]bool{}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		if fd.Type.TypeParams != nil {
			for _, p := range fd.Type.TypeParams.List {
				for _, n := range p.Names {
					names[n.Name] = true
				}
			}
		}
		if fd.Recv == nil || len(fd.Recv.List) == 0 {
			continue
		}
		t := fd.Recv.List[0].Type
		if st, ok := t.(*ast.StarExpr); ok {
			t = st.X
		}
		var params []ast.Expr
		switch t := t.(type) {
		case *ast.IndexExpr:
			params = []ast.Expr{t.Index}
		case *ast.IndexListExpr:
			params = t.Indices
		}
		for _, p := range params {
			if id, ok := p.(*ast.Ident); ok {
				names[id.Name] = true
			}
		}
	}
	return names
}

// typeArgs returns the type arguments of fun when it instantiates a
// generic func (F[*T], pkg.F[*T, U]): an index of something not a local
// variable (a func value in a local map or slice is indexed by values).
func typeArgs(fun ast.Expr, vars map[string]bool) []ast.Expr {
	var x ast.Expr
	var args []ast.Expr
	switch f := unparen(fun).(type) {
	case *ast.IndexExpr:
		x, args = f.X, []ast.Expr{f.Index}
	case *ast.IndexListExpr:
		x, args = f.X, f.Indices
	default:
		return nil
	}
	switch x := unparen(x).(type) {
	case *ast.Ident:
		if vars[x.Name] {
			return nil
		}
	case *ast.SelectorExpr:
		if pkg, ok := x.X.(*ast.Ident); !ok || vars[pkg.Name] {
			return nil
		}
	default:
		return nil
	}
	return args
}

// localNames returns the names root declares as variables: parameters,
// results, := and var declarations, range variables.
func localNames(root ast.Node) map[string]bool {
	names := map[string]bool{}
	add := func(e ast.Expr) {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			names[id.Name] = true
		}
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			if x.Tok == token.DEFINE {
				for _, l := range x.Lhs {
					add(l)
				}
			}
		case *ast.ValueSpec:
			for _, id := range x.Names {
				add(id)
			}
		case *ast.Field:
			for _, id := range x.Names {
				add(id)
			}
		case *ast.RangeStmt:
			add(x.Key)
			if x.Value != nil {
				add(x.Value)
			}
		}
		return true
	})
	return names
}

// boundsIn reads the constant bounds of an index or slice expression
// out of range in a run-time error's message ("index out of range [5]
// with length 3": 5; "slice bounds out of range [:7] with capacity 3":
// the high bound 7); -1 for none.
var boundsIn = regexp.MustCompile(`out of range \[(\d*)(:?)(\d*)\]`)

// otherBounds reports whether n indexes or slices with a constant that
// the message says is not the one out of range.
func otherBounds(n ast.Node, msg string) bool {
	m := boundsIn.FindStringSubmatch(msg)
	if m == nil {
		return false
	}
	lit := func(e ast.Expr, want string) bool {
		b, ok := e.(*ast.BasicLit)
		return ok && want != "" && b.Value != want
	}
	switch n := n.(type) {
	case *ast.IndexExpr:
		return m[2] == "" && lit(n.Index, m[1])
	case *ast.SliceExpr:
		switch {
		case m[2] == ":" && m[1] == "": // [:high]
			return n.High != nil && lit(n.High, m[3]) || n.High == nil
		case m[2] == ":" && m[3] == "": // [low:]
			return n.Low != nil && lit(n.Low, m[1])
		}
	}
	return false
}

// methodCall reports whether n is the selector of a method call on a
// variable (p.Get() through a nil pointer), not of a package's func.
func methodCall(n ast.Node) bool {
	x, sel := selectedFrom(n)
	return sel && (x == nil || !commonPackages[x.Name])
}

// selectedFrom reports whether n is a selector, and the name it selects
// from (x of x.f; nil when that is no name: s[0].f, get().f).
func selectedFrom(n ast.Node) (x *ast.Ident, sel bool) {
	s, ok := n.(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	x, _ = s.X.(*ast.Ident)
	return x, true
}

// notNilNames returns the variables of f that every assignment and
// declaration gives an address (p := &T{…}, new(T), &x) or a value of
// a struct, array or basic type (c := Car{…}, var c Car, n := 0):
// selecting from one dereferences no nil pointer. A pointer parameter,
// a var of a pointer type with no value, or one assigned a call's
// result may be nil.
func notNilNames(f ast.Node) map[string]bool {
	safe := map[string]bool{}
	unsafe := map[string]bool{}
	bind := func(e ast.Expr, ok bool) {
		id, isID := unparen(e).(*ast.Ident)
		if !isID || id.Name == "_" {
			return
		}
		if ok {
			safe[id.Name] = true
		} else {
			unsafe[id.Name] = true
		}
	}
	// value reports whether e gives an address or a value no nil
	// dereference can come from.
	value := func(e ast.Expr) bool {
		switch e := unparen(e).(type) {
		case *ast.UnaryExpr:
			return e.Op == token.AND
		case *ast.CompositeLit, *ast.BasicLit:
			return true
		case *ast.CallExpr:
			id, ok := unparen(e.Fun).(*ast.Ident)
			return ok && id.Name == "new"
		}
		return false
	}
	valueType := func(t ast.Expr) bool {
		switch t := unparen(t).(type) {
		case *ast.StarExpr, *ast.InterfaceType, *ast.FuncType, *ast.MapType, *ast.ChanType:
			return false
		case *ast.Ident:
			return t.Name != "any" && t.Name != "error"
		}
		return true
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			if x.Tok != token.DEFINE && x.Tok != token.ASSIGN {
				return true
			}
			for i, l := range x.Lhs {
				bind(l, len(x.Lhs) == len(x.Rhs) && value(x.Rhs[i]))
			}
		case *ast.ValueSpec:
			for i, id := range x.Names {
				switch {
				case len(x.Values) == len(x.Names):
					bind(id, value(x.Values[i]))
				case len(x.Values) == 0 && x.Type != nil:
					bind(id, valueType(x.Type))
				default:
					bind(id, false)
				}
			}
		case *ast.Field:
			for _, id := range x.Names {
				bind(id, valueType(x.Type))
			}
		case *ast.RangeStmt:
			bind(x.Key, false)
			if x.Value != nil {
				bind(x.Value, false)
			}
		}
		return true
	})
	for name := range unsafe {
		delete(safe, name)
	}
	return safe
}

// selectsFrom reports whether n selects a field or method of one of
// names (x.f with x in names).
func selectsFrom(n ast.Node, names map[string]bool) bool {
	x, _ := selectedFrom(n)
	return x != nil && names[x.Name]
}

// operators matches the binary operations with one of two operators
// and the assignments with one of two assignment operators (a / b, a %=
// b).
func operators(op1, op2, assign1, assign2 token.Token) func(ast.Node) bool {
	return func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			return n.Op == op1 || n.Op == op2
		case *ast.AssignStmt:
			return n.Tok == assign1 || n.Tok == assign2
		}
		return false
	}
}

// selectsElem reports whether n selects from an operand that is no
// variable (s[0].L, get().L, a.b.c): a dereference there is less often
// the one that failed than one of a variable's.
func selectsElem(n ast.Node) bool {
	x, sel := selectedFrom(n)
	return sel && x == nil
}

// notPackageNames is match without the selectors of a standard
// package's names (unicode.MaxASCII), which are no dereference, unless
// vars, the variables of the code, has that name.
func notPackageNames(match func(ast.Node) bool, vars map[string]bool) func(ast.Node) bool {
	return func(n ast.Node) bool {
		if x, _ := selectedFrom(n); x != nil && commonPackages[x.Name] && !vars[x.Name] {
			return false
		}
		return match(n)
	}
}

// litCallee reports whether callee, an inner frame's func, is a func
// literal ("main.func1").
func litCallee(callee string) bool {
	return strings.HasPrefix(calleeBase(callee), "func")
}

// throughVars is match, for a named callee, that also takes a call of
// one of vars (a method value, get(3), calls the method): of the
// matches, the one that ran last is the frame's.
func throughVars(match func(ast.Node) bool, vars map[string]bool) func(ast.Node) bool {
	return func(n ast.Node) bool {
		id := calledVar(n, false)
		return match(n) || id != nil && vars[id.Name]
	}
}

// calledVar is the variable a call n calls through: f of f(x), or, with
// field, c of c.f(x); nil for none.
func calledVar(n ast.Node, field bool) *ast.Ident {
	c, ok := n.(*ast.CallExpr)
	if !ok {
		return nil
	}
	fun := unparen(c.Fun)
	if sel, ok := fun.(*ast.SelectorExpr); ok && field {
		fun = unparen(sel.X)
	} else if field {
		return nil
	}
	id, _ := fun.(*ast.Ident)
	return id
}

// calleeBase is the last part of a frame's func name ("func1" of
// "main.func1", "Get" of "(*T).Get").
func calleeBase(callee string) string {
	if i := strings.LastIndexByte(callee, '.'); i >= 0 {
		return callee[i+1:]
	}
	return callee
}

// identCall reports whether n calls a name (a declared func, more often
// than a nil func variable).
func identCall(n ast.Node) bool {
	c, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	_, ok = unparen(c.Fun).(*ast.Ident)
	return ok
}

// rangeOverCall reports whether n ranges over what a call returns.
func rangeOverCall(n ast.Node) bool {
	r, ok := n.(*ast.RangeStmt)
	if !ok {
		return false
	}
	_, ok = unparen(r.X).(*ast.CallExpr)
	return ok
}

// rangedName is the name of the func a range statement ranges over, ""
// when it is no name.
func rangedName(e ast.Expr) string {
	switch x := unparen(e).(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return x.Sel.Name
	}
	return ""
}

// constantIndex reports whether n indexes with a literal.
func constantIndex(n ast.Node) bool {
	ix, ok := n.(*ast.IndexExpr)
	if !ok {
		return false
	}
	_, lit := indexOperand(ix).(*ast.BasicLit)
	return lit
}

// exactIndex reports whether n indexes with the constant that msg, a
// run-time index error, names: that index is the one that failed.
func exactIndex(n ast.Node, msg string) bool {
	ix, ok := n.(*ast.IndexExpr)
	if !ok {
		return false
	}
	m := rangeIndex.FindStringSubmatch(msg)
	lit, isLit := indexOperand(ix).(*ast.BasicLit)
	return m != nil && isLit && lit.Kind == token.INT && lit.Value == m[1]
}

// indexOperand is the index of ix as written: lowered code checks a
// slice's index in a call (s[__gt.Index((3), len(s))]).
func indexOperand(ix *ast.IndexExpr) ast.Expr {
	if c, ok := ix.Index.(*ast.CallExpr); ok && len(c.Args) == 2 {
		if sel, ok := c.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Index" {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == hook {
				return unparen(c.Args[0])
			}
		}
	}
	return unparen(ix.Index)
}

// rangeIndex is the index a run-time index error names.
var rangeIndex = regexp.MustCompile(`index out of range \[(-?\d+)\]`)

// siteMatcher returns what the failing operation looks like.
func siteMatcher(msg, callee string) func(ast.Node) bool {
	if callee != "" {
		base := calleeBase(callee)
		return func(n ast.Node) bool {
			if r, ok := n.(*ast.RangeStmt); ok {
				// A range-over-func loop calls the func it ranges over:
				// Go names the call at the loop's line.
				switch x := unparen(r.X).(type) {
				case *ast.Ident:
					// (A literal is also ranged over through a
					// variable, for v := range seq.)
					return rangedName(x) == base || litCallee(callee)
				case *ast.SelectorExpr:
					return rangedName(x) == base
				case *ast.IndexExpr: // an instance, Seq[int]
					return rangedName(x.X) == base
				case *ast.CallExpr:
					// The literal a call returned (range s.All()).
					return litCallee(callee)
				}
				return false
			}
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return false
			}
			if litCallee(callee) {
				// A literal handed to a call (sort.Slice(xs, func…)) is
				// called from there.
				for _, a := range c.Args {
					if _, ok := unparen(a).(*ast.FuncLit); ok {
						return true
					}
				}
			}
			switch f := unparen(c.Fun).(type) {
			case *ast.Ident:
				// (A literal is also called through a variable.)
				return f.Name == base || litCallee(callee) && types.Universe.Lookup(f.Name) == nil
			case *ast.SelectorExpr:
				return f.Sel.Name == base
			case *ast.FuncLit:
				return base == "func1" || strings.HasPrefix(base, "func")
			case *ast.IndexExpr:
				// A literal kept in a map or a slice (handlers[k]()),
				// or an instance of a generic func (First[int]()).
				if id, ok := unparen(f.X).(*ast.Ident); ok && id.Name == base {
					return true
				}
				return litCallee(callee)
			case *ast.IndexListExpr:
				id, ok := unparen(f.X).(*ast.Ident)
				return ok && id.Name == base // Map[int, string](…)
			}
			return false
		}
	}
	msg = strings.TrimPrefix(msg, "runtime error: ")
	switch {
	case strings.Contains(msg, "divide by zero"):
		return operators(token.QUO, token.REM, token.QUO_ASSIGN, token.REM_ASSIGN)
	case strings.Contains(msg, "slice bounds out of range"), strings.Contains(msg, "slice index out of bounds"):
		return func(n ast.Node) bool { _, ok := n.(*ast.SliceExpr); return ok }
	case strings.Contains(msg, "index out of range"):
		// A constant index fails only with its own value ("index out
		// of range [3] with length 3" is no s[0]).
		want := ""
		if m := rangeIndex.FindStringSubmatch(msg); m != nil {
			want = m[1]
		}
		return func(n ast.Node) bool {
			ix, ok := n.(*ast.IndexExpr)
			if ok && want != "" {
				if lit, isLit := indexOperand(ix).(*ast.BasicLit); isLit && lit.Kind == token.INT && lit.Value != want {
					return false
				}
			}
			return ok
		}
	case strings.Contains(msg, "assignment to entry in nil map"):
		return func(n ast.Node) bool {
			if a, ok := n.(*ast.IncDecStmt); ok {
				_, ok := unparen(a.X).(*ast.IndexExpr)
				return ok
			}
			if a, ok := n.(*ast.AssignStmt); ok {
				for _, l := range a.Lhs {
					if _, ok := l.(*ast.IndexExpr); ok {
						return true
					}
				}
			}
			return false
		}
	case strings.Contains(msg, "nil pointer dereference"):
		return func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.StarExpr:
				return true
			case *ast.RangeStmt:
				// The values of a nil pointer to an array (a weak
				// site: most ranged operands are no pointers).
				_, isID := n.X.(*ast.Ident)
				return isID && n.Value != nil && !isBlank(n.Value)
			case *ast.SelectorExpr:
				switch n.X.(type) {
				case *ast.Ident, *ast.IndexExpr, *ast.CallExpr, *ast.SelectorExpr, *ast.ParenExpr:
					return true // (of an element or a result: see selectsElem)
				}
			case *ast.IndexExpr:
				return true // p[i] of a nil *[3]int (a weak site)
			}
			return false
		}
	case strings.Contains(msg, "negative shift amount"):
		return operators(token.SHL, token.SHR, token.SHL_ASSIGN, token.SHR_ASSIGN)
	case strings.Contains(msg, "interface conversion"):
		// The asserted type closes the message ("…, not main.Dog") or
		// follows "is not" ("… is not main.Shape: missing method …").
		want := ""
		if i := strings.LastIndex(msg, ", not "); i >= 0 {
			want = msg[i+len(", not "):]
		} else if i := strings.Index(msg, " is not "); i >= 0 {
			want, _, _ = strings.Cut(msg[i+len(" is not "):], ":")
		}
		// (Type arguments are spelled tight, and named with their
		// package: entry[string,main.key] for entry[string, key].)
		tight := func(s string) string {
			return strings.ReplaceAll(strings.ReplaceAll(strings.TrimPrefix(s, "*"), "main.", ""), " ", "")
		}
		want = tight(want)
		return func(n ast.Node) bool {
			ta, ok := n.(*ast.TypeAssertExpr)
			if !ok || ta.Type == nil { // x.(type) never fails
				return false
			}
			return want == "" || tight(types.ExprString(ta.Type)) == want
		}
	case strings.Contains(msg, "cannot convert slice with length"):
		// The array's length is the message's last number.
		want := msg[strings.LastIndexByte(msg, ' ')+1:]
		return func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return false
			}
			fun := unparen(c.Fun)
			if st, ok := fun.(*ast.StarExpr); ok {
				fun = unparen(st.X)
			}
			at, ok := fun.(*ast.ArrayType)
			if !ok {
				return false
			}
			lit, ok := at.Len.(*ast.BasicLit)
			return !ok || lit.Value == want
		}
	case msg == NilFuncCall:
		// A call of a func variable or field: not of a package's func
		// (pkg.F), nor of a builtin.
		return func(n ast.Node) bool {
			if r, ok := n.(*ast.RangeStmt); ok {
				switch r.X.(type) {
				case *ast.Ident, *ast.SelectorExpr:
					return true // a nil func iterator (a weak site)
				}
				return false
			}
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return false
			}
			switch f := unparen(c.Fun).(type) {
			case *ast.Ident:
				return types.Universe.Lookup(f.Name) == nil
			case *ast.SelectorExpr:
				x, ok := f.X.(*ast.Ident)
				return !ok || !commonPackages[x.Name] && x.Name != hook // (lowering's calls never fail so)
			case *ast.IndexExpr:
				return true // handlers["x"](…)
			}
			return false
		}
	case strings.Contains(msg, "comparing uncomparable type"):
		return func(n ast.Node) bool { return siteKind(n) == "compare" }
	case strings.Contains(msg, "hash of unhashable type"):
		// A map entry keyed by an interface (m[k] = v, m[k]).
		return func(n ast.Node) bool { _, ok := n.(*ast.IndexExpr); return ok }
	case strings.Contains(msg, "makeslice"), strings.Contains(msg, "makechan"):
		return callMatcher("make")
	case strings.Contains(msg, "send on closed channel"):
		return func(n ast.Node) bool { _, ok := n.(*ast.SendStmt); return ok }
	case strings.Contains(msg, "close of"):
		return callMatcher("close")
	}
	if m := stdPanic.FindStringSubmatch(msg); m != nil {
		// A panic of the standard library ("strings: negative Repeat
		// count", "slices.Max: empty list"): a call of that package,
		// of the func the message names when it does.
		pkg, fn := m[1], m[2]
		words := map[string]bool{}
		for _, w := range strings.FieldsFunc(msg, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			words[w] = true
		}
		return func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return false
			}
			sel, ok := unparen(c.Fun).(*ast.SelectorExpr)
			if !ok {
				return false
			}
			x, ok := sel.X.(*ast.Ident)
			return ok && x.Name == pkg && (fn == "" && words[sel.Sel.Name] || sel.Sel.Name == fn)
		}
	}
	return callMatcher("panic")
}

// stdPanic is the start of a standard package's panic message: the
// package's name, and the func's ("slices.Max: ").
var stdPanic = regexp.MustCompile(`^([a-z][a-z0-9]*)(?:\.([A-Z]\w*))?: `)

func callMatcher(name string) func(ast.Node) bool {
	return func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := unparen(c.Fun).(*ast.Ident)
		return ok && id.Name == name
	}
}

// InGeneratedLit reports whether line and col of src (lowered code, as
// for PanicSite) lie in the body of a func literal that lowering wrote:
// one that orig, the same code as the user wrote it line for line, does
// not have. Such a frame is the user's operation it stands for, in the
// func around it.
func InGeneratedLit(src, orig string, decl bool, line, col int) bool {
	fset, f, lits := litsHolding(src, decl, line, col)
	if len(lits) == 0 || orig == "" {
		return false
	}
	_, generated := userLit(fset, f, orig, decl, lits[len(lits)-1])
	return generated
}

// commonPackages are the names of the standard packages cells use most:
// pkg.F(…) calls a func that is never nil.
var commonPackages = map[string]bool{
	"fmt": true, "strings": true, "strconv": true, "math": true, "os": true, "sort": true,
	"slices": true, "maps": true, "errors": true, "time": true, "sync": true, "bytes": true,
	"unicode": true, "bufio": true, "io": true, "log": true, "rand": true, "json": true,
	"regexp": true, "filepath": true, "utf8": true, "atomic": true, "context": true,
	"reflect": true, "cmp": true, "iter": true, "big": true, "bits": true, "template": true,
}

// boundToValue reports whether the last declaration or assignment of
// x's name before x in root (see lastBinding) gives it an address or a
// composite value: &T{…}, new(T), T{…}.
func boundToValue(root ast.Node, x *ast.Ident) bool {
	_, e := lastBinding(root, x)
	switch e := unparen(e).(type) {
	case *ast.UnaryExpr:
		return e.Op == token.AND
	case *ast.CompositeLit:
		return true
	case *ast.CallExpr:
		id, ok := unparen(e.Fun).(*ast.Ident)
		return ok && id.Name == "new"
	}
	return false
}

// lastBinding returns the last declaration, assignment or range clause
// of x's name before x in root, outside func literals (in the text; a
// loop may run them in another order, but straight code, where a lesson
// dereferences nil, runs them so), and the expression it binds the name
// to: nil for none (a declaration with no value, a range's, one of
// several results).
func lastBinding(root ast.Node, x *ast.Ident) (at ast.Node, e ast.Expr) {
	bind := func(n ast.Node, v ast.Expr) {
		if n.Pos() < x.Pos() && (at == nil || n.Pos() > at.Pos()) {
			at, e = n, v
		}
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if id, ok := unparen(l).(*ast.Ident); ok && id.Name == x.Name {
					var v ast.Expr
					if len(n.Lhs) == len(n.Rhs) {
						v = n.Rhs[i]
					}
					bind(n, v)
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if id.Name == x.Name {
					var v ast.Expr
					if len(n.Values) == len(n.Names) {
						v = n.Values[i]
					}
					bind(n, v)
				}
			}
		case *ast.RangeStmt:
			for _, k := range []ast.Expr{n.Key, n.Value} {
				if id, ok := k.(*ast.Ident); ok && id.Name == x.Name {
					bind(n, nil)
				}
			}
		}
		return true
	})
	return at, e
}

// commCases is the number of cases of s other than default.
func commCases(s *ast.SelectStmt) int {
	n := 0
	for _, cc := range s.Body.List {
		if cc.(*ast.CommClause).Comm != nil {
			n++
		}
	}
	return n
}

// nilThere reports whether the variable x names holds nil where x is
// read: the last declaration or assignment of its name before x in root
// (in the text; a loop may run them in another order, but straight
// code, where a lesson dereferences nil, runs them so) gives it no
// value of a pointer type, or nil; or, when x's method is called
// (called), no value of any type (var o Object; o.Inspect(): a method
// of a struct value would fail inside the method, a frame of its own).
func nilThere(root ast.Node, x *ast.Ident, called bool) bool {
	at, e := lastBinding(root, x)
	if e == nil {
		// With no value: nil when declared of a pointer type, or, its
		// method called, of any type.
		vs, ok := at.(*ast.ValueSpec)
		if !ok || len(vs.Values) > 0 {
			return false
		}
		_, ptr := vs.Type.(*ast.StarExpr)
		return ptr || called
	}
	switch e := unparen(e).(type) {
	case *ast.Ident:
		return e.Name == "nil"
	case *ast.CallExpr: // (*T)(nil)
		if p, ok := e.Fun.(*ast.ParenExpr); ok && len(e.Args) == 1 {
			_, star := p.X.(*ast.StarExpr)
			return star && isNilIdent(e.Args[0])
		}
	}
	return false
}

// callersBack are, for the names of methods that standard funcs and
// methods call back, the names of those that do.
var callersBack = func() map[string][]string {
	printers := []string{"Print", "Printf", "Println", "Sprint", "Sprintf", "Sprintln", "Fprint", "Fprintf", "Fprintln", "Errorf", "Append", "Appendf", "Appendln", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"}
	sorts := []string{"Sort", "Stable", "IsSorted", "Init", "Push", "Pop", "Fix", "Remove"}
	m := map[string][]string{
		"Write":         {"Fprint", "Fprintf", "Fprintln", "Copy", "CopyN", "CopyBuffer", "WriteString", "Encode", "Execute", "ExecuteTemplate", "Flush", "Write", "WriteTo", "Output"},
		"Read":          {"ReadAll", "ReadFull", "ReadAtLeast", "Copy", "CopyN", "CopyBuffer", "Scan", "ReadString", "ReadLine", "ReadBytes", "ReadRune", "Read", "Decode", "ReadFrom", "Fscan", "Fscanf", "Fscanln"},
		"Push":          {"Push", "Init"},
		"Pop":           {"Pop", "Remove"},
		"MarshalJSON":   {"Marshal", "MarshalIndent", "Encode"},
		"MarshalText":   {"Marshal", "MarshalIndent", "Encode"},
		"UnmarshalJSON": {"Unmarshal", "Decode"},
		"UnmarshalText": {"Unmarshal", "Decode"},
	}
	for _, n := range []string{"Len", "Less", "Swap"} {
		m[n] = sorts
	}
	for _, n := range []string{"String", "Error", "Format", "GoString"} {
		m[n] = printers
	}
	return m
}()

// CallbackSite finds the call of src (a func's source, as for
// PanicSite) through which compiled code called callee, the frame
// inside, back: a call handing callee over by name
// (strings.FieldsFunc(s, isSep), sort.Search(n, t.less)), else a call
// of a func or method known to call such a method back (fmt.Fprint(w,
// x) calls w's Write, sort.Sort(h) h's Less, see callersBack), else a
// call of any package's func; of several, the one that ran last when ran tells,
// else the first. 0 when there is none. Func literals are frames of
// their own and are not looked in.
func CallbackSite(src string, decl bool, callee string, ran func(line int, kind string) uint64) (line, col int) {
	fset, f, prefix := parseSite(src, decl)
	if f == nil || callee == "" {
		return 0, 0
	}
	base := calleeBase(callee)
	vars := localNames(f)
	var named, known, pkgCalls []*ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			for _, a := range x.Args {
				switch a := unparen(a).(type) {
				case *ast.Ident:
					if a.Name == base {
						named = append(named, x)
					}
				case *ast.SelectorExpr:
					if a.Sel.Name == base {
						named = append(named, x)
					}
				}
			}
			if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
				if slices.Contains(callersBack[base], sel.Sel.Name) {
					known = append(known, x)
				}
				if id, ok := unparen(sel.X).(*ast.Ident); ok && !vars[id.Name] {
					pkgCalls = append(pkgCalls, x)
				}
			}
		}
		return true
	})
	pick := func(calls []*ast.CallExpr) (int, int) {
		var best uint64
		var at *ast.CallExpr
		for _, c := range calls {
			if off := fset.Position(c.Lparen).Offset - len(prefix); off >= 0 && ran != nil {
				l, _ := lineCol(src, off)
				if t := ran(l, siteKind(c)); t > best {
					best, at = t, c
				}
			}
		}
		if at == nil {
			at = calls[0]
		}
		off := fset.Position(at.Lparen).Offset - len(prefix)
		if off < 0 {
			return 0, 0
		}
		return lineCol(src, off)
	}
	switch {
	case len(named) > 0:
		return pick(named)
	case len(known) > 0:
		return pick(known)
	case len(pkgCalls) > 0:
		return pick(pkgCalls)
	}
	return 0, 0
}

// unnested says whether nodes all lie outside the blocks of f's func (a
// cell's statement as parseSite wraps it): in the statement itself, not
// in a body it holds.
func unnested(f *ast.File, nodes []ast.Node) bool {
	fd, ok := f.Decls[len(f.Decls)-1].(*ast.FuncDecl)
	if !ok || fd.Body == nil {
		return false
	}
	inBlock := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if b, ok := n.(*ast.BlockStmt); ok && b != fd.Body && !inBlock {
			for _, x := range nodes {
				if b.Pos() <= x.Pos() && x.End() <= b.End() {
					inBlock = true
				}
			}
		}
		return !inBlock
	})
	return !inBlock
}
