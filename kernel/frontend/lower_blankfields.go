package frontend

import (
	"go/ast"
	"strconv"
)

// The interpreter names the reflect fields of a struct type after the
// declared ones, with a prefix that exports them: two blank fields
// (padding, `_ [2]byte`) were one name twice, which reflect refuses
// ("reflect.StructOf: duplicate field X_"). Each blank field after a
// struct's first gets a name of its own; Go reads and compares no blank
// field, and fmt prints the type's declared names.
//
//	struct{ A int; _ int; B string; _ [2]byte }  ->  struct{ A int; _ int; B string; __gt_blank2 [2]byte }

// blankFields renames the second and later blank fields of each struct
// type of the cell.
func (l *lowerer) blankFields() {
	visit := func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok || st.Fields == nil {
			return true
		}
		blanks := 0
		for _, f := range st.Fields.List {
			for _, id := range f.Names {
				if id.Name != "_" {
					continue
				}
				blanks++
				if name := blankFieldName("_", blanks); name != "_" {
					l.ed.replace(l.off(id.Pos()), l.off(id.End()), name)
				}
			}
		}
		return true
	}
	l.inspectCell(visit)
}

// blankFieldName is the name lowered code gives a struct's field named
// name, the n-th blank one when it is blank: the first keeps "_" (also
// where the namer writes the type, so that both are one type).
func blankFieldName(name string, n int) string {
	if name != "_" || n <= 1 {
		return name
	}
	return hook + "_blank" + strconv.Itoa(n)
}
