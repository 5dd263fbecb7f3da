package frontend

import (
	"go/ast"
	"go/token"
)

// The interpreter does not dereference a pointer assigned to the blank
// identifier (_ = *p): a nil p does not panic. The dereference is made
// in a func's return, where it is:
//
//	_ = *p  ->  _ = (func() int { return *p })()

// blankDeref lowers the dereferences assigned to the blank identifier.
func (l *lowerer) blankDeref(a *ast.AssignStmt) {
	if a.Tok != token.ASSIGN || len(a.Lhs) != len(a.Rhs) {
		return
	}
	for i, r := range a.Rhs {
		st, ok := unparen(r).(*ast.StarExpr)
		if !ok || !isBlank(a.Lhs[i]) {
			continue
		}
		t := l.c.info.Types[st].Type
		if t == nil || !l.c.info.Types[st].IsValue() || mentionsLocal(t, l.c.pkg) || hasTypeParam(t, 0) {
			continue
		}
		l.ed.insertOpening(l.off(r.Pos()), "(func() "+l.namer.str(t)+" { return ")
		l.ed.insertClosing(l.off(r.End()), " })()")
	}
}

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
