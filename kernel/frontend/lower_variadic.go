package frontend

import (
	"go/ast"
	"go/types"
)

// The interpreter spreads a slice passed to a variadic parameter of an
// interface type as if `...` were written, when the slice's type is the
// parameter's: with func count(xs ...any), count([]any{1, 2}) is 2 and
// count([]any{}) 0 where Go passes one element, the slice; append(s,
// []any{1, 2}) appends its two elements. The variadic operands of such a
// call of a func the interpreter runs (and of append) go in a slice
// literal of the parameter's element type, spread:
//
//	count([]any{1, 2})   ->  count([]any{[]any{1, 2}}...)
//	append(s, x, ys)     ->  append(s, []any{x, ys}...)
//
// So do the variadic operands of a call of a func value (b.Fn(x, y) of a
// field Fn func(args ...Object)): the interpreter fails on such a call
// of a func that a struct held, unless its operands come spread.
//
// Compiled funcs get their arguments right and are left as written.

// sliceAsOneArg lowers the variadic operands of e as above.
func (l *lowerer) sliceAsOneArg(e *ast.CallExpr) {
	if e.Ellipsis.IsValid() {
		return
	}
	tv, ok := l.c.info.Types[e.Fun]
	if !ok || tv.IsType() {
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || !sig.Variadic() {
		return
	}
	if id, ok := unparen(e.Fun).(*ast.Ident); ok {
		if b, ok := l.c.info.Uses[id].(*types.Builtin); ok && b.Name() != "append" {
			return
		}
	}
	if fn, _ := l.callee(e.Fun); fn != nil && fn.Pkg() != nil && fn.Pkg() != l.c.pkg {
		return // compiled
	}
	first := sig.Params().Len() - 1
	if len(e.Args) <= first {
		return
	}
	if len(e.Args) == 1 {
		if _, tuple := l.c.info.Types[e.Args[0]].Type.(*types.Tuple); tuple {
			return // count(f()) with f's results
		}
	}
	slice, ok := sig.Params().At(first).Type().Underlying().(*types.Slice)
	if !ok {
		return
	}
	// A func value (not a declared func or method): the interpreter's
	// call of one that a struct field held fails to compile with two
	// variadic operands, and cannot convert one of an interface type.
	fn, _ := l.callee(e.Fun)
	need := fn == nil
	if id, ok := unparen(e.Fun).(*ast.Ident); ok {
		if _, builtin := l.c.info.Uses[id].(*types.Builtin); builtin {
			need = false // append
		}
	}
	if !need && !types.IsInterface(slice.Elem()) {
		return
	}
	for _, a := range e.Args[first:] {
		t := l.c.info.Types[a].Type
		if t == nil || types.IsInterface(t) {
			continue
		}
		if s, ok := t.Underlying().(*types.Slice); ok && types.IsInterface(s.Elem()) {
			need = true
		}
	}
	if !need {
		return
	}
	l.ed.insertOpening(l.off(e.Args[first].Pos()), "[]"+l.namer.str(slice.Elem())+"{")
	l.ed.insertClosing(l.off(e.Args[len(e.Args)-1].End()), "}...")
}
