package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter converts the address of a composite literal to a
// standard interface with methods wrongly when the conversion is written out and
// its value stored (x := fmt.Stringer(&E{V: 1}) panicked in reflect.Set:
// the pointer was stored as it is, not held in the interface). Such a
// conversion becomes a call of a func whose result is the interface,
// which the interpreter converts as a return statement does:
//
//	x := fmt.Stringer(&E{V: 1})  ->  x := (func(v *E) fmt.Stringer { return v })(&E{V: 1})

// addrToIface lowers e when it converts &T{…} to a standard interface
// type with methods.
func (l *lowerer) addrToIface(e *ast.CallExpr) {
	if len(e.Args) != 1 || e.Ellipsis.IsValid() {
		return
	}
	tv := l.c.info.Types[e.Fun]
	if !tv.IsType() || !types.IsInterface(tv.Type) || !isCompiledNamed(tv.Type, l.c.pkg) {
		return // (the session's interfaces are lowered as they are)
	}
	if it, ok := tv.Type.Underlying().(*types.Interface); !ok || it.Empty() {
		return
	}
	u, ok := ast.Unparen(e.Args[0]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return
	}
	if _, ok := ast.Unparen(u.X).(*ast.CompositeLit); !ok {
		return
	}
	at := l.c.info.Types[e.Args[0]].Type
	if at == nil || mentionsLocal(at, l.c.pkg) || mentionsLocal(tv.Type, l.c.pkg) || hasTypeParam(at, 0) || hasTypeParam(tv.Type, 0) {
		return
	}
	// The conversion's parentheses are the call's.
	l.ed.replace(l.off(e.Fun.Pos()), l.off(e.Fun.End()), "(func(v "+l.namer.str(at)+") "+l.namer.str(tv.Type)+" { return v })")
}
