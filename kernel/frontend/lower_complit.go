package frontend

import (
	"go/ast"
	"go/types"
)

// elidedPointers writes the &T that a composite literal of a standard
// package's map or slice type elides before an element of pointer type:
//
//	fstest.MapFS{"a": {Data: b}}  ->  fstest.MapFS{"a": &fstest.MapFile{Data: b}}
//
// The interpreter fails to compile the elided form there ("CFG post-order
// panic"); of the cells' own types it takes it.
func (l *lowerer) elidedPointers(e *ast.CompositeLit) {
	if !isCompiledNamed(l.c.info.TypeOf(e), l.c.pkg) {
		return
	}
	for _, elt := range e.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			l.elidedPointer(kv.Key)
			elt = kv.Value
		}
		l.elidedPointer(elt)
	}
}

// elidedPointer writes &T before x when it is a composite literal
// standing for a *T with T elided.
func (l *lowerer) elidedPointer(x ast.Expr) {
	lit, ok := x.(*ast.CompositeLit)
	if !ok || lit.Type != nil {
		return
	}
	if p, ok := types.Unalias(l.c.info.TypeOf(lit)).(*types.Pointer); ok && !mentionsLocal(p.Elem(), l.c.pkg) {
		l.ed.insert(l.off(lit.Pos()), "&"+l.namer.str(p.Elem()))
	}
}
