package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
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
	edits := l.shadowEdits(e, addr)
	if edits == nil {
		return false
	}
	for _, ed := range edits {
		l.ed.replace(ed.start, ed.end, ed.text)
	}
	l.expr(e.X, st)
	return true
}

// shadowEdits are the edits of the cell that lower e (and &e when addr
// is not nil) as above, or nil when e selects no such field.
func (l *lowerer) shadowEdits(e *ast.SelectorExpr, addr *ast.UnaryExpr) []edit {
	sel, ok := l.c.info.Selections[e]
	if !ok || sel.Kind() != types.FieldVal {
		return nil
	}
	ft := sel.Obj().Type()
	if mentionsLocal(ft, l.c.pkg) || !promotesMethod(sel.Recv(), e.Sel.Name) {
		return nil
	}
	tv := l.c.info.Types[e.X]
	_, isPtr := tv.Type.Underlying().(*types.Pointer)
	path := make([]string, len(sel.Index()))
	for i, ix := range sel.Index() {
		path[i] = strconv.Itoa(ix)
	}
	var edits []edit
	open, closing := "(*(*"+l.namer.str(ft)+")("+hook+".FieldAddr(", ")))"
	if addr != nil {
		open, closing = "(*"+l.namer.str(ft)+")("+hook+".FieldAddr(", "))"
		edits = append(edits, edit{start: l.off(addr.OpPos), end: l.off(addr.OpPos) + 1})
	}
	if !isPtr && tv.Addressable() {
		open += "&"
	}
	return append(edits,
		edit{start: l.off(e.Pos()), end: l.off(e.Pos()), text: open},
		edit{start: l.off(e.X.End()), end: l.off(e.End()), text: ", " + strings.Join(path, ", ") + closing})
}

// shadowText is text, the cell's source of n, with the selections of
// such fields in it lowered: the text of an operand that a rewrite
// writes again elsewhere (len(s.Tags) for the index check of s.Tags[i]).
func (l *lowerer) shadowText(n ast.Node, text string) string {
	var edits []edit
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.UnaryExpr:
			if e, ok := ast.Unparen(x.X).(*ast.SelectorExpr); ok && x.Op == token.AND {
				if ed := l.shadowEdits(e, x); ed != nil {
					edits = append(edits, ed...)
					ast.Inspect(e.X, func(y ast.Node) bool {
						if y, ok := y.(*ast.SelectorExpr); ok {
							edits = append(edits, l.shadowEdits(y, nil)...)
						}
						return true
					})
					return false
				}
			}
		case *ast.SelectorExpr:
			edits = append(edits, l.shadowEdits(x, nil)...)
		case *ast.Ident:
			if r, ok := l.readAs[x]; ok {
				edits = append(edits, edit{start: l.off(x.Pos()), end: l.off(x.End()), text: r})
			}
		}
		return true
	})
	if len(edits) == 0 {
		return text
	}
	base := l.off(n.Pos())
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].start != edits[j].start {
			return edits[i].start < edits[j].start
		}
		return edits[i].start == edits[i].end && edits[j].start != edits[j].end
	})
	var b strings.Builder
	pos := base
	for _, ed := range edits {
		if ed.start < pos {
			continue
		}
		b.WriteString(text[pos-base : ed.start-base])
		b.WriteString(ed.text)
		pos = ed.end
	}
	b.WriteString(text[pos-base:])
	return b.String()
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
