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
