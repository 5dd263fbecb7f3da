package frontend

import (
	"go/ast"
	"go/types"
	"strings"
)

// A func the program declares, named as a value where the interpreter
// stores it into a slot of its func type (a result returned, an element
// appended), was stored as the interpreter's own node, and the store
// panicked: "reflect.Set: value of type *interp.node is not assignable
// to type func(int) int". Once a func had been returned so, every other
// use of it as a value failed the same way. Converted to the slot's
// type first (to its func type, for a type of the session), it is a
// func value as a variable's is:
//
//	return add               ->  return (func(int, int) int)(add)
//	fs = append(fs, double)  ->  fs = append(fs, (func(int) int)(double))
//	ops = append(ops, inc)   ->  ops = append(ops, (func(int) int)(inc))  // ops []Op

// declaredFuncValue converts e, a value stored into a slot of type
// target, when it names a func of the program (or an instance of a
// generic one) and target is a func type.
func (l *lowerer) declaredFuncValue(e ast.Expr, target types.Type) {
	if target == nil || hasTypeParam(target, 0) || mentionsLocal(target, l.c.pkg) {
		return
	}
	if _, ok := target.Underlying().(*types.Signature); !ok {
		return
	}
	// (Named as a call's func would be: double, Identity[int].)
	fn, _ := l.callee(e)
	if fn == nil || fn.Pkg() != l.c.pkg || fn.Parent() != l.c.pkg.Scope() {
		return
	}
	conv := "(" + l.namer.str(target.Underlying()) + ")("
	if name := l.namer.str(target); isCompiledNamed(target, l.c.pkg) && !strings.HasPrefix(name, "func") {
		// http.HandlerFunc(hello); an instance the interpreter cannot
		// make (iter.Seq[string]) is spelled as its func type, which
		// keeps its parentheses: func(func(string) bool)(letters) is
		// a func type.
		conv = name + "("
	}
	// (A type of the session is converted to by its func type: the
	// interpreter fails to compile (Op)(double).)
	inner := unparen(e)
	if inner != e {
		// (Nor does it run (func(int) int)((double)): the parentheses go.)
		l.ed.replace(l.off(e.Pos()), l.off(inner.Pos()), conv)
		l.ed.replace(l.off(inner.End()), l.off(e.End()), ")")
		return
	}
	l.ed.insertOpening(l.off(e.Pos()), conv)
	l.ed.insertClosing(l.off(e.End()), ")")
}

// appendedFuncs converts the funcs of the program that call, an
// append, appends one by one (see declaredFuncValue).
func (l *lowerer) appendedFuncs(call *ast.CallExpr) {
	id, ok := unparen(call.Fun).(*ast.Ident)
	if !ok || call.Ellipsis.IsValid() || len(call.Args) < 2 {
		return
	}
	if b, ok := l.c.info.Uses[id].(*types.Builtin); !ok || b.Name() != "append" {
		return
	}
	t := l.c.info.Types[call].Type
	if t == nil {
		return
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return
	}
	for _, a := range call.Args[1:] {
		l.declaredFuncValue(a, s.Elem())
	}
}
