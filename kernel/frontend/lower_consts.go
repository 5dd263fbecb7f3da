package frontend

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"strings"
)

// iotaConsts writes each constant of a const group that uses iota, and
// one computed from integers wider than 64 bits (fhuge float64 = 1 <<
// 100) that is not that wide itself, with the value go/types computed
// for it:
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
		if gd.Tok != token.CONST {
			return false
		}
		iota := usesIota(gd)
		for _, sp := range gd.Specs {
			if vs := sp.(*ast.ValueSpec); iota || l.narrowsWide(vs) {
				l.constSpec(vs)
			}
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

// narrowsWide reports whether a spec's values compute with untyped
// integers wider than 64 bits while its constants are not that wide.
func (l *lowerer) narrowsWide(vs *ast.ValueSpec) bool {
	wide := false
	for _, v := range vs.Values {
		wide = wide || l.computesWide(v)
	}
	if !wide {
		return false
	}
	for _, id := range vs.Names {
		if c, ok := l.c.info.Defs[id].(*types.Const); ok && (wideUntypedInt(c.Type(), c.Val()) || !float64Holds(c.Val())) {
			return false
		}
	}
	return true
}

// computesWide reports whether e operates on integers wider than 64
// bits (chuge - 1, 1 << 100), directly or through named constants.
func (l *lowerer) computesWide(e ast.Expr) bool {
	wide := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BinaryExpr, *ast.UnaryExpr, *ast.Ident:
			wide = wide || isWide(l.c.info.Types[x.(ast.Expr)].Value)
		}
		return !wide
	})
	return wide
}

// float64Holds reports whether v, when a float, is within float64's
// range (a wider one is left as written).
func float64Holds(v constant.Value) bool {
	if v.Kind() != constant.Float {
		return true
	}
	f, _ := constant.Float64Val(v)
	return !math.IsInf(f, 0)
}

// isWide reports whether v is an integer constant (or a float one of an
// integer value, as 1 << 100 of a float64 constant is) that no 64-bit
// integer holds.
func isWide(v constant.Value) bool {
	if v == nil || (v.Kind() != constant.Int && v.Kind() != constant.Float) {
		return false
	}
	v = constant.ToInt(v)
	if v.Kind() != constant.Int {
		return false
	}
	if _, exact := constant.Int64Val(v); exact {
		return false
	}
	_, exact := constant.Uint64Val(v)
	return !exact
}

// wideUntypedInt reports whether a constant of type t and value v is an
// untyped integer as wide (which the interpreter keeps exact).
func wideUntypedInt(t types.Type, v constant.Value) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UntypedInt && isWide(v)
}

// bigConstExpr writes a constant expression that computes with untyped
// integers wider than 64 bits (chuge+cm1+1 == chuge, with chuge = 1 <<
// 100) as its value, which go/types knows exactly: the interpreter
// computes constants in 64 bits and refuses them ("constant ... overflows
// int64"). It reports whether it did.
func (l *lowerer) bigConstExpr(e ast.Expr) bool {
	switch e.(type) {
	case *ast.BinaryExpr, *ast.UnaryExpr, *ast.ParenExpr:
	default:
		return false
	}
	tv := l.c.info.Types[e]
	if tv.Value == nil || mentionsLocal(tv.Type, l.c.pkg) {
		return false
	}
	if !l.computesWide(e) || wideUntypedInt(tv.Type, tv.Value) || !float64Holds(tv.Value) {
		return false // (a value as wide itself is left as written)
	}
	l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.constText(tv))
	return true
}

// runeDefaults converts the untyped rune constants of values that
// declare variables of their default type (var g = 'a', r := 'a') to
// rune: the interpreter gives a package's or a cell's such variable
// the type int, so that g<<28 overflowed no more and %T said int.
func (l *lowerer) runeDefaults(values []ast.Expr) {
	for _, v := range values {
		tv, ok := l.c.info.Types[v]
		if !ok || tv.Value == nil {
			continue
		}
		// (The checker records a constant's final type: rune here, for
		// an untyped one too.)
		if b, ok := tv.Type.(*types.Basic); ok && (b.Kind() == types.UntypedRune || b.Kind() == types.Int32) {
			l.ed.insert(l.off(v.Pos()), "rune(")
			l.ed.insertClosing(l.off(v.End()), ")")
		}
	}
}

// intQuotient reports whether the constant expression e divides untyped
// integer constants whose quotient is not what dividing them as the
// floating-point type e has gives: Go divides them as integers first
// (var f float64 = 1 / 2 is 0, 7 / 2 * 2.0 is 6), the interpreter as
// e's type (0.5, 7). Such an expression is written as its value.
func (l *lowerer) intQuotient(e ast.Expr) bool {
	if b, ok := l.c.info.Types[e].Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsFloat == 0 {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		q, ok := n.(*ast.BinaryExpr)
		if !ok || q.Op != token.QUO {
			return !found
		}
		x, y, r := l.c.info.Types[q.X].Value, l.c.info.Types[q.Y].Value, l.c.info.Types[q].Value
		if x == nil || y == nil || r == nil || constant.Sign(y) == 0 {
			return !found
		}
		fx, fy := constant.ToFloat(x), constant.ToFloat(y)
		if fx.Kind() != constant.Float || fy.Kind() != constant.Float {
			return !found
		}
		found = !constant.Compare(constant.BinaryOp(fx, token.QUO, fy), token.EQL, constant.ToFloat(r))
		return !found
	})
	return found
}

// stdFloatConst writes a constant expression of floating-point kind that
// uses a standard package's untyped constant as its value: the
// interpreter refuses math.Pi * 0.5 ("mismatched types untyped float64
// and untyped float"). A constant expression of complex kind is always
// written as its value (the interpreter mixes up the kinds of 2*math.Pi*1i
// and of 1 + 2i held in an interface). It reports whether it did.
func (l *lowerer) stdFloatConst(e *ast.BinaryExpr) bool {
	tv, ok := l.c.info.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	if l.intQuotient(e) {
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.constText(tv))
		return true
	}
	if tv.Value.Kind() != constant.Float && tv.Value.Kind() != constant.Complex {
		return false
	}
	if tv.Value.Kind() == constant.Complex {
		// 1 + 2i held in an interface: the interpreter converts the
		// integer operand to complex128 and fails at run time.
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.constText(tv))
		return true
	}
	if b, ok := tv.Type.Underlying().(*types.Basic); !ok || b.Kind() == types.UntypedComplex || b.Info()&types.IsComplex != 0 {
		return false
	}
	std := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if c, ok := l.c.info.Uses[sel.Sel].(*types.Const); ok && c.Pkg() != nil && c.Pkg() != l.c.pkg {
				if b, ok := c.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
					std = true
				}
			}
		}
		return !std
	})
	if !std {
		return false
	}
	l.ed.replace(l.off(e.Pos()), l.off(e.End()), l.constText(tv))
	return true
}
