package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A nil pointer dereference says nothing of where it happened, and a
// func reads through pointers on many lines. The dereferences that may
// be the first to meet a nil pointer are sites of kind "deref" (see
// bodySites): where a func has them on two lines or more, marks tell
// the site finder which ran last. A dereference of a local variable
// that a statement dereferenced before it on every path to it, with no
// assignment to the variable between, cannot be the first to fail: it
// is no site, nor is one where a condition (p != nil, or p == nil with
// a return) says the variable is not nil. That keeps marks out of most
// methods (s.items, s.size of a receiver s) and loops (n.left after
// n.val, n.next in for n != nil).

// derefKind is the kind of the sites of dereferences.
const derefKind = "deref"

// derefOf reports whether n reads through a pointer or calls a method
// through an interface, either of which fails on nil; base is the
// variable or expression dereferenced when it is n's operand itself (nil
// for a path through embedded pointers).
func (l *lowerer) derefOf(n ast.Node) (base ast.Expr, ok bool) {
	switch n := n.(type) {
	case *ast.SelectorExpr:
		sel, found := l.c.info.Selections[n]
		if !found {
			return nil, false // pkg.Name
		}
		switch sel.Kind() {
		case types.FieldVal:
			if !sel.Indirect() {
				return nil, false
			}
		case types.MethodVal:
			if types.IsInterface(sel.Recv()) {
				return n.X, true // through a nil interface
			}
			sig, isSig := sel.Obj().Type().(*types.Signature)
			if !isSig || sig.Recv() == nil {
				return nil, false
			}
			if _, ptr := types.Unalias(sig.Recv().Type()).(*types.Pointer); ptr || !sel.Indirect() {
				return nil, false // a nil receiver fails inside, if at all
			}
		default:
			return nil, false
		}
		if len(sel.Index()) > 1 {
			return nil, true // through an embedded pointer, maybe
		}
		return n.X, true
	case *ast.StarExpr:
		if tv, found := l.c.info.Types[n]; found && tv.IsValue() {
			return n.X, true
		}
	case *ast.IndexExpr:
		// An element of an array through a pointer (p[i] of a *[3]int).
		if t := l.c.info.Types[n.X].Type; t != nil {
			if p, ok := t.Underlying().(*types.Pointer); ok {
				if _, ok := p.Elem().Underlying().(*types.Array); ok {
					return n.X, true
				}
			}
		}
	}
	return nil, false
}

// stableVar returns the local variable e is when only statements of
// its own func assign it (see unstableVars), else nil.
func (l *lowerer) stableVar(e ast.Expr) types.Object {
	id, ok := unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := l.c.info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	if l.unstable == nil {
		l.unstable = l.unstableVars()
	}
	if l.unstable[v] {
		return nil
	}
	return v
}

// unstableVars returns the variables of the cell whose address is taken
// or that a func literal assigns: code elsewhere may change them.
func (l *lowerer) unstableVars() map[types.Object]bool {
	out := map[types.Object]bool{}
	var walk func(n ast.Node, inLit bool)
	walk = func(n ast.Node, inLit bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				if !inLit {
					walk(n.Body, true)
					return false
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					markVar(l.c.info, out, n.X)
				}
			}
			if inLit {
				for v := range assignedIn(l.c.info, n) {
					out[v] = true
				}
			}
			return true
		})
	}
	for _, d := range l.c.decls {
		if l.c.inCell(d.Pos()) {
			walk(d, false)
		}
	}
	if l.c.body != nil {
		walk(l.c.body, false)
	}
	return out
}

// markVar adds the variable e names, if it names one, to set.
func markVar(info *types.Info, set map[types.Object]bool, e ast.Expr) {
	if id, ok := unparen(e).(*ast.Ident); ok {
		if obj, ok := info.Uses[id].(*types.Var); ok {
			set[obj] = true
		}
	}
}

// assignedIn returns the variables n assigns after their declaration:
// by =, op=, ++ and --, a := that declares another beside them, a range
// with = (a name := declares is in Defs, not Uses). Only n itself is
// looked at, not the nodes it holds.
func assignedIn(info *types.Info, n ast.Node) map[types.Object]bool {
	out := map[types.Object]bool{}
	switch n := n.(type) {
	case *ast.AssignStmt:
		for _, e := range n.Lhs {
			markVar(info, out, e)
		}
	case *ast.IncDecStmt:
		markVar(info, out, n.X)
	case *ast.RangeStmt:
		if n.Tok == token.ASSIGN {
			markVar(info, out, n.Key)
			markVar(info, out, n.Value)
		}
	}
	return out
}

// assignedUnder returns the variables assigned anywhere in n (see
// assignedIn).
func assignedUnder(info *types.Info, n ast.Node) map[types.Object]bool {
	out := map[types.Object]bool{}
	if n == nil {
		return out
	}
	ast.Inspect(n, func(n ast.Node) bool {
		for v := range assignedIn(info, n) {
			out[v] = true
		}
		return true
	})
	return out
}

// notNilWhen returns the variables (see stableVar) that cond, when it
// is holds, says are not nil (see nilChecked).
func (l *lowerer) notNilWhen(cond ast.Expr, holds bool) []types.Object {
	return nilChecked(cond, holds, func(x ast.Expr) (types.Object, bool) {
		v := l.stableVar(x)
		return v, v != nil
	})
}

// terminates reports whether b ends in a statement after which the
// statements below it do not run: a return, break, continue or goto, a
// call of panic.
func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		c, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := c.Fun.(*ast.Ident)
		return ok && id.Name == "panic"
	}
	return false
}

// hasBranch reports whether list holds a branch statement of kind tok:
// a goto may jump past the statement a dereference was first made in, a
// continue to a loop's post statement.
func hasBranch(list []ast.Stmt, tok token.Token) bool {
	found := false
	for _, s := range list {
		ast.Inspect(s, func(n ast.Node) bool {
			if b, ok := n.(*ast.BranchStmt); ok && b.Tok == tok {
				found = true
			}
			return !found
		})
	}
	return found
}
