package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Fallthrough around a default clause that is not the last.
//
// The interpreter moves a switch's default clause to the end: a
// fallthrough into it, or out of it, goes to the clause that follows in
// its order, not in the order written. Where a switch has both, its
// default becomes a case of its own, taken when no other is:
//
//	switch n {                  switch __gt_sw1 := n; {
//	case 0: …; fallthrough      case __gt_sw1 == 0: …; fallthrough
//	default: …; fallthrough ->  case !(__gt_sw1 == 0 || __gt_sw1 == 1): …; fallthrough
//	case 1: …                   case __gt_sw1 == 1: …
//
// The other cases are evaluated again for it, so every case must be a
// constant (a switch with a tag of a basic type) or repeatable (a
// switch without a tag).

// middleDefault lowers s as above when it needs it, and reports whether
// it made s a switch without a tag.
func (l *lowerer) middleDefault(s *ast.SwitchStmt) bool {
	var def *ast.CaseClause
	falls := false
	for i, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil && i < len(s.Body.List)-1 {
			def = cc
		}
		if n := len(cc.Body); n > 0 {
			if b, ok := cc.Body[n-1].(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
				falls = true
			}
		}
	}
	if def == nil || !falls {
		return false
	}
	var exprs []ast.Expr
	for _, c := range s.Body.List {
		exprs = append(exprs, c.(*ast.CaseClause).List...)
	}
	if s.Tag != nil {
		tt := l.c.info.Types[s.Tag].Type
		if _, basic := tt.Underlying().(*types.Basic); !basic {
			return false
		}
		for _, e := range exprs {
			if _, bin := e.(*ast.BinaryExpr); bin || l.c.info.Types[e].Value == nil {
				return false // (see tagToConds)
			}
		}
		tag := l.tagToConds(s, true)
		var conds []string
		for _, e := range exprs {
			conds = append(conds, tag+" == "+l.text(e))
		}
		l.defaultAsCase(def, conds)
		return true
	}
	var conds []string
	for _, e := range exprs {
		if !l.repeatable(e) {
			return false
		}
		conds = append(conds, "("+l.text(e)+")")
	}
	l.defaultAsCase(def, conds)
	return false
}

// defaultAsCase writes the default clause def as a case taken when none
// of conds holds.
func (l *lowerer) defaultAsCase(def *ast.CaseClause, conds []string) {
	cond := "true"
	if len(conds) > 0 {
		cond = "!(" + strings.Join(conds, " || ") + ")"
	}
	l.ed.replace(l.off(def.Case), l.off(def.Colon), "case "+cond)
}

// repeatable reports whether evaluating e twice gives what once does:
// it reads variables, and calls only builtins without effects (len) and
// conversions.
func (l *lowerer) repeatable(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.CompositeLit:
			ok = false
		case *ast.UnaryExpr:
			ok = ok && n.Op != token.ARROW
		case *ast.CallExpr:
			if l.c.info.Types[n.Fun].IsType() {
				return ok
			}
			id, isIdent := ast.Unparen(n.Fun).(*ast.Ident)
			b, isBuiltin := l.c.info.Uses[id].(*types.Builtin)
			ok = ok && isIdent && isBuiltin && strings.Contains(" len cap min max real imag complex ", " "+b.Name()+" ")
		}
		return ok
	})
	return ok
}
