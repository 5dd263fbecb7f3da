package frontend

import (
	"go/ast"
	"go/token"
)

// The interpreter computes a comparison or a negation assigned to the
// blank identifier (_ = a < b, _ = !ok) into a frame slot that is not
// the blank's: it panics with "reflect: call of reflect.Value.SetBool on
// int Value". In parentheses the operation is computed on its own and
// its value then assigned, as for any other operand:
//
//	_ = a == b  ->  _ = (a == b)

// blankBool puts the operand of an assignment of one comparison or
// negation to the blank identifier in parentheses.
func (l *lowerer) blankBool(a *ast.AssignStmt) {
	if a.Tok != token.ASSIGN || len(a.Lhs) != 1 || len(a.Rhs) != 1 || !isBlank(a.Lhs[0]) {
		return
	}
	switch e := a.Rhs[0].(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		default:
			return
		}
	case *ast.UnaryExpr:
		if e.Op != token.NOT {
			return
		}
	default:
		return
	}
	l.ed.insertOpening(l.off(a.Rhs[0].Pos()), "(")
	l.ed.insertClosing(l.off(a.Rhs[0].End()), ")")
}
