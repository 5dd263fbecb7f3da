package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// tupleAssign lowers an assignment of several operands whose left side
// indexes or dereferences through a variable the same statement
// assigns. Go evaluates the operands of those index expressions and
// indirections first, then assigns from left to right; the interpreter
// evaluates each when it assigns, after the variables before it have
// changed. The operands are evaluated into temporaries first:
//
//	k, m[k] = "b", 1  ->  { __gt_ix1 := k; k, m[__gt_ix1] = "b", 1 }
//
// Only statements of a block are lowered (a for loop's post statement
// stays as it is).
func (l *lowerer) tupleAssign(s *ast.AssignStmt) {
	if s.Tok != token.ASSIGN || len(s.Lhs) < 2 {
		return
	}
	assigned := map[types.Object]bool{}
	for _, e := range s.Lhs {
		if id, ok := unparen(e).(*ast.Ident); ok {
			if obj := l.c.info.Uses[id]; obj != nil {
				assigned[obj] = true
			}
		}
	}
	if len(assigned) == 0 {
		return
	}
	mentions := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.Ident:
				if assigned[l.c.info.Uses[n]] {
					found = true
				}
			}
			return !found
		})
		return found
	}
	var names, texts []string
	hoist := func(e ast.Expr) {
		n := l.name("ix")
		texts = append(texts, l.ed.take(l.c.plan.cell, l.off(e.Pos()), l.off(e.End())))
		names = append(names, n)
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), n)
	}
	for _, e := range s.Lhs {
		switch x := unparen(e).(type) {
		case *ast.IndexExpr:
			// An array is assigned in place: only its index is an operand.
			if _, isArray := l.c.info.Types[x.X].Type.Underlying().(*types.Array); !isArray && mentions(x.X) {
				hoist(x.X)
			}
			if mentions(x.Index) {
				if tv := l.c.info.Types[x.Index]; tv.Value == nil {
					hoist(x.Index)
				}
			}
		case *ast.StarExpr:
			if mentions(x.X) {
				hoist(x.X)
			}
		case *ast.SelectorExpr:
			if sel := l.c.info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal && sel.Indirect() && mentions(x.X) {
				hoist(x.X)
			}
		}
	}
	if len(names) == 0 {
		return
	}
	l.ed.insert(l.off(s.Pos()), "{ "+strings.Join(names, ", ")+" := "+strings.Join(texts, ", ")+"; ")
	l.ed.insert(l.off(s.End()), " }")
}

// severalValues lowers the values of a return, an assignment or a var
// spec of several operands, where the interpreter mixes the operands up.
//
// A builtin call's value is converted to its own type: the interpreter
// stores such a value (len(xs), append(…)) in the first operand's place
// otherwise (return 1.5, len(xs) panics with "reflect: call of
// reflect.Value.SetInt on float64 Value"; b, m = 2.5, cap(xs) leaves b
// zero).
//
//	return x, len(xs)  ->  return x, (int)(len(xs))
//
// A composite literal (or its address) is parenthesised: next to one,
// the interpreter leaves the operands stored in interfaces nil
// (var a, b any = p, Point{1, 2} gives a == nil).
//
//	var a, b any = p, Point{1, 2}  ->  var a, b any = p, (Point{1, 2})
//
// A nil takes the type of its variable (targets, the types of the
// variables or results, when given): the interpreter panics "reflect:
// New(nil)" on p, q = &T{}, nil.
//
//	p, q = &T{}, nil  ->  p, q = (&T{}), (*T)(nil)
//
// A call is parenthesised: next to one, the interpreter left the other
// operands unassigned (s, n = fmt.Sprint(i), i kept n; x, y = x+1,
// double(y) never moved x).
//
//	x, y = x+1, double(y)  ->  x, y = x+1, (double(y))
func (l *lowerer) severalValues(values []ast.Expr, targets []types.Type) {
	for i, e := range values {
		if _, call := unparen(e).(*ast.CallExpr); call {
			l.ed.insertOuter(l.off(e.Pos()), "(")
			l.ed.insert(l.off(e.End()), ")")
		}
		if targets != nil && l.c.info.Types[e].IsNil() {
			if t := targets[i]; t != nil && !mentionsLocal(t, l.c.pkg) {
				l.ed.replace(l.off(e.Pos()), l.off(e.End()), "("+l.namer.str(t)+")(nil)")
			}
			continue
		}
		switch x := e.(type) {
		case *ast.CompositeLit:
			l.ed.insertOuter(l.off(e.Pos()), "(")
			l.ed.insert(l.off(e.End()), ")")
			continue
		case *ast.UnaryExpr:
			if _, ok := x.X.(*ast.CompositeLit); ok && x.Op == token.AND {
				l.ed.insertOuter(l.off(e.Pos()), "(")
				l.ed.insert(l.off(e.End()), ")")
			}
			continue
		}
		call, ok := unparen(e).(*ast.CallExpr)
		if !ok {
			continue
		}
		id, ok := unparen(call.Fun).(*ast.Ident)
		if !ok {
			continue
		}
		if _, ok := l.c.info.Uses[id].(*types.Builtin); !ok {
			continue
		}
		tv := l.c.info.Types[e]
		if tv.Type == nil || tv.Value != nil || isUntyped(tv.Type) || mentionsLocal(tv.Type, l.c.pkg) {
			continue
		}
		l.ed.insert(l.off(e.Pos()), "("+l.namer.str(tv.Type)+")(")
		l.ed.insert(l.off(e.End()), ")")
	}
}

// ifaceTuple lowers an assignment of several operands to variables of
// which one at least has an interface type: the interpreter mixes such
// operands up (e, f = p, 2 with e of type any panics "reflect.Set: value
// of type … is not assignable"). The operands are evaluated into
// temporaries, then each variable is assigned alone; a constant operand
// takes its variable's type first:
//
//	e, f = p, 2  ->  { __gt_v1, __gt_v2 := p, (float64)(2); e = __gt_v1; f = __gt_v2 }
//
// Only plain variables are lowered (Go evaluates index operands on the
// left before the operands on the right; the temporaries would reverse
// that), and only statements of a block.
func (l *lowerer) ifaceTuple(s *ast.AssignStmt) {
	if s.Tok != token.ASSIGN || len(s.Lhs) < 2 || len(s.Lhs) != len(s.Rhs) {
		return
	}
	iface := false
	for _, e := range s.Lhs {
		id, ok := unparen(e).(*ast.Ident)
		if !ok || l.ed.edited(l.off(id.Pos()), l.off(id.End())) {
			return
		}
		if id.Name == "_" {
			continue
		}
		t := l.c.info.Types[e].Type
		if t == nil || mentionsLocal(t, l.c.pkg) {
			return
		}
		if types.IsInterface(t) {
			iface = true
		}
	}
	if !iface {
		return
	}
	var temps, assigns []string
	for i, e := range s.Lhs {
		id := unparen(e).(*ast.Ident)
		if id.Name == "_" {
			temps = append(temps, "_")
			continue
		}
		v := l.name("v")
		temps = append(temps, v)
		assigns = append(assigns, id.Name+" = "+v)
		if l.c.info.Types[s.Rhs[i]].Value != nil {
			r := s.Rhs[i]
			l.ed.insertOuter(l.off(r.Pos()), "("+l.namer.str(l.c.info.Types[e].Type)+")(")
			l.ed.insert(l.off(r.End()), ")")
		}
	}
	l.ed.replace(l.off(s.Lhs[0].Pos()), l.off(s.Rhs[0].Pos()), "{ "+strings.Join(temps, ", ")+" := ")
	l.ed.insert(l.off(s.End()), "; "+strings.Join(assigns, "; ")+" }")
}

// ifaceSpecValues converts the values of a var spec of several names and
// an interface type to that type: the interpreter stores values of types
// with methods wrongly otherwise (var a, b any = p, p gives a != b).
//
//	var a, b any = p, q  ->  var a, b any = (any)(p), (any)(q)
func (l *lowerer) ifaceSpecValues(vs *ast.ValueSpec) {
	if vs.Type == nil || len(vs.Values) < 2 || len(vs.Values) != len(vs.Names) {
		return
	}
	t := l.c.info.Types[vs.Type].Type
	if t == nil || !types.IsInterface(t) || mentionsLocal(t, l.c.pkg) {
		return
	}
	for _, v := range vs.Values {
		if vt := l.c.info.Types[v].Type; vt == nil || types.IsInterface(vt) || isUntyped(vt) {
			continue
		}
		l.ed.insertOuter(l.off(v.Pos()), "("+l.namer.str(t)+")(")
		l.ed.insert(l.off(v.End()), ")")
	}
}

// mapTuple lowers an assignment of a call's results, or of a comma-ok
// operand, to several places of which one at least is a map entry: the
// interpreter stores nothing in the entry (m[k], err = strconv.Atoi(s)
// left m without k). The values go into temporaries, then each place is
// assigned in turn; an index that calls is evaluated first, as Go calls
// in the order they are written (and reads variables after):
//
//	m[key()], err = f()  ->  { __gt_ix1 := key(); __gt_v2, __gt_v3 := f(); m[__gt_ix1] = __gt_v2; err = __gt_v3 }
//
// Only statements of a block are lowered.
func (l *lowerer) mapTuple(s *ast.AssignStmt) bool {
	if s.Tok != token.ASSIGN || len(s.Lhs) < 2 || len(s.Rhs) != 1 || l.blankOk(s) {
		return false
	}
	var entries []*ast.IndexExpr
	for _, e := range s.Lhs {
		if ix, ok := unparen(e).(*ast.IndexExpr); ok {
			if _, isMap := l.c.info.Types[ix.X].Type.Underlying().(*types.Map); isMap {
				entries = append(entries, ix)
			}
		}
	}
	if len(entries) == 0 {
		return false
	}
	var pre []string
	for _, ix := range entries {
		if !calls(ix.Index) {
			continue
		}
		n := l.name("ix")
		pre = append(pre, n+" := "+l.ed.take(l.c.plan.cell, l.off(ix.Index.Pos()), l.off(ix.Index.End()))+"; ")
		l.ed.replace(l.off(ix.Index.Pos()), l.off(ix.Index.End()), n)
	}
	values := l.ed.take(l.c.plan.cell, l.off(s.Rhs[0].Pos()), l.off(s.Rhs[0].End()))
	temps := make([]string, len(s.Lhs))
	for i := range temps {
		temps[i] = l.name("v")
	}
	l.ed.insert(l.off(s.Pos()), "{ "+strings.Join(pre, "")+strings.Join(temps, ", ")+" := "+values+"; ")
	last := len(s.Lhs) - 1
	for i := range last {
		l.ed.replace(l.off(s.Lhs[i].End()), l.off(s.Lhs[i+1].Pos()), " = "+temps[i]+"; ")
	}
	l.ed.replace(l.off(s.Lhs[last].End()), l.off(s.End()), " = "+temps[last]+" }")
	l.tupled[s] = true
	return true
}

// calls reports whether e calls a func or receives.
func calls(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			found = true
		case *ast.UnaryExpr:
			found = found || n.Op == token.ARROW
		}
		return !found
	})
	return found
}

// The interpreter takes a compiled package's variable of a basic type
// for a constant when it is assigned (runtime.MemProfileRate = 0:
// "cannot assign to ... (int constant)"), and drops a store to one of
// another type (os.Args = ...), while it stores through the variable's
// address:
//
//	runtime.MemProfileRate = 0  ->  *(&runtime.MemProfileRate) = 0

//
// A declaration copying one (a := os.Args) reads it the same way: the
// interpreter would copy the value it had when the cell was compiled.

// compiledVarStores lowers s's stores to such variables, and its copies
// of them (see above).
func (l *lowerer) compiledVarStores(s *ast.AssignStmt) {
	through := func(e ast.Expr) {
		l.ed.insertOuter(l.off(e.Pos()), "*(&")
		l.ed.insertClosing(l.off(e.End()), ")")
	}
	if s.Tok == token.DEFINE {
		for _, e := range s.Rhs {
			if v := l.compiledVar(e); v != nil && !types.IsInterface(v.Type()) {
				through(e)
			}
		}
		return
	}
	for _, e := range s.Lhs {
		if l.compiledVar(e) != nil {
			through(e)
		}
	}
}

// compiledVar returns the variable of a compiled package that e names
// (pkg.V), or nil.
func (l *lowerer) compiledVar(e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if x, ok := sel.X.(*ast.Ident); !ok {
		return nil
	} else if _, isPkg := l.c.info.Uses[x].(*types.PkgName); !isPkg {
		return nil
	}
	v, ok := l.c.info.Uses[sel.Sel].(*types.Var)
	if !ok || v.Pkg() == l.c.pkg {
		return nil
	}
	return v
}

// parenStructLits puts in parentheses a struct literal assigned to a
// variable (p = P{1, 2}): the interpreter drops the assignment when the
// variable is a named result of the func, and keeps it in parentheses.
func (l *lowerer) parenStructLits(s *ast.AssignStmt) {
	if s.Tok != token.ASSIGN || len(s.Lhs) != 1 || len(s.Rhs) != 1 {
		return // (several at once are written as one each, see tupleAssign)
	}
	for i, r := range s.Rhs {
		if _, ok := s.Lhs[i].(*ast.Ident); !ok {
			continue
		}
		if _, ok := r.(*ast.CompositeLit); !ok {
			continue
		}
		if t := l.c.info.Types[r].Type; t == nil || !isStructType(t) {
			continue
		}
		l.ed.insertOpening(l.off(r.Pos()), "(")
		l.ed.insertClosing(l.off(r.End()), ")")
	}
}

// isStructType reports whether t is a struct type (with fields or not).
func isStructType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// The interpreter's comma-ok map index and type assertion set ok but
// leave the value as it was when the key is missing or the assertion
// fails: in a loop, `c, found := counts[w]` kept the previous word's
// count (counts[w] = c + 1 counted on from it). Go gives the zero value;
// the statement is followed by that assignment:
//
//	c, found := counts[w]  ->  c, found := counts[w]; if !found { c = *new(int) }
//	n, _ = v.(int)         ->  var __gt_ok1 bool; n, __gt_ok1 = v.(int); if !__gt_ok1 { n = *new(int) }

// missKeepsValue reports whether e, the operand of a comma-ok
// assignment, is one whose miss the interpreter leaves the value of as it
// was: a map index, or a type assertion (not lowered to a call, whose
// result is the zero value).
func (l *lowerer) missKeepsValue(e ast.Expr) bool {
	switch x := unparen(e).(type) {
	case *ast.IndexExpr:
		_, isMap := l.c.info.Types[x.X].Type.Underlying().(*types.Map)
		return isMap
	case *ast.TypeAssertExpr:
		return x.Type != nil && !l.asCall[x]
	}
	return false
}

// commaOkZero lowers s, a statement of a block, as above (an operand
// commaOk made a call of a func literal needs nothing).
func (l *lowerer) commaOkZero(s *ast.AssignStmt) {
	if len(s.Lhs) != 2 || len(s.Rhs) != 1 || l.tupled[s] || !l.missKeepsValue(s.Rhs[0]) || l.okWrapped[ast.Unparen(s.Rhs[0])] {
		return
	}
	v, ok := s.Lhs[0].(*ast.Ident)
	if !ok || v.Name == "_" {
		return
	}
	t := l.c.info.TypeOf(v)
	if t == nil || mentionsLocal(t, l.c.pkg) && !l.namedInPlace(t) || hasTypeParam(t, 0) {
		return
	}
	okID, isID := s.Lhs[1].(*ast.Ident)
	if !isID {
		return
	}
	okName := okID.Name
	if okName == "_" {
		okName = l.name("ok")
		if s.Tok == token.ASSIGN {
			l.ed.insert(l.off(s.Pos()), "var "+okName+" bool; ")
		}
		l.ed.replace(l.off(okID.Pos()), l.off(okID.End()), okName)
		if s.Tok == token.DEFINE {
			l.ed.insertTrail(l.off(s.End()), "; _ = "+okName)
		}
	}
	l.ed.insertTrail(l.off(s.End()), "; if !"+okName+" { "+v.Name+" = "+l.zeroText(t)+" }")
}

// initCommaOk gives the value of a comma-ok init statement of an if or
// switch statement s its zero value on a miss, as commaOkZero does for a
// block's statements, where s may read it then: a statement cannot
// follow the init there, so the operand becomes a call of a func
// literal (commaOk), whose variables are new at every call.
//
//	if c, ok := counts[w]; !ok { fmt.Println(c) }  ->  if c, ok := func() (int, bool) { a, b := counts[w]; return a, b }(); !ok { … }
func (l *lowerer) initCommaOk(init, s ast.Stmt) {
	a, ok := init.(*ast.AssignStmt)
	if !ok || len(a.Lhs) != 2 || len(a.Rhs) != 1 || !l.missKeepsValue(a.Rhs[0]) {
		return
	}
	v, isID := a.Lhs[0].(*ast.Ident)
	if !isID || v.Name == "_" {
		return
	}
	obj := l.c.info.ObjectOf(v)
	if obj == nil {
		return
	}
	if a.Tok == token.DEFINE {
		// Only s sees the variable: it needs the zero value where s
		// reads it and the operand may have missed.
		var where ast.Node = s
		if is, isIf := s.(*ast.IfStmt); isIf {
			if cond, isID := unparen(is.Cond).(*ast.Ident); isID && l.c.info.Uses[cond] == l.c.info.ObjectOf(a.Lhs[1].(*ast.Ident)) {
				where = is.Else // (the body runs on a hit only)
			}
		}
		if where == nil || !readsObject(where, obj, l.c.info) {
			return
		}
	}
	l.commaOk(a.Lhs, a.Rhs)
}

// ifaceCommaOk lowers a comma-ok assignment s of a block whose value
// goes to a variable of an interface type declared before (var s Shape;
// s, ok = m[k], or err, ok = v.(NotFound)), which the interpreter's
// tuple assignment panics on ("reflect.Set: value of type … is not
// assignable"): commaOk makes the operand a call of a func literal
// giving the interface value.
func (l *lowerer) ifaceCommaOk(s *ast.AssignStmt) {
	if len(s.Lhs) != 2 || len(s.Rhs) != 1 || !isCommaOk(s.Rhs[0], l.c.info) {
		return
	}
	id, ok := s.Lhs[0].(*ast.Ident)
	if !ok || id.Name == "_" || l.c.info.Defs[id] != nil {
		return // (a new variable takes the operand's type)
	}
	t := l.c.info.TypeOf(id)
	if t == nil || !types.IsInterface(t) || hasTypeParam(t, 0) {
		return
	}
	if tup, ok := l.c.info.Types[s.Rhs[0]].Type.(*types.Tuple); !ok || types.Identical(tup.At(0).Type(), t) {
		return
	}
	l.commaOk(s.Lhs, s.Rhs)
}

// readsObject reports whether n mentions obj.
func readsObject(n ast.Node, obj types.Object, info *types.Info) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// redeclaredIfaces converts the operands of a := statement of several
// names that go to variables of interface types declared before (var s
// Shape; s, k := Sq(2), 0) to those types: the interpreter gave the
// variable the operand's type, so that %T named it and a later s =
// Ci(1) panicked ("reflect.Set: value of type … is not assignable").
//
//	s, k := Sq(2), 0  ->  s, k := (Shape)(Sq(2)), 0
func (l *lowerer) redeclaredIfaces(s *ast.AssignStmt) {
	if s.Tok != token.DEFINE || len(s.Lhs) != len(s.Rhs) {
		return
	}
	for i, e := range s.Lhs {
		id, ok := e.(*ast.Ident)
		if !ok || l.c.info.Defs[id] != nil {
			continue // (a new variable takes the operand's type)
		}
		v, ok := l.c.info.Uses[id].(*types.Var)
		if !ok || !types.IsInterface(v.Type()) || mentionsLocal(v.Type(), l.c.pkg) || hasTypeParam(v.Type(), 0) {
			continue
		}
		r := s.Rhs[i]
		if t := l.c.info.Types[r].Type; t == nil || types.Identical(t, v.Type()) || l.c.info.Types[r].IsNil() {
			continue
		}
		l.copyToIface(r, v.Type()) // (as a plain assignment stores it)
		l.ed.insertOuter(l.off(r.Pos()), "("+l.namer.str(v.Type())+")(")
		l.ed.insertClosing(l.off(r.End()), ")")
	}
}
