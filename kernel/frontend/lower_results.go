package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A call of several results assigned, declared or returned to places of
// other types.
//
// Go converts each result to its place's type: `_, err = f()` with f's
// second result a *MyErr puts that pointer in the error variable. The
// interpreter sets the place to the result as it is, which panics
// ("reflect.Set: value of type *MyErr is not assignable to type error"),
// and `return f()` in a func of other result types panics the same way.
// The call is made in a func literal whose results are the places'
// types, each result converted as a single value converted there is:
//
//	_, err = f()  ->  _, err = func() ([]byte, error) { __gt_r1, __gt_r2 := f(); return __gt_r1, __gt_r2 }()

// resultsInto lowers call, whose results go to places of the types
// targets (nil for a blank or a new variable: the result's own type),
// as above when a result's type is not its place's.
func (l *lowerer) resultsInto(call ast.Expr, targets []types.Type) {
	ce, ok := unparen(call).(*ast.CallExpr)
	if !ok {
		return
	}
	tuple, ok := l.c.info.Types[ce].Type.(*types.Tuple)
	if !ok || tuple.Len() != len(targets) {
		return
	}
	differ := false
	for i, t := range targets {
		r := tuple.At(i).Type()
		if t == nil {
			targets[i] = r
			t = r
		}
		if mentionsLocal(r, l.c.pkg) || mentionsLocal(t, l.c.pkg) || hasTypeParam(r, 0) || hasTypeParam(t, 0) {
			return
		}
		if !types.Identical(r, t) {
			differ = true
		}
	}
	if differ {
		l.resultsInLiteral(ce, tuple, targets)
	}
}

// resultsInLiteral makes call, of the results tuple, in a func literal
// whose results are of the types targets, each result converted to its
// own.
func (l *lowerer) resultsInLiteral(ce *ast.CallExpr, tuple *types.Tuple, targets []types.Type) {
	names := make([]string, len(targets))
	results := make([]string, len(targets))
	values := make([]string, len(targets))
	for i, t := range targets {
		names[i] = l.name("r")
		results[i] = l.namer.str(t)
		values[i] = l.convertedText(names[i], tuple.At(i).Type(), t)
	}
	l.ed.insertOuter(l.off(ce.Pos()), "func() ("+strings.Join(results, ", ")+") { "+strings.Join(names, ", ")+" := ")
	l.ed.insertClosing(l.off(ce.End()), "; return "+strings.Join(values, ", ")+" }()")
}

// convertedText is the text converting v, a variable of type t, to
// target, as copyInto converts a value put in an interface.
func (l *lowerer) convertedText(v string, t, target types.Type) string {
	if types.Identical(t, target) {
		return v
	}
	iface, ok := target.Underlying().(*types.Interface)
	if !ok {
		return "(" + l.namer.str(target) + ")(" + v + ")"
	}
	if p, iface := l.typedNilPointer(t, target); p != nil {
		return l.typedNilText(p, iface, target) + v + ")"
	}
	if b := l.boxed(t); b != nil {
		open, closing := l.boxText(b, target)
		return open + v + closing
	}
	if !iface.Empty() && isStruct(t) && isCompiledNamed(target, l.c.pkg) && ownNamed(t, l.c.pkg) {
		iname := l.namer.str(target)
		return "(func(v " + l.namer.str(t) + ") " + iname + " { return " + rewrapText("v", iname) + " })(" + v + ")"
	}
	return v
}

// assignTargets are the types of the places s assigns, for resultsInto:
// nil for a blank and for a variable s declares.
func (l *lowerer) assignTargets(s *ast.AssignStmt) []types.Type {
	targets := make([]types.Type, len(s.Lhs))
	for i, e := range s.Lhs {
		if id, ok := unparen(e).(*ast.Ident); ok {
			if id.Name == "_" {
				continue
			}
			if s.Tok == token.DEFINE {
				if obj := l.c.info.Defs[id]; obj != nil {
					continue
				}
				if obj := l.c.info.Uses[id]; obj != nil {
					targets[i] = obj.Type()
				}
				continue
			}
		}
		targets[i] = l.c.info.Types[e].Type
	}
	return targets
}

// The interpreter declares the package-level variables of a call of a
// func-typed struct field with several results as zero values: at a
// cell's top level `db, err := c.open()` (or `var db, err = c.open()`)
// gave nil and nil. Made in a func literal, the call is one of a
// literal's results:
//
//	db, err := c.open()  ->  db, err := func() (*DB, error) { __gt_r1, __gt_r2 := c.open(); return __gt_r1, __gt_r2 }()

// globalFieldCalls lowers the values of d, a declaration of
// package-level variables, as globalFieldCall does.
func (l *lowerer) globalFieldCalls(d *ast.GenDecl) {
	if d.Tok != token.VAR {
		return
	}
	for _, sp := range d.Specs {
		if vs := sp.(*ast.ValueSpec); len(vs.Names) > 1 && len(vs.Values) == 1 {
			l.globalFieldCall(vs.Values[0])
		}
	}
}

// globalFieldCall lowers e, the one value declaring several
// package-level variables, when it calls a struct field.
func (l *lowerer) globalFieldCall(e ast.Expr) {
	call, ok := unparen(e).(*ast.CallExpr)
	if !ok {
		return
	}
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	if s := l.c.info.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
		return
	}
	tuple, ok := l.c.info.Types[call].Type.(*types.Tuple)
	if !ok || tuple.Len() < 2 {
		return
	}
	targets := make([]types.Type, tuple.Len())
	for i := range targets {
		targets[i] = tuple.At(i).Type()
		if mentionsLocal(targets[i], l.c.pkg) || hasTypeParam(targets[i], 0) {
			return
		}
	}
	l.resultsInLiteral(call, tuple, targets)
}
