package frontend

import (
	"go/ast"
	"go/types"
)

// A struct literal's type, or a struct type a func declares, has the
// methods of the fields it embeds, but the interpreter gives it none: a
// pointer to struct{ sync.Mutex; n int } stored in a sync.Locker was
// refused ("cannot use type … as type sync.Locker"). When every method
// of the standard interface comes from one embedded field of a standard
// type, the interface holds that field (its address, for a pointer),
// whose methods are the ones the struct's would call:
//
//	var l sync.Locker = &c  ->  var l sync.Locker = (func(v *struct{ sync.Mutex; n int }) sync.Locker { return &v.Mutex })(&c)

// embeddedImpl lowers e, of type t, stored in the standard interface
// target, when t has target's methods only through one embedded field.
func (l *lowerer) embeddedImpl(e ast.Expr, t, target types.Type) bool {
	sel, ok := l.embeddedField(t, target)
	if !ok {
		return false
	}
	l.ed.insertOuter(l.off(e.Pos()), "(func(v "+l.namer.str(t)+") "+l.namer.str(target)+" { return "+sel+" })(")
	l.ed.insertClosing(l.off(e.End()), ")")
	return true
}

// embeddedField returns the selector (of v, a value of type t) of the
// embedded field through which alone t has the methods of the standard
// interface target, when t is a struct literal's type or one a func
// declares, or a pointer to one.
func (l *lowerer) embeddedField(t, target types.Type) (string, bool) {
	iface, ok := target.Underlying().(*types.Interface)
	if !ok || iface.Empty() || !isCompiledNamed(target, l.c.pkg) {
		return "", false
	}
	st, ptr := t, false
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		st, ptr = p.Elem(), true
	}
	s, ok := types.Unalias(st).(*types.Struct)
	if n, named := types.Unalias(st).(*types.Named); named {
		if n.Obj().Pkg() != l.c.pkg || n.Obj().Parent() == l.c.pkg.Scope() || n.TypeArgs().Len() > 0 {
			return "", false // (the interpreter gives package-level types their methods)
		}
		s, ok = n.Underlying().(*types.Struct)
	}
	if !ok || !l.namedInPlace(t) || !l.namedInPlace(target) || hasTypeParam(t, 0) {
		return "", false
	}
	ms := types.NewMethodSet(t)
	field := -1
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		sel := ms.Lookup(m.Pkg(), m.Name())
		if sel == nil || len(sel.Index()) < 2 || field >= 0 && sel.Index()[0] != field {
			return "", false
		}
		field = sel.Index()[0]
	}
	if field < 0 {
		return "", false
	}
	f := s.Field(field)
	if ft, isPtr := types.Unalias(f.Type()).(*types.Pointer); isPtr {
		if n, ok := types.Unalias(ft.Elem()).(*types.Named); !ok || !isStdPkg(n.Obj().Pkg()) {
			return "", false
		}
	} else if n, ok := types.Unalias(f.Type()).(*types.Named); !ok || !isStdPkg(n.Obj().Pkg()) {
		return "", false
	}
	sel := "v." + f.Name()
	if _, isPtr := types.Unalias(f.Type()).(*types.Pointer); ptr && !isPtr {
		sel = "&" + sel
	}
	return sel, true
}
