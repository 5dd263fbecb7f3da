package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// twinTags tells apart the struct types of d that have a twin (another
// struct type of the session with the same fields, see twinStruct): the
// interpreter gives such types one reflect type, so that a Dog held in an
// interface or an any printed as a Cat, asserted as one and was named
// main.Cat by %T. Struct tags are part of a struct type's identity and
// nothing else (not its layout, its literals, its printing, nor encoding
// that looks for its own keys), so the first field of each twin gets a
// tag naming its type:
//
//	type Dog struct{ Name string }  ->  type Dog struct{ Name string `gt:"Dog"` }
//
// A twin declared later, when the earlier one is already in the session,
// gets its tag then; either way no two of them share a reflect type.
func (l *lowerer) twinTags(d *ast.GenDecl) {
	if d.Tok != token.TYPE {
		return
	}
	for _, spec := range d.Specs {
		ts := spec.(*ast.TypeSpec)
		st, ok := ts.Type.(*ast.StructType)
		if !ok || ts.TypeParams != nil || ts.Assign.IsValid() || st.Fields == nil || len(st.Fields.List) == 0 {
			continue
		}
		tn, ok := l.c.info.Defs[ts.Name].(*types.TypeName)
		if !ok || tn.Parent() != l.c.pkg.Scope() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || !l.twinStruct(named) {
			continue
		}
		f := st.Fields.List[0]
		tag := `gt:"` + ts.Name.Name + `"`
		switch {
		case f.Tag == nil:
			l.ed.insert(l.off(f.Type.End()), " `"+tag+"`")
		case strings.HasPrefix(f.Tag.Value, "`"):
			l.ed.insert(l.off(f.Tag.End())-1, " "+tag)
		default:
			q := strconv.Quote(tag)
			l.ed.insert(l.off(f.Tag.End())-1, " "+q[1:len(q)-1])
		}
	}
}

// twinConvert converts e, a value of a struct type literal put where a
// twin struct type goes (or a twin's value where a literal type goes),
// to the place's type, as Go does for values of identical underlying
// types: with its tag (twinTags) the twin's underlying type is not the
// literal's to the interpreter, which refused the assignment ("cannot
// use type struct {…} as type main.example").
//
//	ex = e  ->  ex = (example)(e)
func (l *lowerer) twinConvert(e ast.Expr, target types.Type) {
	t := l.c.info.Types[e].Type
	if t == nil || target == nil || l.c.info.Types[e].IsNil() {
		return
	}
	if !(l.taggedTwin(target) && structLiteral(t) || structLiteral(target) && l.taggedTwin(t)) || mentionsLocal(target, l.c.pkg) {
		return
	}
	l.ed.insertOuter(l.off(e.Pos()), "("+l.namer.str(target)+")(")
	l.ed.insertClosing(l.off(e.End()), ")")
}

// twinCompare converts the operand of a struct type literal compared
// with a declared struct type to the declared type, as Go compares them
// (the interpreter refused: "mismatched types"), a twin's too (see
// twinConvert).
//
//	p == a  ->  p == (pt)(a)
func (l *lowerer) twinCompare(e *ast.BinaryExpr) {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return
	}
	x, y := l.c.info.Types[e.X].Type, l.c.info.Types[e.Y].Type
	switch {
	case x == nil || y == nil || l.c.info.Types[e.X].IsNil() || l.c.info.Types[e.Y].IsNil():
	case l.declaredStruct(x) && structLiteral(y) && !mentionsLocal(x, l.c.pkg):
		l.ed.insertOuter(l.off(e.Y.Pos()), "("+l.namer.str(x)+")(")
		l.ed.insertClosing(l.off(e.Y.End()), ")")
	case structLiteral(x) && l.declaredStruct(y) && !mentionsLocal(y, l.c.pkg):
		l.ed.insertOuter(l.off(e.X.Pos()), "("+l.namer.str(y)+")(")
		l.ed.insertClosing(l.off(e.X.End()), ")")
	}
}

// declaredStruct reports whether t is a struct type the session
// declares at package level.
func (l *lowerer) declaredStruct(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == l.c.pkg && n.Obj().Parent() == l.c.pkg.Scope() && isStruct(n)
}

// taggedTwin reports whether t is a session struct type that twinTags
// tags.
func (l *lowerer) taggedTwin(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == l.c.pkg && n.Obj().Parent() == l.c.pkg.Scope() && l.twinStruct(n)
}

// structLiteral reports whether t is a struct type literal.
func structLiteral(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Struct)
	return ok
}
