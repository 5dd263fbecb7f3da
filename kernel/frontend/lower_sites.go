package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Site is a place in a cell where lowered code records that it ran: the
// interpreter names only the func a panic went through, and a func that
// may fail the same way on several lines (calls divide on two lines, has
// two closes, two calls of panic) needs to know which ran last.
type Site struct {
	ID   int    // the site's slot in the engine's table, below SiteSlots
	Line int    // the cell's line
	Kind string // the kind of operation (see siteKind), "deferred", "deferred exit", "log" (logSite), "range recovered" (rangeFunc) or SelfCallKind
	// Text is the source of a deferred func literal (Kind "deferred")
	// whose panics are caught to be raised again (see deferChain), or
	// "}" for the line a func's deferred call of a nil func value fails
	// on (see exitSite; "deferred exit": in the func itself, not in a
	// literal), or, for a SelfCallKind site, its func's name and the
	// names of the funcs its call may start ("term expr factor term").
	Text string
}

// SiteSlots is the size of the engine's table of sites: a session's
// sites take its slots in turn, a slot going to a new site when all
// have been given.
const SiteSlots = 1 << 16

// siteMarks marks, in each func the cell declares or writes as a literal,
// the statements holding operations that can fail in the same way on
// more than one line. A mark sets the site's slot to the next tick:
//
//	fmt.Println(divide(1, 0))  ->  __gt.Mark(7); fmt.Println(divide(1, 0))
//
// (A call of the engine's func costs the interpreter less than the two
// statements that did the same.)
//
// The cell's own top-level statements run as pieces the engine names
// apart: only the statements nested in them are marked.
func (l *lowerer) siteMarks(next func() int) []Site {
	type body struct {
		list []ast.Stmt
		top  bool // the cell's top-level statement: not marked itself
	}
	var bodies []body
	var roots []ast.Node
	for _, d := range l.c.decls {
		if !l.c.inCell(d.Pos()) {
			continue
		}
		roots = append(roots, d)
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			bodies = append(bodies, body{list: fd.Body.List})
		}
	}
	if l.c.body != nil {
		for _, s := range l.c.body.List {
			roots = append(roots, s)
			bodies = append(bodies, body{list: []ast.Stmt{s}, top: true})
		}
	}
	for _, r := range roots {
		ast.Inspect(r, func(n ast.Node) bool {
			if fl, ok := n.(*ast.FuncLit); ok {
				bodies = append(bodies, body{list: fl.Body.List})
			}
			return true
		})
	}
	var sites []Site
	for _, b := range bodies {
		for _, m := range l.bodySites(b.list, b.top) {
			var text strings.Builder
			var ids []string
			for _, st := range m.sites {
				id := next()
				sites = append(sites, Site{ID: id, Line: st.Line, Kind: st.Kind})
				text.WriteString(hook + ".Mark(" + strconv.Itoa(id) + "); ")
				ids = append(ids, strconv.Itoa(id))
			}
			if m.cond != nil {
				// A loop's condition, run before each iteration:
				//
				//	for n.L != nil {  ->  for __gt.Ran(7) && (n.L != nil) {
				var ran strings.Builder
				for _, id := range ids {
					ran.WriteString(hook + ".Ran(" + id + ") && ")
				}
				l.ed.insertLead(l.off(m.cond.Pos()), ran.String()+"(")
				l.ed.insertTrail(l.off(m.cond.End()), ")")
				continue
			}
			l.ed.insertLead(l.off(m.stmt.Pos()), text.String())
		}
	}
	return sites
}

// stmtMark is a statement to mark, with its sites (the Site's line and
// kind), or a loop's condition (cond, the stmt a stand-in for it).
type stmtMark struct {
	stmt  ast.Stmt
	cond  ast.Expr
	sites []Site
}

// bodySites finds the statements of a func body (not of the literals it
// holds) to mark: those holding a site of a kind that has sites on two
// lines or more of the body. A kind is left to the engine's first guess
// when one of its sites runs apart from the statement a mark could go
// before (a deferred call, a case, an else if): its marks would
// mislead. A loop's condition is marked in place (see siteMarks).
func (l *lowerer) bodySites(list []ast.Stmt, top bool) []stmtMark {
	type site struct {
		anchor ast.Stmt // the statement of a list the site runs in; nil: none
		line   int
		fails  bool // the operation can fail (the others only look alike)
	}
	byKind := map[string][]site{}
	// valueCalls are the kinds of calls of func values (h(x), hs[k](x),
	// s.f(x)): a nil one fails as any other, so all are told apart once
	// there are two.
	valueCalls := map[string]bool{}
	var order []ast.Stmt
	conds := map[ast.Stmt]ast.Expr{} // stand-ins for loops' conditions
	var stmt func(s, anchor ast.Stmt)
	// sure are the variables a statement that ran before, on every path
	// to here, dereferenced (see lower_derefsites.go).
	sure := map[types.Object]bool{}
	dominate := !hasBranch(list, token.GOTO)
	// within says whether v may be reasoned about: at the cell's top
	// level, only variables the statement declares itself (a loop's) are
	// the body's alone.
	within := func(v types.Object) bool {
		return v != nil && (!top || len(list) == 1 && list[0].Pos() <= v.Pos() && v.Pos() < list[0].End())
	}
	derefs := func(n ast.Node, anchor ast.Stmt) {
		var walk func(n ast.Node, cond bool)
		walk = func(n ast.Node, cond bool) {
			ast.Inspect(n, func(m ast.Node) bool {
				switch m := m.(type) {
				case *ast.FuncLit:
					return false
				case *ast.BinaryExpr:
					if m.Op == token.LAND || m.Op == token.LOR {
						walk(m.X, cond)
						walk(m.Y, true)
						return false
					}
				}
				base, ok := l.derefOf(m)
				if !ok {
					return true
				}
				var v types.Object
				if dominate && base != nil {
					if v = l.stableVar(base); !within(v) {
						v = nil
					}
				}
				if v != nil && sure[v] {
					return true
				}
				byKind[derefKind] = append(byKind[derefKind], site{anchor, l.line(m.Pos()), true})
				if v != nil && anchor != nil && !cond {
					sure[v] = true
				}
				return true
			})
		}
		walk(n, false)
	}
	exprs := func(n ast.Node, anchor ast.Stmt) {
		if n == nil {
			return
		}
		derefs(n, anchor)
		commaOk := map[ast.Expr]bool{}
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.AssignStmt:
				if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
					commaOk[unparen(n.Rhs[0])] = true
				}
			case *ast.ValueSpec:
				if len(n.Names) == 2 && len(n.Values) == 1 {
					commaOk[unparen(n.Values[0])] = true
				}
			}
			if n != nil {
				// (An index operation records itself, see indexExpr.)
				if kind := siteKind(n); kind != "" && kind != "index" && kind != "shift" {
					line := l.line(n.Pos())
					if c, ok := n.(*ast.CallExpr); ok {
						line = l.line(c.Lparen) // named by its ( line (see the finder's at)
					}
					byKind[kind] = append(byKind[kind], site{anchor, line, l.canFail(n, commaOk)})
					if c, ok := n.(*ast.CallExpr); ok && l.funcValueCall(c) {
						valueCalls[kind] = true
					}
				}
			}
			return true
		})
	}
	// forget drops from sure the variables n assigns anywhere in it.
	forget := func(n ast.Node) {
		for v := range assignedUnder(l.c.info, n) {
			delete(sure, v)
		}
	}
	// notNil adds to sure the variables cond, when it is holds, says
	// are not nil.
	notNil := func(cond ast.Expr, holds bool) {
		if dominate {
			for _, v := range l.notNilWhen(cond, holds) {
				if within(v) {
					sure[v] = true
				}
			}
		}
	}
	// blockWith runs through list knowing that cond is holds (cond nil:
	// knowing nothing more), then, if it is not nil, through after (a
	// loop's post statement) knowing what holds at the end of the list,
	// or, where a continue may jump there, what held at its start.
	blockWith := func(list []ast.Stmt, cond ast.Expr, holds bool, after func()) {
		// (What a nested block dereferences is not sure after it.)
		outer := maps.Clone(sure)
		notNil(cond, holds)
		entry := maps.Clone(sure)
		for _, s := range list {
			order = append(order, s)
			stmt(s, s)
			forget(s)
			if is, ok := s.(*ast.IfStmt); ok && is.Else == nil && terminates(is.Body) {
				notNil(is.Cond, false) // if p == nil { return }
			}
		}
		if after != nil {
			if hasBranch(list, token.CONTINUE) {
				sure = entry
				for _, s := range list {
					forget(s)
				}
			}
			after()
		}
		sure = outer
	}
	block := func(list []ast.Stmt) { blockWith(list, nil, false, nil) }
	var ifStmt func(s *ast.IfStmt, anchor ast.Stmt)
	ifStmt = func(s *ast.IfStmt, anchor ast.Stmt) {
		stmt(s.Init, anchor)
		exprs(s.Cond, anchor)
		blockWith(s.Body.List, s.Cond, true, nil)
		outer := maps.Clone(sure)
		notNil(s.Cond, false)
		switch e := s.Else.(type) {
		case *ast.IfStmt:
			ifStmt(e, nil) // an else if runs apart from the if's statement
		case *ast.BlockStmt:
			block(e.List)
		}
		sure = outer
	}
	stmt = func(s, anchor ast.Stmt) {
		switch s := s.(type) {
		case nil:
		case *ast.BlockStmt:
			block(s.List)
		case *ast.LabeledStmt:
			stmt(s.Stmt, anchor)
		case *ast.DeferStmt:
			exprs(s, nil)
		case *ast.IfStmt:
			ifStmt(s, anchor)
		case *ast.ForStmt:
			stmt(s.Init, anchor)
			forget(s)           // (the body runs again after them)
			var condAt ast.Stmt // (the condition is marked in place)
			if s.Cond != nil {
				condAt = &ast.ExprStmt{X: s.Cond}
				conds[condAt] = s.Cond
				order = append(order, condAt)
			}
			exprs(s.Cond, condAt)
			// (The post statement runs after the body.)
			blockWith(s.Body.List, s.Cond, true, func() { stmt(s.Post, nil) })
		case *ast.RangeStmt:
			exprs(s.X, anchor)
			forget(s)
			block(s.Body.List)
		case *ast.SwitchStmt:
			stmt(s.Init, anchor)
			exprs(s.Tag, anchor)
			for _, cc := range s.Body.List {
				cc := cc.(*ast.CaseClause)
				for _, e := range cc.List {
					exprs(e, nil)
				}
				block(cc.Body)
			}
		case *ast.TypeSwitchStmt:
			stmt(s.Init, anchor)
			stmt(s.Assign, anchor)
			for _, cc := range s.Body.List {
				block(cc.(*ast.CaseClause).Body)
			}
		case *ast.SelectStmt:
			for _, cc := range s.Body.List {
				cc := cc.(*ast.CommClause)
				// A case's send runs when the select is entered: the
				// select's statement records it.
				stmt(cc.Comm, anchor)
				block(cc.Body)
			}
		default:
			exprs(s, anchor)
		}
	}
	if top {
		for _, s := range list {
			stmt(s, nil)
		}
	} else {
		block(list)
	}
	// A kind is marked when the engine could take one of its sites for
	// another: sites on two lines or more, failing or alike.
	marks := map[ast.Stmt][]Site{}
	valueLines := map[int]bool{}
	for kind := range valueCalls {
		for _, st := range byKind[kind] {
			valueLines[st.line] = true
		}
	}
	// A call of a func value may call any func or method (get := t.Get;
	// get(3)): with one in the body, every call is told apart.
	callLines := map[int]bool{}
	if len(valueLines) > 0 {
		for kind, sites := range byKind {
			for _, st := range sites {
				if st.fails && strings.HasPrefix(kind, "call ") {
					callLines[st.line] = true
				}
			}
		}
	}
	for kind, sites := range byKind {
		lines := map[int]bool{}
		switch {
		case strings.HasPrefix(kind, "call ") && len(callLines) > 1:
			lines = maps.Clone(callLines)
		case valueCalls[kind] && len(valueLines) > 1:
			lines = valueLines
		}
		// A statement holding the kind on several lines (a literal's
		// elements calling f on lines of their own) marks them all
		// at once: a failure after it is told from them, one in it
		// is named at the first.
		perAnchor := map[ast.Stmt][]int{}
		clear := true
		for _, st := range sites {
			lines[st.line] = true
			if !st.fails {
				continue
			}
			if st.anchor == nil {
				clear = false
			} else if !slices.Contains(perAnchor[st.anchor], st.line) {
				perAnchor[st.anchor] = append(perAnchor[st.anchor], st.line)
			}
		}
		if len(lines) < 2 || !clear {
			continue
		}
		for a, ls := range perAnchor {
			for _, line := range ls {
				marks[a] = append(marks[a], Site{Line: line, Kind: kind})
			}
		}
	}
	var out []stmtMark
	for _, s := range order {
		if sites, ok := marks[s]; ok {
			sort.Slice(sites, func(i, j int) bool { return sites[i].Kind < sites[j].Kind })
			out = append(out, stmtMark{stmt: s, cond: conds[s], sites: sites})
		}
	}
	return out
}

// funcValueCall reports whether c calls a func value: a variable, a map
// or slice element, a struct field of func type, a literal (not a
// declared func, method or builtin, nor a conversion).
func (l *lowerer) funcValueCall(c *ast.CallExpr) bool {
	switch f := unparen(c.Fun).(type) {
	case *ast.FuncLit:
		return true // (told apart from calls of variables holding literals)
	case *ast.Ident:
		_, ok := l.c.info.Uses[f].(*types.Var)
		return ok
	case *ast.IndexExpr:
		t := l.c.info.Types[f].Type
		if t == nil {
			return false
		}
		_, ok := t.Underlying().(*types.Signature)
		if ok { // (not an instance F[int])
			if _, inst := l.c.info.Instances[identOf(f.X)]; inst {
				return false
			}
		}
		return ok
	case *ast.SelectorExpr:
		sel, ok := l.c.info.Selections[f]
		return ok && sel.Kind() == types.FieldVal
	}
	return false
}

// identOf is the name e is, or the selected name of pkg.Name.
func identOf(e ast.Expr) *ast.Ident {
	switch e := unparen(e).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}

// stdPanics are the standard funcs and methods ("pkg.Type.*": all of a
// type's) that panic on bad arguments, which a lesson may call on
// several lines: the traceback names the line of the call that failed.
var stdPanics = map[string]bool{
	"strings.Repeat": true, "bytes.Repeat": true, "strings.NewReplacer": true,
	"math/rand.Intn": true, "math/rand.Int63n": true, "math/rand.Int31n": true, "math/rand.Perm": true,
	"math/rand.Rand.Intn": true, "math/rand.Rand.Int63n": true, "math/rand.Rand.Int31n": true,
	"math/rand/v2.IntN": true, "math/rand/v2.Int64N": true, "math/rand/v2.Int32N": true, "math/rand/v2.UintN": true,
	"math/rand/v2.Uint64N": true, "math/rand/v2.Uint32N": true, "math/rand/v2.N": true, "math/rand/v2.Perm": true,
	"math/rand/v2.Rand.IntN": true, "math/rand/v2.Rand.Int64N": true, "math/rand/v2.Rand.Int32N": true,
	"slices.Delete": true, "slices.Insert": true, "slices.Replace": true, "slices.Grow": true,
	"slices.Repeat": true, "slices.Chunk": true,
	"slices.Max": true, "slices.Min": true, "slices.MaxFunc": true, "slices.MinFunc": true,
	"sync.WaitGroup.Add": true, "sync.WaitGroup.Done": true,
	"time.NewTicker": true, "time.Ticker.Reset": true,
	"math/big.Int.Div": true, "math/big.Int.Mod": true, "math/big.Int.Quo": true, "math/big.Int.Rem": true,
	"math/big.Int.DivMod": true, "math/big.Int.QuoRem": true, "math/big.Rat.Quo": true, "math/big.Rat.SetFrac": true,
	"bytes.Buffer.Truncate": true, "bytes.Buffer.Grow": true, "strings.Builder.*": true, // (a copied Builder panics)
	"reflect.Value.*":         true,
	"sync/atomic.Value.Store": true, "sync/atomic.Value.Swap": true, "sync/atomic.Value.CompareAndSwap": true,
	"math/bits.Div": true, "math/bits.Div32": true, "math/bits.Div64": true,
	"math/bits.Rem": true, "math/bits.Rem32": true, "math/bits.Rem64": true,
}

// callsBack reports whether call hands the program's code to compiled
// code that may call it: a func literal or func value of the program, or
// a value of a type the program declares given as an interface
// (heap.Push(h, x) calls h's methods).
func (l *lowerer) callsBack(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		t := l.c.info.Types[a].Type
		if t == nil {
			continue
		}
		if _, ok := unparen(a).(*ast.FuncLit); ok {
			return true
		}
		if _, ok := t.Underlying().(*types.Signature); ok {
			if id, ok := unparen(a).(*ast.Ident); ok && l.c.info.Uses[id] != nil && l.c.info.Uses[id].Pkg() == l.c.pkg {
				return true
			}
		}
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() == l.c.pkg && types.NewMethodSet(types.NewPointer(n)).Len() > 0 {
			return true
		}
	}
	return false
}

// canFail reports whether n, an operation of a kind (siteKind), can
// fail: a call of a func of the program, of panic, close or make, of a
// standard Must func or one that panics on bad arguments; an
// integer division by a variable; a comparison of interfaces; a type
// assertion that panics; a send; a store to a map's entry; a slice
// expression with a bound that may be out of range.
func (l *lowerer) canFail(n ast.Node, commaOk map[ast.Expr]bool) bool {
	switch n := n.(type) {
	case *ast.CallExpr:
		switch f := unparen(n.Fun).(type) {
		case *ast.Ident:
			switch obj := l.c.info.Uses[f].(type) {
			case *types.Builtin:
				return obj.Name() == "panic" || obj.Name() == "close" || obj.Name() == "make"
			case *types.Func, *types.Var:
				return obj.Pkg() == l.c.pkg
			}
		case *ast.SelectorExpr:
			sel, ok := l.c.info.Selections[f]
			if !ok {
				// A standard func that panics on bad input by design
				// (regexp.MustCompile, template.Must, strings.Repeat),
				// or calls back the program's code (heap.Push).
				fn, isFunc := l.c.info.Uses[f.Sel].(*types.Func)
				return isFunc && isStdPkg(fn.Pkg()) && (strings.HasPrefix(fn.Name(), "Must") || stdPanics[fn.Pkg().Path()+"."+fn.Name()] || l.callsBack(n))
			}
			if types.IsInterface(sel.Recv()) && sel.Kind() == types.MethodVal {
				return true // through a nil interface (var ctx context.Context; ctx.Done())
			}
			if l.callsBack(n) {
				return true // ring.Do(func(v any) { … })
			}
			if fn, isFunc := sel.Obj().(*types.Func); isFunc && isStdPkg(fn.Pkg()) {
				recv := fn.Type().(*types.Signature).Recv().Type()
				if p, ok := recv.(*types.Pointer); ok {
					recv = p.Elem()
				}
				if n, ok := types.Unalias(recv).(*types.Named); ok {
					return stdPanics[fn.Pkg().Path()+"."+n.Obj().Name()+"."+fn.Name()] || stdPanics[fn.Pkg().Path()+"."+n.Obj().Name()+".*"]
				}
			}
			return sel.Obj().Pkg() == l.c.pkg
		case *ast.FuncLit:
			return true // what it runs may fail
		case *ast.IndexExpr, *ast.IndexListExpr:
			if fn, _ := l.callee(f); fn != nil {
				return fn.Pkg() == l.c.pkg // an instance of a generic func, F[int]
			}
			ix, ok := f.(*ast.IndexExpr)
			if !ok {
				return false
			}
			// A func taken from a map or slice may be nil.
			t := l.c.info.Types[ix.X].Type
			if t == nil {
				return false
			}
			switch t.Underlying().(type) {
			case *types.Map, *types.Slice, *types.Array, *types.Pointer:
				return true
			}
		}
	case *ast.BinaryExpr:
		if n.Op == token.EQL || n.Op == token.NEQ {
			return types.IsInterface(l.c.info.Types[n.X].Type) || types.IsInterface(l.c.info.Types[n.Y].Type)
		}
		return l.intDivisor(n.Y)
	case *ast.AssignStmt:
		if n.Tok == token.QUO_ASSIGN || n.Tok == token.REM_ASSIGN {
			return l.intDivisor(n.Rhs[0])
		}
		for _, e := range n.Lhs {
			if l.mapIndex(e) {
				return true
			}
		}
	case *ast.IncDecStmt:
		return l.mapIndex(n.X)
	case *ast.TypeAssertExpr:
		return !commaOk[n]
	case *ast.SendStmt:
		return true
	case *ast.SliceExpr:
		// A bound past the length or capacity (a constant one too,
		// but for an array's).
		if n.Low == nil && n.High == nil && n.Max == nil {
			return false
		}
		_, isArray := l.c.info.Types[n.X].Type.Underlying().(*types.Array)
		for _, b := range []ast.Expr{n.Low, n.High, n.Max} {
			if b != nil && (!isArray || l.c.info.Types[b].Value == nil) {
				return true
			}
		}
	}
	return false
}

// siteKind is the kind of operation n is, as far as its text tells:
// "call f", "call []", "panic", "close", "make", "div", "compare",
// "assert T", "send", "store" (to an index), "index", "shift"; "" for
// the others.
func siteKind(n ast.Node) string {
	switch n := n.(type) {
	case *ast.CallExpr:
		switch f := unparen(n.Fun).(type) {
		case *ast.Ident:
			if f.Name == "panic" || f.Name == "close" || f.Name == "make" {
				return f.Name
			}
			return "call " + f.Name
		case *ast.SelectorExpr:
			return "call " + f.Sel.Name
		case *ast.IndexExpr, *ast.IndexListExpr:
			// An instance F[int](…) is a call of F, as F(1) is, and a
			// call through handlers["x"] one of handlers: told apart
			// from the other calls of it.
			var x ast.Expr
			if ix, ok := f.(*ast.IndexExpr); ok {
				x = ix.X
			} else {
				x = f.(*ast.IndexListExpr).X
			}
			switch x := unparen(x).(type) {
			case *ast.Ident:
				return "call " + x.Name
			case *ast.SelectorExpr:
				return "call " + x.Sel.Name
			}
			return "call []"
		case *ast.FuncLit:
			return "call func" // a literal called in place
		}
	case *ast.BinaryExpr:
		switch n.Op {
		case token.QUO, token.REM:
			return "div"
		case token.SHL, token.SHR:
			return "shift"
		case token.EQL, token.NEQ:
			if !isNilIdent(n.X) && !isNilIdent(n.Y) {
				return "compare"
			}
		}
	case *ast.AssignStmt:
		if n.Tok == token.QUO_ASSIGN || n.Tok == token.REM_ASSIGN {
			return "div"
		}
		if n.Tok == token.SHL_ASSIGN || n.Tok == token.SHR_ASSIGN {
			return "shift"
		}
		for _, e := range n.Lhs {
			if _, ok := unparen(e).(*ast.IndexExpr); ok {
				return "store" // m[k] = v: a nil map's entry
			}
		}
	case *ast.IncDecStmt:
		if _, ok := unparen(n.X).(*ast.IndexExpr); ok {
			return "store"
		}
	case *ast.IndexExpr:
		return "index"
	case *ast.TypeAssertExpr:
		if n.Type != nil {
			return "assert " + strings.TrimPrefix(types.ExprString(n.Type), "*")
		}
	case *ast.SendStmt:
		return "send"
	case *ast.SliceExpr:
		return "slice"
	}
	return ""
}

// mapIndex reports whether e indexes a map.
func (l *lowerer) mapIndex(e ast.Expr) bool {
	ix, ok := unparen(e).(*ast.IndexExpr)
	if !ok {
		return false
	}
	t := l.c.info.Types[ix.X].Type
	if t == nil {
		return false
	}
	_, ok = t.Underlying().(*types.Map)
	return ok
}

// intDivisor reports whether e divides integers and is not a constant
// (a constant divisor of zero does not compile).
func (l *lowerer) intDivisor(e ast.Expr) bool {
	tv := l.c.info.Types[e]
	if tv.Value != nil || tv.Type == nil {
		return false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// line is the cell's line of a position.
func (l *lowerer) line(p token.Pos) int {
	line, _ := lineCol(l.c.plan.cell, l.off(p))
	return line
}

// isNilIdent reports whether e is the identifier nil.
func isNilIdent(e ast.Expr) bool {
	id, ok := unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// siteSlot is a Site's number in lowered code.
var siteSlot = regexp.MustCompile(`(__gt\.Mark\(|__gt\.Push\(|__gt\.Pop\(|__gt\.Caught\(\w+, |__gt\.LogAt\(|__gt\.Index\(|__gt\.Ran\(|__gt\.RangeRecovered\(|__gt\.ShiftCount\()\d+([\]),])`)

// SameButSites reports whether lowered codes a and b are the same but
// for the numbers of their sites (a declaration lowered again gets new
// ones).
func SameButSites(a, b string) bool {
	return siteSlot.ReplaceAllString(a, "${1}N$2") == siteSlot.ReplaceAllString(b, "${1}N$2")
}
