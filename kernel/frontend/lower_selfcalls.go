package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// SelfCallKind is the Kind of the Site of a statement calling the func it
// is in, or a func of its cycle (see selfCallMarks).
const SelfCallKind = "self call"

// CallSlots is the size of the engine's stack of self calls (see
// selfCallMarks): deeper calls are not recorded.
const CallSlots = 1 << 12

// selfCallMarks marks the statements that call back into the func they
// are in, in each func of the cell that recursion reaches from two lines
// or more: a tree walk's left and right, a quicksort's two halves, a
// parser's expr, term and factor calling each other, an expression
// tree's Eval calling its operands' Eval through an interface. The site
// marks of siteMarks tell only which of the lines ran last, which names
// the innermost call's line for every recursive frame. Here each call's
// statement pushes its site on a stack the engine reads after a panic,
// and pops it when the call returns; a panic leaves on it the line of
// each recursive frame, outermost first:
//
//	l := sum(n.Left)  ->  __gt.Push(7); l := sum(n.Left); __gt.Pop(7)
//
// The funcs that call each other (a cycle of the cell's call graph, a
// call through an interface reaching each method of the cell that may
// stand behind it) are marked all or none, each site naming its func
// and the funcs of the cycle (Site.Text: "term expr factor term"): the
// engine takes a frame calling one of those for a frame that pushed.
//
// A pop also drops what frames a recovered panic unwound left above the
// site. A call in an if statement's condition is popped first thing in
// each branch; a return statement's values are popped before they are
// returned (see poppedReturn). A cycle is left unmarked when one of its
// calls is in any other statement (a loop's condition, a deferred call),
// as its stack would then be wrong, and so is a generic func.
func (l *lowerer) selfCallMarks(next func() int) []Site {
	type node struct {
		fd      *ast.FuncDecl
		obj     *types.Func
		calls   map[int]bool // the funcs of the cell it calls
		anchors []selfCall
		ok      bool
	}
	var fns []*node
	for _, d := range l.c.decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || !l.c.inCell(fd.Pos()) || fd.Type.TypeParams != nil || fd.Recv != nil && hasRecvTypeParams(fd.Recv) {
			continue
		}
		if obj, ok := l.c.info.Defs[fd.Name].(*types.Func); ok {
			fns = append(fns, &node{fd: fd, obj: obj})
		}
	}
	// callees are the funcs of fns a call may run.
	callees := func(c *ast.CallExpr) []int {
		var id *ast.Ident
		switch f := unparen(c.Fun).(type) {
		case *ast.Ident:
			id = f
		case *ast.SelectorExpr:
			id = f.Sel
		}
		if id == nil {
			return nil
		}
		obj, ok := l.c.info.Uses[id].(*types.Func)
		if !ok {
			return nil
		}
		var iface *types.Interface
		if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil {
			iface, _ = sig.Recv().Type().Underlying().(*types.Interface)
		}
		var out []int
		for i, n := range fns {
			switch {
			case n.obj == obj:
				out = append(out, i)
			case iface != nil && n.fd.Recv != nil && n.obj.Name() == obj.Name():
				t := n.obj.Type().(*types.Signature).Recv().Type()
				if types.Implements(t, iface) || !isPointer(t) && types.Implements(types.NewPointer(t), iface) {
					out = append(out, i)
				}
			}
		}
		return out
	}
	for _, n := range fns {
		n.calls = map[int]bool{}
		ast.Inspect(n.fd.Body, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false // another func's calls
			case *ast.CallExpr:
				for _, j := range callees(m) {
					n.calls[j] = true
				}
			}
			return true
		})
	}
	// reach[i] are the funcs a call of fns[i] may run, itself only when
	// it may run again.
	reach := make([]map[int]bool, len(fns))
	for i, n := range fns {
		reach[i] = map[int]bool{}
		stack := slices.Collect(maps.Keys(n.calls))
		for len(stack) > 0 {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if reach[i][j] {
				continue
			}
			reach[i][j] = true
			for k := range fns[j].calls {
				stack = append(stack, k)
			}
		}
	}
	var sites []Site
	done := map[int]bool{}
	for i := range fns {
		if done[i] || !reach[i][i] {
			continue
		}
		// The cycle of fns[i]: the funcs that reach it and that it reaches.
		var cycle []int
		for j := range fns {
			if reach[i][j] && reach[j][i] {
				cycle = append(cycle, j)
				done[j] = true
			}
		}
		inCycle := func(c *ast.CallExpr) bool {
			return slices.ContainsFunc(callees(c), func(j int) bool { return slices.Contains(cycle, j) })
		}
		names := []string{}
		for _, j := range cycle {
			if !slices.Contains(names, fns[j].obj.Name()) {
				names = append(names, fns[j].obj.Name())
			}
		}
		marked, twoLines := true, false
		for _, j := range cycle {
			n := fns[j]
			n.anchors, n.ok = l.selfCallAnchors(n.fd.Body, inCycle)
			lines := map[int]bool{}
			for _, a := range n.anchors {
				lines[a.line] = true
				if rs, ok := a.stmt.(*ast.ReturnStmt); ok && !l.resultsTakeTemps(rs, n.obj) {
					marked = false
				}
			}
			twoLines = twoLines || len(lines) >= 2
			marked = marked && n.ok
		}
		if !marked || !twoLines {
			continue
		}
		for _, j := range cycle {
			text := fns[j].obj.Name() + " " + strings.Join(names, " ")
			for _, a := range fns[j].anchors {
				id := next()
				sites = append(sites, Site{ID: id, Line: a.line, Kind: SelfCallKind, Text: text})
				pop := hook + ".Pop(" + strconv.Itoa(id) + ")"
				if rs, ok := a.stmt.(*ast.ReturnStmt); ok {
					l.poppedReturn(rs, fns[j].obj, id)
					continue
				}
				l.ed.insertLead(l.off(a.stmt.Pos()), hook+".Push("+strconv.Itoa(id)+"); ")
				is, ok := a.stmt.(*ast.IfStmt)
				if !ok {
					l.ed.insertTrail(l.off(a.stmt.End()), "; "+pop)
					continue
				}
				l.ed.insert(l.off(is.Body.Lbrace)+1, " "+pop+";")
				if is.Else == nil {
					l.ed.insertTrail(l.off(is.Body.End()), " else { "+pop+" }")
				} else {
					l.ed.insert(l.off(is.Else.(*ast.BlockStmt).Lbrace)+1, " "+pop+";")
				}
			}
		}
	}
	return sites
}

// selfCall is a statement of a func holding calls that recur (see
// selfCallMarks), on line.
type selfCall struct {
	stmt ast.Stmt
	line int
}

// selfCallAnchors returns the statements of body holding calls that
// recur (see selfCallMarks), each with the line of its calls; ok is
// false when such a call is elsewhere than in an expression statement,
// an assignment, a var declaration, a return or an if statement's init
// or condition (with no else if) of a statement list, or when one
// statement makes such calls on two lines.
func (l *lowerer) selfCallAnchors(body *ast.BlockStmt, recurs func(*ast.CallExpr) bool) ([]selfCall, bool) {
	calls := func(n ast.Node) []int {
		var lines []int
		if n == nil {
			return nil
		}
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false // another func's call
			case *ast.CallExpr:
				if recurs(m) {
					lines = append(lines, l.line(m.Pos()))
				}
			}
			return true
		})
		return lines
	}
	total := len(calls(body))
	var anchors []selfCall
	found := 0
	var list func(stmts []ast.Stmt)
	list = func(stmts []ast.Stmt) {
		for _, s := range stmts {
			var own []int
			switch s := s.(type) {
			case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.ReturnStmt:
				own = calls(s)
			case *ast.IfStmt:
				if _, elseIf := s.Else.(*ast.IfStmt); !elseIf {
					own = append(calls(s.Init), calls(s.Cond)...)
				}
			}
			if len(own) > 0 {
				for _, line := range own[1:] {
					if line != own[0] {
						return // not counted: the func stays unmarked
					}
				}
				anchors = append(anchors, selfCall{s, own[0]})
				found += len(own)
			}
			ast.Inspect(s, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.BlockStmt:
					list(n.List)
					return false
				case *ast.CaseClause:
					list(n.Body)
					return false
				case *ast.CommClause:
					list(n.Body)
					return false
				}
				return true
			})
		}
	}
	list(body.List)
	return anchors, total > 0 && found == total
}

// resultsTakeTemps says whether a return statement of fn can give its
// values through temporaries (see poppedReturn): not when the lowering
// already does so for a func value (see funcResultTemps), nor when a
// value would need a conversion to a type it cannot write.
func (l *lowerer) resultsTakeTemps(rs *ast.ReturnStmt, fn *types.Func) bool {
	results := fn.Type().(*types.Signature).Results()
	if len(rs.Results) != results.Len() {
		return len(rs.Results) == 1 // a call of as many results
	}
	for i, e := range rs.Results {
		tv := l.c.info.Types[e]
		if tv.Type == nil || l.funcValueNeedsTemp(e) {
			return false
		}
		if convertedResult(tv, e, results.At(i).Type()) && mentionsLocal(results.At(i).Type(), l.c.pkg) {
			return false
		}
	}
	return true
}

// poppedReturn lowers a return statement holding a call that recurs
// (see selfCallMarks) of site id: the push comes first, the values go to
// temporaries, the pop follows, and the temporaries are returned. A value
// is converted to its result's type (see convertedResult), as the define
// would give it another:
//
//	return f(n-1) + 1  ->  { __gt.Push(7); __gt_sr0 := f(n-1) + 1; __gt.Pop(7); return __gt_sr0 }
func (l *lowerer) poppedReturn(rs *ast.ReturnStmt, fn *types.Func, id int) {
	results := fn.Type().(*types.Signature).Results()
	names := make([]string, results.Len())
	for i := range names {
		names[i] = fmt.Sprintf("%s_sr%d", hook, i)
	}
	if len(rs.Results) == results.Len() {
		for i, e := range rs.Results {
			if convertedResult(l.c.info.Types[e], e, results.At(i).Type()) {
				l.ed.insertOuter(l.off(e.Pos()), "("+l.namer.str(results.At(i).Type())+")(")
				l.ed.insertClosing(l.off(e.End()), ")")
			}
		}
	}
	list := strings.Join(names, ", ")
	l.ed.insertLead(l.off(rs.Pos()), "{ "+hook+".Push("+strconv.Itoa(id)+"); ")
	l.ed.replace(l.off(rs.Return), l.off(rs.Return)+len("return"), list+" :=")
	l.ed.insertTrail(l.off(rs.End()), "; "+hook+".Pop("+strconv.Itoa(id)+"); return "+list+" }")
}

// convertedResult says whether a returned value e (tv) goes to its
// temporary converted to its result's type t: all but a call giving a
// value of that type, as a constant, nil, or an operation whose
// untyped result the return typed (a comparison returned as a declared
// bool type) would get another type from a define.
func convertedResult(tv types.TypeAndValue, e ast.Expr, t types.Type) bool {
	_, call := unparen(e).(*ast.CallExpr)
	return !call || tv.Type == nil || !types.Identical(tv.Type, t)
}
