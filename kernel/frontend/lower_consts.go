package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// iotaConsts writes each constant of a const group that uses iota with
// the value go/types computed for it:
//
//	KB ByteSize = 1 << (10 * iota)  ->  KB ByteSize = ByteSize(1024.0)
//	MB                              ->  MB ByteSize = ByteSize(1.048576e+06)
//
// The interpreter refuses a typed constant computed from iota ("constant
// definition loop") and repeats implicit values of such groups wrongly.
// Each spec keeps its lines.
func (l *lowerer) iotaConsts() {
	visit := func(n ast.Node) bool {
		gd, ok := n.(*ast.GenDecl)
		if !ok {
			return true
		}
		if gd.Tok != token.CONST || !usesIota(gd) {
			return false
		}
		for _, sp := range gd.Specs {
			l.constSpec(sp.(*ast.ValueSpec))
		}
		return false
	}
	for _, d := range l.c.decls {
		ast.Inspect(d, visit)
	}
	if l.c.body != nil {
		ast.Inspect(l.c.body, visit)
	}
}

// usesIota reports whether a const group refers to iota.
func usesIota(gd *ast.GenDecl) bool {
	found := false
	ast.Inspect(gd, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
			found = true
		}
		return !found
	})
	return found
}

// constSpec rewrites one spec with its constants' values; a spec with a
// name that has no constant (a blank one go/types does not record) stays.
func (l *lowerer) constSpec(vs *ast.ValueSpec) {
	var names, values []string
	var typ types.Type
	for _, id := range vs.Names {
		c, ok := l.c.info.Defs[id].(*types.Const)
		if !ok || c.Val() == nil || mentionsLocal(c.Type(), l.c.pkg) {
			return
		}
		names = append(names, id.Name)
		values = append(values, l.constText(types.TypeAndValue{Type: c.Type(), Value: c.Val()}))
		typ = c.Type()
	}
	if len(names) == 0 {
		return
	}
	text := strings.Join(names, ", ")
	if b, ok := typ.(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
		text += " " + l.namer.str(typ)
	}
	text += " = " + strings.Join(values, ", ")
	orig := l.c.plan.cell[l.off(vs.Pos()):l.off(vs.End())]
	text += strings.Repeat("\n", strings.Count(orig, "\n"))
	l.ed.replace(l.off(vs.Pos()), l.off(vs.End()), text)
}

// untypedShift gives the untyped constant left operand of a shift by a
// non-constant count the type the context gives it, as the spec says
// ("if the left operand of a non-constant shift expression is an untyped
// constant, it is first implicitly converted to the type it would assume
// if the shift expression were replaced by its left operand alone"):
//
//	f & (1 << i)  ->  f & (uint8(1) << i)     (f uint8)
//
// The interpreter gives the constant type int, and the & then panics.
func (l *lowerer) untypedShift(e *ast.BinaryExpr) {
	if e.Op != token.SHL && e.Op != token.SHR {
		return
	}
	x, whole := l.c.info.Types[e.X], l.c.info.Types[e]
	if x.Value == nil || whole.Value != nil {
		return
	}
	if b, ok := x.Type.(*types.Basic); ok && (b.Info()&types.IsUntyped != 0 || b.Kind() == types.Int) {
		return
	}
	l.ed.replace(l.off(e.X.Pos()), l.off(e.X.End()), l.namer.str(x.Type)+"("+x.Value.ExactString()+")")
}
