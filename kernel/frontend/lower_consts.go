package frontend

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"strconv"
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

// constCompare writes a comparison of constants as its value, which
// go/types computes exactly as Go does: the interpreter compared them as
// float64 (0.1 == 0.10000000000000001 was true, math.Sqrt2*math.Sqrt2 ==
// 2 too) or refused them (math.Pi == 3.141592653589793: "mismatched
// types untyped float64 and untyped float"). It reports whether it did.
func (l *lowerer) constCompare(e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return false
	}
	tv := l.c.info.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false
	}
	if x := l.c.info.Types[b.X]; x.Value == nil || x.Value.Kind() == constant.Bool || x.Value.Kind() == constant.String {
		return false // (only numbers are computed inexactly)
	}
	l.ed.replace(l.off(e.Pos()), l.off(e.End()), strconv.FormatBool(constant.BoolVal(tv.Value)))
	return true
}

// realAsComplex writes a constant of a complex type that is made of
// real numbers only (case 2: in a switch on a complex128, the -1 of
// 1i*1i == -1, the 2 of z / 2) as (v + 0i): the interpreter converted it
// as an int and failed ("reflect.Value.Convert: value of type int cannot
// be converted to type complex128"). (Written complex(v, 0), a divisor
// stopped the interpreter's check for a division by zero: "complex128
// is not constant.Value".) It reports whether it did.
func (l *lowerer) realAsComplex(e ast.Expr) bool {
	tv := l.c.info.Types[e]
	if tv.Value == nil || tv.Type == nil {
		return false
	}
	if b, ok := tv.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsComplex == 0 {
		return false
	}
	if !l.untypedConst(e) || types.Identical(l.untypedDefault(e), types.Typ[types.Complex128]) {
		return false // (written with an imaginary part, or not of untyped constants)
	}
	l.ed.insertOuter(l.off(e.Pos()), "(")
	l.ed.insert(l.off(e.End()), " + 0i)")
	return true
}

// The interpreter gives an untyped constant its default type (int,
// float64) where Go converts it to the type the place needs, unless the
// place is one it converts for: `case 3:` in a switch on a float64
// compared 3.7 with int(3), `defer area(2)` and `delete(m, 3)` for a
// float64 parameter or key failed, `x, y := 3, "s"` made x, a float64
// declared before, an int, and a uint64 constant no int64 holds (1<<63
// sent, stored, returned) did not compile. There the constant is
// converted to its type:
//
//	switch x { case 3:  ->  switch x { case float64(3):

// untypedConst reports whether e is a constant made of untyped
// constants only (literals, untyped named constants, iota), whatever
// type the checker gave it where it is used.
func (l *lowerer) untypedConst(e ast.Expr) bool {
	if tv := l.c.info.Types[e]; tv.Value == nil || tv.Type == nil {
		return false
	}
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr, *ast.IndexExpr, *ast.StarExpr, *ast.CompositeLit:
			ok = false
		case *ast.SelectorExpr:
			if c, isConst := l.c.info.Uses[n.Sel].(*types.Const); !isConst || !isUntyped(c.Type()) {
				ok = false
			}
			return false // (math.Pi: the package's name is no constant)
		case *ast.Ident:
			if c, isConst := l.c.info.Uses[n].(*types.Const); !isConst || !isUntyped(c.Type()) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// untypedDefault is the type the interpreter gives e, a constant made of
// untyped constants (untypedConst): the default type of its kind.
func (l *lowerer) untypedDefault(e ast.Expr) types.Type {
	t := l.c.info.Types[e].Type
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&(types.IsBoolean|types.IsString) != 0 {
		return types.Default(types.Typ[map[bool]types.BasicKind{true: types.UntypedBool, false: types.UntypedString}[b.Info()&types.IsBoolean != 0]])
	}
	kind := types.UntypedInt
	rank := map[types.BasicKind]int{types.UntypedInt: 0, types.UntypedRune: 1, types.UntypedFloat: 2, types.UntypedComplex: 3}
	widen := func(k types.BasicKind) {
		if rank[k] > rank[kind] {
			kind = k
		}
	}
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			widen(map[token.Token]types.BasicKind{token.INT: types.UntypedInt, token.CHAR: types.UntypedRune,
				token.FLOAT: types.UntypedFloat, token.IMAG: types.UntypedComplex}[n.Kind])
		case *ast.SelectorExpr:
			if c, ok := l.c.info.Uses[n.Sel].(*types.Const); ok {
				widen(c.Type().(*types.Basic).Kind())
			}
			return false
		case *ast.Ident:
			if c, ok := l.c.info.Uses[n].(*types.Const); ok && c.Type().(*types.Basic).Kind() != types.UntypedBool {
				widen(c.Type().(*types.Basic).Kind())
			}
		}
		return true
	})
	return types.Default(types.Typ[kind])
}

// typedConst converts e to the type the checker gave it, when e is a
// constant of untyped constants (untypedConst) whose default type is
// another (see above). It reports whether it did.
func (l *lowerer) typedConst(e ast.Expr) bool {
	if !l.untypedConst(e) || l.convConsts[e] {
		return false
	}
	t := l.c.info.Types[e].Type
	if isUntyped(t) || types.IsInterface(t) || mentionsLocal(t, l.c.pkg) || hasTypeParam(t, 0) {
		return false
	}
	if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsComplex != 0 {
		return false // (a complex one, see realAsComplex)
	}
	if types.Identical(t, l.untypedDefault(e)) {
		return false
	}
	if l.convConsts == nil {
		l.convConsts = map[ast.Expr]bool{}
	}
	l.convConsts[e] = true
	// (Inside the wrappers made later: ifaceTuple's conversion, and
	// the assignments after it.)
	l.ed.insertOuter(l.off(e.Pos()), l.convText(t)+"(")
	l.ed.insert(l.off(e.End()), ")")
	return true
}

// bigUnsigned converts e to its unsigned integer type when e is a
// constant of untyped constants that no int64 holds (see above). It
// reports whether it did.
func (l *lowerer) bigUnsigned(e ast.Expr) bool {
	tv := l.c.info.Types[e]
	if tv.Value == nil || tv.Type == nil {
		return false
	}
	if b, ok := tv.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsUnsigned == 0 {
		return false
	}
	if _, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact {
		return false
	}
	return l.typedConst(e)
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

// floatArrayLens writes an array length given as a floating-point
// constant of integer value (const n = 4.0; [n]int), which the
// interpreter refuses, as the integer it is:
//
//	[n]int  ->  [4]int
func (l *lowerer) floatArrayLens() {
	l.inspectCell(func(n ast.Node) bool {
		at, ok := n.(*ast.ArrayType)
		if !ok || at.Len == nil {
			return true
		}
		if v := l.c.info.Types[at.Len].Value; v != nil && v.Kind() == constant.Float {
			if i := constant.ToInt(v); i.Kind() == constant.Int {
				l.ed.replace(l.off(at.Len.Pos()), l.off(at.Len.End()), i.ExactString())
			}
		}
		return true
	})
}
