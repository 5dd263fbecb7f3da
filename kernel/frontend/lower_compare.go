package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter holds a value of a cell's interface type with the
// place in the code that made it, and compares two such values by that
// place: two equal Rect values in a Shape compare unequal (a == b is
// false, a map keyed by Shape does not find its keys). Comparisons of
// such interfaces compare what they hold instead, as Go does:
//
//	a == b  ->  __gt.IfaceEqual(a, b)

// sessionIface reports whether t is a non-empty interface type the
// session declares.
func (l *lowerer) sessionIface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg {
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	return ok && !iface.Empty()
}

// ifaceCompare lowers == and != with an operand of a session interface
// type (the other not nil).
func (l *lowerer) ifaceCompare(e *ast.BinaryExpr) {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return
	}
	xt, yt := l.c.info.Types[e.X], l.c.info.Types[e.Y]
	if xt.Type == nil || yt.Type == nil || xt.IsNil() || yt.IsNil() {
		return
	}
	if !l.sessionIface(xt.Type) && !l.sessionIface(yt.Type) {
		return
	}
	call := hook + ".IfaceEqual("
	if e.Op == token.NEQ {
		call = "!" + call
	}
	l.ed.insert(l.off(e.X.Pos()), call)
	l.ed.replace(l.off(e.X.End()), l.off(e.Y.Pos()), ", ")
	l.ed.insert(l.off(e.Y.End()), ")")
}

// ifaceMapKeys refuses a map keyed by a session interface in the cell:
// its keys would be compared as the interpreter compares them (above),
// so that lookups miss keys that are there.
func (l *lowerer) ifaceMapKeys(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		mt, ok := n.(*ast.MapType)
		if !ok || l.err != nil {
			return l.err == nil
		}
		if tv, ok := l.c.info.Types[mt.Key]; ok && l.sessionIface(tv.Type) && l.c.inCell(mt.Pos()) {
			name := types.TypeString(tv.Type, func(*types.Package) string { return "" })
			l.refuse(mt.Pos(), "a map keyed by the interface "+name+" cannot work in the notebook: the interpreter does not find a key that is there when it was stored from another place in the code. Key the map by a comparable concrete type (a struct, string or int), or by any")
		}
		return true
	})
}
