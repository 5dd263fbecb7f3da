package frontend

import (
	"go/ast"
	"go/token"
)

// A nil check guards the reads below it: after `if n == nil { continue }`,
// inside `if n != nil { … }` and `for n != nil { … }`, and after `n != nil
// &&`, n.count meets no nil pointer until n is assigned again. The lowering marks no such
// read (see lower_derefsites.go), and the site finder takes them for a
// nil dereference's site only when no other read fits: the one that
// failed is most often an unchecked one (t.Find("zz").count).

// nilGuards holds, for each variable name of a func, the stretches of
// source its nil checks guard, and the places it is assigned.
type nilGuards struct {
	guarded  map[string][][2]token.Pos
	assigned map[string][]token.Pos
}

// findNilGuards reads the nil checks and assignments of root.
func findNilGuards(root ast.Node) *nilGuards {
	g := &nilGuards{guarded: map[string][][2]token.Pos{}, assigned: map[string][]token.Pos{}}
	guard := func(names []string, from, to token.Pos) {
		for _, n := range names {
			g.guarded[n] = append(g.guarded[n], [2]token.Pos{from, to})
		}
	}
	list := func(stmts []ast.Stmt, end token.Pos) {
		for i, s := range stmts {
			is, ok := s.(*ast.IfStmt)
			if !ok || is.Else != nil || !terminates(is.Body) || i == len(stmts)-1 {
				continue
			}
			guard(checkedNotNil(is.Cond, false), is.End(), end)
		}
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			list(n.List, n.End())
		case *ast.CaseClause:
			list(n.Body, n.End())
		case *ast.CommClause:
			list(n.Body, n.End())
		case *ast.IfStmt:
			guard(checkedNotNil(n.Cond, true), n.Body.Pos(), n.Body.End())
			if n.Else != nil {
				guard(checkedNotNil(n.Cond, false), n.Else.Pos(), n.Else.End())
			}
		case *ast.BinaryExpr:
			// p != nil && p.V > 0, p == nil || p.V == 0
			switch n.Op {
			case token.LAND:
				guard(checkedNotNil(n.X, true), n.Y.Pos(), n.Y.End())
			case token.LOR:
				guard(checkedNotNil(n.X, false), n.Y.Pos(), n.Y.End())
			}
		case *ast.ForStmt:
			if n.Cond != nil {
				guard(checkedNotNil(n.Cond, true), n.Body.Pos(), n.Body.End())
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := unparen(l).(*ast.Ident); ok {
					// (Once its right side is read: n = n.Next.)
					g.assigned[id.Name] = append(g.assigned[id.Name], n.End())
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				g.assigned[id.Name] = append(g.assigned[id.Name], n.End())
			}
		case *ast.UnaryExpr:
			if id, ok := unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				// (Its address may let anything set it.)
				g.assigned[id.Name] = append(g.assigned[id.Name], token.NoPos)
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok {
					g.assigned[id.Name] = append(g.assigned[id.Name], n.Pos())
				}
			}
		}
		return true
	})
	return g
}

// checkedNotNil returns the names of the variables that cond, when it
// is holds, says are not nil (see nilChecked).
func checkedNotNil(cond ast.Expr, holds bool) []string {
	return nilChecked(cond, holds, func(x ast.Expr) (string, bool) {
		id, ok := unparen(x).(*ast.Ident)
		if !ok {
			return "", false
		}
		return id.Name, true
	})
}

// nilChecked returns the operands, as resolve names them (when it
// does), that cond, when it is holds, says are not nil: p != nil && q !=
// nil holds, p == nil || q == nil does not.
func nilChecked[T any](cond ast.Expr, holds bool, resolve func(ast.Expr) (T, bool)) []T {
	switch c := cond.(type) {
	case *ast.ParenExpr:
		return nilChecked(c.X, holds, resolve)
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			return nilChecked(c.X, !holds, resolve)
		}
	case *ast.BinaryExpr:
		switch {
		case c.Op == token.LAND && holds, c.Op == token.LOR && !holds:
			return append(nilChecked(c.X, holds, resolve), nilChecked(c.Y, holds, resolve)...)
		case c.Op == token.NEQ && holds, c.Op == token.EQL && !holds:
			x := c.X
			if isNilIdent(x) {
				x = c.Y
			} else if !isNilIdent(c.Y) {
				return nil
			}
			if v, ok := resolve(x); ok {
				return []T{v}
			}
		}
	}
	return nil
}

// guards reports whether a nil check of x guards a read of it at pos:
// pos is in a stretch a check guards, and x is not assigned between the
// check and pos (nor has its address taken anywhere).
func (g *nilGuards) guards(x *ast.Ident, pos token.Pos) bool {
	for _, a := range g.assigned[x.Name] {
		if a == token.NoPos {
			return false
		}
	}
	for _, r := range g.guarded[x.Name] {
		if pos < r[0] || pos >= r[1] {
			continue
		}
		reassigned := false
		for _, a := range g.assigned[x.Name] {
			reassigned = reassigned || r[0] <= a && a < pos
		}
		if !reassigned {
			return true
		}
	}
	return false
}

// guardedRead reports whether n, a candidate site of a nil dereference,
// reads through a variable a nil check guards there (n.count, *p).
func (g *nilGuards) guardedRead(n ast.Node) bool {
	var x *ast.Ident
	switch n := n.(type) {
	case *ast.SelectorExpr:
		x, _ = unparen(n.X).(*ast.Ident)
	case *ast.StarExpr:
		x, _ = unparen(n.X).(*ast.Ident)
	}
	return x != nil && g.guards(x, n.Pos())
}
