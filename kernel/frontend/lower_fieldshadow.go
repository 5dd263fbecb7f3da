package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// A field whose name a method promoted from one level deeper also has
// (type S struct{ A; Name string } with func (A) Name() string) is
// the field in Go, the shallower of the two; the interpreter counts
// the method's depth one short and refused s.Name as an "ambiguous
// selector". Such a selection reaches the field by its index path
// instead, through its address (the operand's, or a copy's when it
// is not addressable):
//
//	s.Name  ->  (*(*string)(__gt.FieldAddr(&s, 1)))
//
// so that it is still a variable to assign to, take the address of or
// call a method on.

// shadowingField lowers e as above when it selects such a field, and
// reports whether it did (e.X was then walked).
func (l *lowerer) shadowingField(e *ast.SelectorExpr, st *state) bool {
	return l.shadowingFieldAt(e, nil, st)
}

// shadowingFieldAddr lowers &e, u, when e selects such a field: the
// interpreter cannot take the address of the pointer's target there.
//
//	&s.Name  ->  (*string)(__gt.FieldAddr(&s, 1))
func (l *lowerer) shadowingFieldAddr(u *ast.UnaryExpr, st *state) bool {
	e, ok := ast.Unparen(u.X).(*ast.SelectorExpr)
	return ok && u.Op == token.AND && l.shadowingFieldAt(e, u, st)
}

func (l *lowerer) shadowingFieldAt(e *ast.SelectorExpr, addr *ast.UnaryExpr, st *state) bool {
	sel, ok := l.c.info.Selections[e]
	if !ok || sel.Kind() != types.FieldVal {
		return false
	}
	ft := sel.Obj().Type()
	if mentionsLocal(ft, l.c.pkg) || !promotesMethod(sel.Recv(), e.Sel.Name) {
		return false
	}
	tv := l.c.info.Types[e.X]
	_, isPtr := tv.Type.Underlying().(*types.Pointer)
	path := make([]string, len(sel.Index()))
	for i, ix := range sel.Index() {
		path[i] = strconv.Itoa(ix)
	}
	open, closing := "(*(*"+l.namer.str(ft)+")("+hook+".FieldAddr(", ")))"
	if addr != nil {
		open, closing = "(*"+l.namer.str(ft)+")("+hook+".FieldAddr(", "))"
		l.ed.replace(l.off(addr.OpPos), l.off(addr.OpPos)+1, "")
	}
	if !isPtr && tv.Addressable() {
		open += "&"
	}
	l.ed.insert(l.off(e.Pos()), open)
	l.ed.replace(l.off(e.X.End()), l.off(e.End()), ", "+strings.Join(path, ", ")+closing)
	l.expr(e.X, st)
	return true
}

// promotesMethod reports whether a method named name is promoted to t
// (a struct type or a pointer to one) through one of its embedded
// fields, at any depth: the interpreter finds it by name alone.
func promotesMethod(t types.Type, name string) bool {
	return promotesMethodAt(t, name, 0)
}

func promotesMethodAt(t types.Type, name string, depth int) bool {
	if depth > 8 {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		et := f.Type()
		if p, ok := et.Underlying().(*types.Pointer); ok {
			et = p.Elem()
		}
		ms := types.NewMethodSet(et)
		if !types.IsInterface(et) {
			ms = types.NewMethodSet(types.NewPointer(et))
		}
		for j := 0; j < ms.Len(); j++ {
			if ms.At(j).Obj().Name() == name {
				return true
			}
		}
		if promotesMethodAt(et, name, depth+1) {
			return true
		}
	}
	return false
}
