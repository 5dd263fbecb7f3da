package frontend

import (
	"go/ast"
	"go/types"
	"strconv"
)

// The interpreter runs a func's deferred calls in one loop: when one of
// them panics, the loop stops there, so the func's remaining deferred
// calls never run and an outer deferred recover never sees the new
// panic. In Go they all run, and recover in a later one returns the
// newest panic:
//
//	defer func() { if r := recover(); r != nil { msg = fmt.Sprint(r) } }()
//	defer func() { if r := recover(); r != nil { panic("again: " + fmt.Sprint(r)) } }()
//	panic("first")   // Go: msg is "again: first"; the func returns normally
//
// In a func with two or more deferred calls, among them a func literal
// or a call of one of the program's funcs or methods, each deferred
// literal (and such call, made from a literal) catches its own panic into a variable of the func
// (pending), a recover in a deferred literal returns a pending panic
// first, and a deferred call registered before all the others raises
// what is still pending once every deferred call has run:
//
//	func f() {                 ->  func f() { var __gt_pend1 any; defer func() { if __gt_pend1 != nil { … panic(…) } }();
//	defer func() { … }()       ->  defer func() { defer func() { if r := recover(); r != nil { __gt_pend1 = __gt.Caught(r, 12) } }(); … }()
//	recover()                  ->  __gt.Recovered(__gt.Pending(&__gt_pend1, recover()))

// deferChain prepares body, a func's body, when its deferred calls need
// the above: it declares the pending variable and the last deferred call,
// and marks the func's deferred literals (pendOf).
func (l *lowerer) deferChain(body *ast.BlockStmt) {
	if body == nil {
		return
	}
	var defers int
	var lits []*ast.FuncLit
	var calls []*ast.DeferStmt
	rethrows := false
	var loops []ast.Node // the loops around the node walked
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			return true
		}
		for len(loops) > 0 && n.Pos() >= loops[len(loops)-1].End() {
			loops = loops[:len(loops)-1]
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its defers are its own
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, n)
		case *ast.DeferStmt:
			defers++
			if len(loops) > 0 {
				defers++ // one statement, several deferred calls
			}
			if lit, ok := unparen(n.Call.Fun).(*ast.FuncLit); ok {
				lits = append(lits, lit)
			} else if l.catchableCall(n.Call) || l.deferredValue(n.Call) || l.isBuiltin(n.Call.Fun, "panic") {
				calls = append(calls, n)
			} else if fd := l.recoveringCall(n.Call); fd != nil {
				if l.recovering == nil {
					l.recovering = map[*ast.DeferStmt]bool{}
				}
				l.recovering[n] = true
				calls = append(calls, n)
				rethrows = rethrows || panics(l.c.info, fd.Body)
			}
		}
		return true
	})
	if defers < 2 || len(lits)+len(calls) == 0 {
		return
	}
	if len(lits)+len(calls) == len(l.recoveringOf(calls)) && !rethrows {
		// Only calls that recover and do not panic again: the
		// interpreter runs them as Go does.
		for _, d := range calls {
			delete(l.recovering, d)
		}
		return
	}
	pend := l.name("pend")
	p := l.name("pp")
	l.ed.insert(l.off(body.Lbrace)+1, " var "+pend+" any; defer func() { if "+pend+" != nil { "+p+" := "+pend+"; "+pend+" = nil; panic("+p+") } }();")
	if l.pendOf == nil {
		l.pendOf = map[*ast.FuncLit]string{}
	}
	for _, lit := range lits {
		l.pendOf[lit] = pend
		l.ed.insert(l.off(lit.Body.Lbrace)+1, " "+l.catchText(pend, l.caughtSite(lit)))
	}
	for _, d := range calls {
		if l.pendCall == nil {
			l.pendCall = map[*ast.DeferStmt]string{}
		}
		l.pendCall[d] = pend
	}
}

// catchText is the catch of a deferred call of a func whose deferred
// calls are chained: it keeps the call's panic in pend.
func (l *lowerer) catchText(pend string, site int) string {
	r := l.name("pr")
	return "defer func() { if " + r + " := recover(); " + r + " != nil { " + pend + " = " + hook + ".Caught(" + r + ", " + strconv.Itoa(site) + ") } }();"
}

// A deferred call of a func of the program that recovers, in a func
// whose deferred calls are chained, is made by a literal that catches
// its panic as the others (when it panics again, the func's remaining
// deferred calls still run); the func it calls is a func value made in
// the deferring func, so its recover still finds the panic there. A
// panic pending when it runs (a later deferred call's) is newer than
// the one the interpreter has: the literal hands it over, and recover
// in a declared func takes a panic handed to its goroutine first:
//
//	defer handle()  ->  { __gt_df1 := handle; defer func(__gt_f func()) { defer func() { __gt.Handoff(nil); … }(); if __gt_pend1 != nil { __gt.Handoff(&__gt_pend1) }; __gt_f() }(__gt_df1) }
//	recover()       ->  __gt.Recovered(__gt.Pending(__gt.Handed(), recover()))   (in a declared func)

// recoveringCall returns the declaration of the func or method (one with
// a twin, see lower_recovering.go) that call, a deferred call, calls
// when that calls recover itself; nil for any other.
func (l *lowerer) recoveringCall(call *ast.CallExpr) *ast.FuncDecl {
	if call.Ellipsis.IsValid() || l.emptyVariadic(call) != nil {
		return nil
	}
	fn, _ := l.callee(call.Fun)
	if fn == nil || fn.Pkg() != l.c.pkg || fn.Type().(*types.Signature).TypeParams().Len() > 0 {
		return nil
	}
	if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
		if name, _ := l.deferredTwin(l.c.info.Selections[sel]); name == "" {
			return nil
		}
	} else if fn.Type().(*types.Signature).Recv() != nil {
		return nil
	}
	if fd := l.declOf(fn); fd != nil && fd.Body != nil && l.callsRecover(fd.Body) {
		return fd
	}
	return nil
}

// declOf returns the cell's declaration of fn, a func or method of the
// program's; nil when the cell does not declare it.
func (l *lowerer) declOf(fn *types.Func) *ast.FuncDecl {
	for _, d := range l.c.ast.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && l.c.info.Defs[fd.Name] == fn {
			return fd
		}
	}
	return nil
}

// recoveringOf returns those of calls that are calls of funcs that
// recover.
func (l *lowerer) recoveringOf(calls []*ast.DeferStmt) []*ast.DeferStmt {
	var out []*ast.DeferStmt
	for _, d := range calls {
		if l.recovering[d] {
			out = append(out, d)
		}
	}
	return out
}

// handoffCatchText is catchText for a deferred call of a func that
// recovers (see recoveringCall), with the hand-over of pend's panic.
func (l *lowerer) handoffCatchText(pend string) string {
	r := l.name("pr")
	return "defer func() { " + hook + ".Handoff(nil); if " + r + " := recover(); " + r + " != nil { " + pend + " = " + hook + ".Caught(" + r + ", -1) } }(); if " + pend + " != nil { " + hook + ".Handoff(&" + pend + ") };"
}

// panics reports whether body calls the builtin panic itself (not in a
// func literal of its own).
func panics(info *types.Info, body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := unparen(n.Fun).(*ast.Ident); ok && id.Name == "panic" {
				if _, ok := info.Uses[id].(*types.Builtin); ok {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// catchableCall reports whether a deferred call of a named func or
// method is caught as a deferred literal is: one of the program's that
// does not call recover itself (recover must stay in the func the defer
// statement calls).
func (l *lowerer) catchableCall(call *ast.CallExpr) bool {
	if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
		if xs := l.c.info.Selections[sel]; xs != nil && xs.Kind() == types.MethodExpr {
			return false // deferred as a literal of its own (see deferStmt)
		}
	}
	fn, _ := l.callee(call.Fun)
	if fn == nil || fn.Pkg() != l.c.pkg {
		return false
	}
	fd := l.declOf(fn)
	if fd == nil || fd.Body == nil {
		return false // not found: left alone
	}
	calls := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := unparen(c.Fun).(*ast.Ident); ok && id.Name == "recover" {
				if _, builtin := l.c.info.Uses[id].(*types.Builtin); builtin {
					calls = true
				}
			}
		}
		return !calls
	})
	return !calls
}

// deferredValue reports whether call calls a func value (a variable, a
// field, a call's result): caught only when it is nil, since the func it
// holds may recover. Go panics when the deferred call runs; the
// interpreter's panic there would stop the func's other deferred calls.
func (l *lowerer) deferredValue(call *ast.CallExpr) bool {
	tv, ok := l.c.info.Types[call.Fun]
	if !ok || !tv.IsValue() {
		return false
	}
	if _, ok := tv.Type.Underlying().(*types.Signature); !ok {
		return false
	}
	fn, _ := l.callee(call.Fun)
	return fn == nil
}

// exitSite returns the Site slot (-1 for none) of the line Go names for
// a deferred call of a nil func value, d: the line of the return that
// runs it, known when the func has at most one return and that is its
// last statement (the closing brace when it has none). The frame is the
// func's own ("deferred exit"), not a literal's.
func (l *lowerer) exitSite(d *ast.DeferStmt) int {
	if l.c.nextSite == nil {
		return -1
	}
	var body *ast.BlockStmt
	lit := false
	ast.Inspect(l.c.ast, func(n ast.Node) bool {
		if n == nil || n.Pos() > d.Pos() || n.End() < d.End() {
			return false
		}
		switch f := n.(type) {
		case *ast.FuncDecl:
			body, lit = f.Body, false
		case *ast.FuncLit:
			body, lit = f.Body, true
		}
		return true
	})
	if body == nil {
		return -1
	}
	var returns []*ast.ReturnStmt
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns = append(returns, n)
		}
		return true
	})
	var at ast.Node
	switch {
	case len(returns) == 0:
		at = body
		if l.off(body.Rbrace) < l.off(body.Lbrace) || l.c.plan.cell[l.off(body.Rbrace)] != '}' {
			return -1
		}
	case len(returns) == 1 && len(body.List) > 0 && body.List[len(body.List)-1] == returns[0]:
		at = returns[0]
	default:
		return -1
	}
	kind := "deferred exit"
	if lit {
		kind = "deferred"
	}
	id := l.c.nextSite()
	line := l.line(at.End() - 1)
	if r, ok := at.(*ast.ReturnStmt); ok {
		line = l.line(r.Pos())
	}
	l.c.sites = append(l.c.sites, Site{ID: id, Line: line, Kind: kind, Text: "}"})
	return id
}

// caughtSite returns the Site slot of a deferred literal whose panic
// its catch takes (-1 when the cell is not marked): the interpreter
// names no frame for a func whose deferred call recovers, and the crash
// names the literal's failing line from the Site's text.
func (l *lowerer) caughtSite(lit *ast.FuncLit) int {
	if l.c.nextSite == nil {
		return -1
	}
	id := l.c.nextSite()
	l.c.sites = append(l.c.sites, Site{ID: id, Line: l.line(lit.Pos()), Kind: "deferred", Text: l.text(lit)})
	return id
}

// recoverText is the lowered recover() of a func whose deferred calls are
// chained (see deferChain): pending is the func's variable, "" for none;
// in a declared func (named), a panic handed over (see recoveringCall).
func recoverText(pending string, named bool) string {
	if pending == "" && named {
		return hook + ".Recovered(" + hook + ".Pending(" + hook + ".Handed(), recover()))"
	}
	if pending == "" {
		return hook + ".Recovered(recover())"
	}
	return hook + ".Recovered(" + hook + ".Pending(&" + pending + ", recover()))"
}

// A panic raised by a deferred call after it recovered another crashes
// with the recovered one named first (Go: "panic: A [recovered]" then
// "panic: B"); the recovered panic is over only when the call that
// recovered it returns. The engine keeps what recover returned, and a
// func that calls recover tells it when it returns normally:
//
//	defer func() { r := recover(); log(r) }()  ->  defer func() { r := __gt.Recovered(recover()); log(r); __gt.RecoverReturned() }()

// recoverExits makes body, a func's, report its normal returns when it
// calls recover itself.
func (l *lowerer) recoverExits(body *ast.BlockStmt) {
	if body == nil {
		return
	}
	calls := false
	var returns []*ast.ReturnStmt
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns and recovers are its own
		case *ast.ReturnStmt:
			returns = append(returns, n)
		case *ast.CallExpr:
			if id, ok := unparen(n.Fun).(*ast.Ident); ok && id.Name == "recover" && len(n.Args) == 0 {
				if _, builtin := l.c.info.Uses[id].(*types.Builtin); builtin {
					calls = true
				}
			}
		}
		return true
	})
	if !calls {
		return
	}
	done := hook + ".RecoverReturned(); "
	for _, r := range returns {
		l.ed.insert(l.off(r.Pos()), done)
	}
	if n := len(body.List); n == 0 || !isReturn(body.List[n-1]) {
		l.ed.insert(l.off(body.Rbrace), "; "+done)
	}
}

// isReturn reports whether s is a return statement.
func isReturn(s ast.Stmt) bool {
	_, ok := s.(*ast.ReturnStmt)
	return ok
}

// callsRecover reports whether body calls the builtin recover itself
// (not in a func literal of its own).
func (l *lowerer) callsRecover(body ast.Node) bool {
	calls := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return n == body
		case *ast.CallExpr:
			if id, ok := unparen(n.Fun).(*ast.Ident); ok && id.Name == "recover" {
				_, calls = l.c.info.Uses[id].(*types.Builtin)
			}
		}
		return !calls
	})
	return calls
}
