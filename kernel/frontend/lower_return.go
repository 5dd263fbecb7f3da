package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// Func values returned through temporaries.
//
// The interpreter, checking a return statement, sets the node of each
// returned value's type to the value's expression, and later takes a
// func type whose node has a first operand with operands of its own for
// a generic func's type: the func values of that type become values of
// a placeholder type, which cannot be stored where a func goes. A func
// value returned as a call of anything but a name (a method, a package's
// func, a generic standard func, which the lowering calls through a func
// literal) or as a selector's or an index's result is therefore put in a
// temporary first, the return giving the temporary, whose node has no
// operands:
//
//	return slices.Values(s)       ->  { __gt_ret0 := slices.Values(s); return __gt_ret0 }
//	return maps.All(m), nil       ->  { __gt_ret0 := maps.All(m); return __gt_ret0, nil }
//	return n, slices.Values(s)    ->  { __gt_ret0, __gt_ret1 := n, slices.Values(s); return __gt_ret0, __gt_ret1 }
//
// The values up to the last such one are assigned together, in their
// order; a constant or nil among them is converted to its result's
// type.

// funcResultTemps rewrites s, a return outside range-over-func bodies,
// as above when one of its values needs it. It reports whether it did.
func (l *lowerer) funcResultTemps(s *ast.ReturnStmt, st *state) bool {
	if st.fn == nil || st.fn.sig == nil || st.fn.sig.Results().Len() != len(s.Results) {
		return false
	}
	last := -1
	for i, e := range s.Results {
		if l.funcValueNeedsTemp(e) {
			last = i
		}
	}
	if last < 0 {
		return false
	}
	names := make([]string, last+1)
	for i, e := range s.Results[:last+1] {
		names[i] = fmt.Sprintf("%s_ret%d", hook, i)
		tv := l.c.info.Types[e]
		if tv.Type == nil {
			return false
		}
		if tv.IsNil() || tv.Value != nil || isUntyped(tv.Type) {
			// A define would give a constant its default type, a nil none.
			t := st.fn.sig.Results().At(i).Type()
			if mentionsLocal(t, l.c.pkg) {
				return false
			}
			if !tv.IsNil() {
				l.ed.insertOuter(l.off(e.Pos()), l.namer.str(t)+"(")
				l.ed.insertClosing(l.off(e.End()), ")")
			}
		}
	}
	l.ed.replace(l.off(s.Return), l.off(s.Results[0].Pos()), "{ "+strings.Join(names, ", ")+" := ")
	closing := "; return " + strings.Join(names, ", ")
	if last == len(s.Results)-1 {
		l.ed.insertClosing(l.off(s.End()), closing+" }")
	} else {
		l.ed.insertClosing(l.off(s.Results[last].End()), closing)
		l.ed.insertClosing(l.off(s.End()), " }")
	}
	return true
}

// funcValueNeedsTemp reports whether e, a returned value, is a func
// value of an unnamed func type, or of one the session declares, whose
// expression the interpreter would take for a generic func's (see
// funcResultTemps).
func (l *lowerer) funcValueNeedsTemp(e ast.Expr) bool {
	tv := l.c.info.Types[e]
	if tv.Type == nil || tv.IsNil() {
		return false
	}
	t := types.Unalias(tv.Type)
	if n, ok := t.(*types.Named); ok && (isStdGeneric(n) || n.Obj().Pkg() == l.c.pkg) {
		// iter.Seq[int] is written as its func type; the session's
		// func types (type Handler func(string) string) share one type
		// in the interpreter, whose node the return would set.
		t = n.Underlying()
	}
	if _, ok := t.(*types.Signature); !ok {
		return false
	}
	if _, lit := e.(*ast.FuncLit); lit {
		return false // (in parentheses it is not)
	}
	switch e := unparen(e).(type) {
	case *ast.Ident:
		return false
	case *ast.CallExpr:
		_, name := e.Fun.(*ast.Ident)
		return !name
	}
	return true
}
