package frontend

import (
	"go/ast"
	"go/types"
	"strings"
)

// A call that passes nothing to a variadic parameter passes nil in Go
// (func(xs ...int) sees xs == nil). The interpreter passes an empty
// slice instead, except in a call of a package-level func written as
// such: the calls of func values, func literals and methods it runs
// get a nil slice of the parameter's type, spread:
//
//	h()       ->  h([]int(nil)...)
//	t.M(1)    ->  t.M(1, []string(nil)...)
//
// The interpreter cannot defer a call that spreads a slice either (the
// slice reaches the func as one element of the variadic parameter):
// deferStmt and deferLiteral defer instead a call of a literal whose
// parameter is the slice itself (see sliceParam).

// emptyVariadic returns the type of the variadic parameter of the func
// e calls when e passes nothing to it (nil when e is no such call: a
// builtin or a conversion, a spread, a call with variadic operands, or
// one whose operands are the results of a call).
func (l *lowerer) emptyVariadic(e *ast.CallExpr) *types.Slice {
	if e.Ellipsis.IsValid() {
		return nil
	}
	tv, ok := l.c.info.Types[e.Fun]
	if !ok || !tv.IsValue() {
		return nil
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || !sig.Variadic() || len(e.Args) != sig.Params().Len()-1 {
		return nil
	}
	if len(e.Args) == 1 {
		if _, tuple := l.c.info.Types[e.Args[0]].Type.(*types.Tuple); tuple {
			return nil
		}
	}
	s, _ := sig.Params().At(sig.Params().Len() - 1).Type().Underlying().(*types.Slice)
	return s
}

// nilVariadic lowers a call of a func the interpreter runs that passes
// nothing to its variadic parameter, as above. A deferred call is
// deferStmt's.
func (l *lowerer) nilVariadic(e *ast.CallExpr) {
	if l.deferCalls[e] {
		return
	}
	s := l.emptyVariadic(e)
	if s == nil {
		return
	}
	if fn, _ := l.callee(e.Fun); fn != nil {
		if fn.Pkg() != l.c.pkg {
			return // compiled
		}
		if sig := fn.Type().(*types.Signature); sig.Recv() == nil && fn.Parent() == fn.Pkg().Scope() {
			return // a package-level func: nil already
		}
	}
	l.appendArg(e, l.namer.str(s)+"(nil)...")
}

// appendArg adds text as the last operand of e (after a trailing comma
// when there is one), after what was inserted there so far.
func (l *lowerer) appendArg(e *ast.CallExpr, text string) {
	if len(e.Args) > 0 {
		between := l.c.plan.cell[l.off(e.Args[len(e.Args)-1].End()):l.off(e.Rparen)]
		if !strings.Contains(between, ",") {
			text = ", " + text
		}
	}
	l.ed.insert(l.off(e.Rparen), text)
}

// sliceParam makes the variadic parameter of params (forwardParams's,
// of a variadic func) a slice parameter, for a deferred call of the
// literal they are the parameters of: spread, the operands go to it as
// they are; with none for the variadic parameter, nil does (args are
// the literal's operands, nil added).
func sliceParam(params, args []string, empty bool) ([]string, []string) {
	last := len(params) - 1
	params = append([]string(nil), params...)
	params[last] = strings.Replace(params[last], " ...", " []", 1)
	if empty {
		args = append(append([]string(nil), args...), "nil")
	}
	return params, args
}

// spreadNil gives a spread untyped nil its slice type: the interpreter
// cannot compile `append(s, nil...)` or `f(xs, nil...)`, which pass
// nothing to the variadic parameter:
//
//	append(s, nil...)  ->  append(s, []int(nil)...)
func (l *lowerer) spreadNil(e *ast.CallExpr) {
	if !e.Ellipsis.IsValid() || len(e.Args) == 0 {
		return
	}
	last := e.Args[len(e.Args)-1]
	if tv, ok := l.c.info.Types[last]; !ok || !tv.IsNil() {
		return
	}
	var s types.Type
	if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && l.c.info.Uses[id] == types.Universe.Lookup("append") {
		s = l.c.info.Types[e].Type
	} else if tv, ok := l.c.info.Types[e.Fun]; ok && tv.IsValue() {
		if sig, ok := tv.Type.Underlying().(*types.Signature); ok && sig.Variadic() {
			s = sig.Params().At(sig.Params().Len() - 1).Type()
		}
	}
	if s == nil {
		return
	}
	l.ed.replace(l.off(last.Pos()), l.off(last.End()), l.namer.str(s)+"(nil)")
}
