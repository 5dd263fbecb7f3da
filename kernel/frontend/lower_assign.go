package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// tupleAssign lowers an assignment of several operands whose left side
// indexes or dereferences through a variable the same statement
// assigns. Go evaluates the operands of those index expressions and
// indirections first, then assigns from left to right; the interpreter
// evaluates each when it assigns, after the variables before it have
// changed. The operands are evaluated into temporaries first:
//
//	k, m[k] = "b", 1  ->  { __gt_ix1 := k; k, m[__gt_ix1] = "b", 1 }
//
// Only statements of a block are lowered (a for loop's post statement
// stays as it is).
func (l *lowerer) tupleAssign(s *ast.AssignStmt) {
	if s.Tok != token.ASSIGN || len(s.Lhs) < 2 {
		return
	}
	assigned := map[types.Object]bool{}
	for _, e := range s.Lhs {
		if id, ok := unparen(e).(*ast.Ident); ok {
			if obj := l.c.info.Uses[id]; obj != nil {
				assigned[obj] = true
			}
		}
	}
	if len(assigned) == 0 {
		return
	}
	mentions := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.Ident:
				if assigned[l.c.info.Uses[n]] {
					found = true
				}
			}
			return !found
		})
		return found
	}
	var names, texts []string
	hoist := func(e ast.Expr) {
		n := l.name("ix")
		texts = append(texts, l.ed.take(l.c.plan.cell, l.off(e.Pos()), l.off(e.End())))
		names = append(names, n)
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), n)
	}
	for _, e := range s.Lhs {
		switch x := unparen(e).(type) {
		case *ast.IndexExpr:
			// An array is assigned in place: only its index is an operand.
			if _, isArray := l.c.info.Types[x.X].Type.Underlying().(*types.Array); !isArray && mentions(x.X) {
				hoist(x.X)
			}
			if mentions(x.Index) {
				if tv := l.c.info.Types[x.Index]; tv.Value == nil {
					hoist(x.Index)
				}
			}
		case *ast.StarExpr:
			if mentions(x.X) {
				hoist(x.X)
			}
		case *ast.SelectorExpr:
			if sel := l.c.info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal && sel.Indirect() && mentions(x.X) {
				hoist(x.X)
			}
		}
	}
	if len(names) == 0 {
		return
	}
	l.ed.insert(l.off(s.Pos()), "{ "+strings.Join(names, ", ")+" := "+strings.Join(texts, ", ")+"; ")
	l.ed.insert(l.off(s.End()), " }")
}

// builtinValues converts the builtin calls among the values of a return
// or an assignment of several operands to their own type: the
// interpreter stores such a value (len(xs), append(…)) in the first
// operand's place otherwise (return 1.5, len(xs) panics with "reflect:
// call of reflect.Value.SetInt on float64 Value"; b, m = 2.5, cap(xs)
// leaves b zero).
//
//	return x, len(xs)  ->  return x, (int)(len(xs))
func (l *lowerer) builtinValues(values []ast.Expr) {
	for _, e := range values {
		call, ok := unparen(e).(*ast.CallExpr)
		if !ok {
			continue
		}
		id, ok := unparen(call.Fun).(*ast.Ident)
		if !ok {
			continue
		}
		if _, ok := l.c.info.Uses[id].(*types.Builtin); !ok {
			continue
		}
		tv := l.c.info.Types[e]
		if tv.Type == nil || tv.Value != nil || isUntyped(tv.Type) || mentionsLocal(tv.Type, l.c.pkg) {
			continue
		}
		l.ed.insert(l.off(e.Pos()), "("+l.namer.str(tv.Type)+")(")
		l.ed.insert(l.off(e.End()), ")")
	}
}
