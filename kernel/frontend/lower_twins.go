package frontend

import (
	"fmt"
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
		l.tagFirstField(st, `gt:"`+ts.Name.Name+`"`)
	}
}

// tagFirstField adds tag to the tags of st's first field.
func (l *lowerer) tagFirstField(st *ast.StructType, tag string) {
	f := st.Fields.List[0]
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

// localTags tells apart the struct types d declares in a func from any
// other struct type of the same fields, declared in another func or at
// the package level: the interpreter gives them all one reflect type, so
// that two funcs' point types held in interfaces were equal, and a type
// switch took one for the other. The first field gets a tag naming the
// func, the type and where it is declared (see twinTags).
//
//	type point struct{ X int }  ->  type point struct{ X int `gt:"area.point@112"` }
func (l *lowerer) localTags(d *ast.GenDecl) {
	if d.Tok != token.TYPE || l.hoists(d) || l.inGeneric(d.Pos()) {
		return
	}
	fn := "func"
	if fd := l.enclosingFunc(d.Pos()); fd != nil {
		fn = fd.Name.Name
	}
	for _, spec := range d.Specs {
		ts := spec.(*ast.TypeSpec)
		st, ok := ts.Type.(*ast.StructType)
		if !ok || ts.TypeParams != nil || ts.Assign.IsValid() || st.Fields == nil || len(st.Fields.List) == 0 {
			continue
		}
		l.tagFirstField(st, fmt.Sprintf(`gt:"%s.%s@%d"`, fn, ts.Name.Name, l.off(ts.Pos())))
	}
}

// definedTypes lowers the types of d defined from another named type
// (type Joker Card, type Deck Hand, type Stream Ch, type Day
// time.Weekday): the interpreter builds such a type as the one it is
// defined from, so that a Joker held in an interface was a Card to type
// switches, assertions and ==, a Deck printed without its elements'
// methods, a Day had Weekday's methods, and literals, calls and make of
// one defined from a declared map, func or channel type failed (and a
// func's type defined from a struct type, as UnmarshalJSON methods
// declare one without the methods: CFG post-order panic). The type is
// declared with the underlying type written out instead, which is the
// same type to Go; a struct's first field gets a tag naming the type, as
// a twin's does (see twinTags). Types defined from an interface, or at
// the package level from a compiled struct (whose reflect type the
// views know them by, see twinStruct), stay as written.
//
//	type Joker Card  ->  type Joker struct{ N int `gt:"Joker"` }
//	type Deck Hand   ->  type Deck []Suit
func (l *lowerer) definedTypes(d *ast.GenDecl) {
	if d.Tok != token.TYPE {
		return
	}
	for _, spec := range d.Specs {
		ts := spec.(*ast.TypeSpec)
		if ts.TypeParams != nil || ts.Assign.IsValid() {
			continue
		}
		switch ast.Unparen(ts.Type).(type) {
		case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
		default:
			continue
		}
		from, ok := types.Unalias(l.c.info.Types[ts.Type].Type).(*types.Named)
		tn, isType := l.c.info.Defs[ts.Name].(*types.TypeName)
		if !ok || !isType || from.Obj().Pkg() == nil || hasTypeParam(from, 0) || !l.namedInPlace(from.Underlying()) {
			continue
		}
		var text string
		switch u := from.Underlying().(type) {
		case *types.Interface:
			continue
		case *types.Struct:
			switch {
			case from.Obj().Pkg() == l.c.pkg && u.NumFields() > 0:
				text = l.taggedStruct(u, tn.Name())
			case tn.Parent() != l.c.pkg.Scope():
				text = l.namer.str(u)
			default:
				continue
			}
		default:
			text = l.namer.str(u)
		}
		l.replaceTypeExpr(ts.Type, text)
	}
}

// taggedStruct spells st with a tag naming the type name on its first
// field (see twinTags).
func (l *lowerer) taggedStruct(st *types.Struct, name string) string {
	var b strings.Builder
	b.WriteString("struct{ ")
	for i := 0; i < st.NumFields(); i++ {
		if i > 0 {
			b.WriteString("; ")
		}
		f := st.Field(i)
		if !f.Embedded() {
			b.WriteString(f.Name() + " ")
		}
		b.WriteString(l.namer.str(f.Type()))
		tag := st.Tag(i)
		if i == 0 {
			tag = strings.TrimSpace(tag + ` gt:"` + name + `"`)
		}
		if tag != "" {
			b.WriteString(" " + strconv.Quote(tag))
		}
	}
	b.WriteString(" }")
	return b.String()
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
