package frontend

import (
	"go/ast"
	"go/token"
)

// The interpreter stores a received value by replacing the slot it
// receives into with the value itself, which cannot be assigned to; and
// when a receive is the whole right-hand side of an assignment or
// declaration, that slot is the variable's. So after `v := <-ch` any
// store to v panicked ("reflect.Value.Set using unaddressable value"),
// `return <-ch` panicked, and `*p = <-ch` or `s.f = <-ch` stored nothing
// (the slot was a temporary), silently. A receive in parentheses is
// received into a temporary of its own and then copied, as any other
// operand:
//
//	v := <-ch          ->  v := (<-ch)
//	return <-ch        ->  return (<-ch)
//	x, _ = <-ch        ->  x = (<-ch)
//
// The comma-ok forms (`v, ok := <-ch`) store through the variables and
// are left as written, as are receives in select cases and receives
// whose value is dropped. A comma-ok assignment whose ok is blank
// (`x, _ = <-ch`) stored the bool into x; it is a plain receive.

// recvValue parenthesises receive e, unless it is one of the forms
// above that are left as written.
func (l *lowerer) recvValue(e *ast.UnaryExpr) {
	if e.Op != token.ARROW || l.recvKept()[e] {
		return
	}
	// Innermost: inside what the operand's parent wrapped it in already
	// (a printed operand's __gt.As(<-ch, "T:main.Level")).
	l.ed.insert(l.off(e.Pos()), "(")
	l.ed.insertOuter(l.off(e.End()), ")")
}

// recvKept returns the receives of the cell that are left as written:
// comma-ok forms, select cases and expression statements.
func (l *lowerer) recvKept() map[*ast.UnaryExpr]bool {
	if l.kept != nil {
		return l.kept
	}
	l.kept = map[*ast.UnaryExpr]bool{}
	keep := func(e ast.Expr) {
		if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			l.kept[u] = true
		}
	}
	visit := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ExprStmt:
			keep(n.X)
		case *ast.CommClause:
			switch c := n.Comm.(type) {
			case *ast.ExprStmt:
				keep(c.X)
			case *ast.AssignStmt:
				keep(c.Rhs[0])
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 && !l.blankOk(n) {
				keep(n.Rhs[0])
			}
		case *ast.ValueSpec:
			if len(n.Names) == 2 && len(n.Values) == 1 {
				keep(n.Values[0])
			}
		}
		return true
	}
	l.inspectCell(visit)
	return l.kept
}

// blankOk reports whether a is a comma-ok receive assigned to an
// existing variable and the blank identifier (x, _ = <-ch), which
// blankRecv lowers into a plain receive.
func (l *lowerer) blankOk(a *ast.AssignStmt) bool {
	if a.Tok != token.ASSIGN || len(a.Lhs) != 2 || len(a.Rhs) != 1 {
		return false
	}
	id, ok := a.Lhs[1].(*ast.Ident)
	u, recv := ast.Unparen(a.Rhs[0]).(*ast.UnaryExpr)
	return ok && id.Name == "_" && recv && u.Op == token.ARROW
}

// blankRecv lowers x, _ = <-ch into x = <-ch (recvValue adds the
// parentheses).
func (l *lowerer) blankRecv(a *ast.AssignStmt) {
	if l.blankOk(a) {
		l.ed.replace(l.off(a.Lhs[0].End()), l.off(a.Lhs[1].End()), "")
	}
}
