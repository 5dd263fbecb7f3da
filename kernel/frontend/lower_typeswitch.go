package frontend

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// The interpreter's type switch decides a case of a standard interface
// (case error:, case fmt.Stringer:) from its own view of the value, which
// is wrong for values made by compiled code (errors.New's) and for
// pointers to the session's types: the case is never taken although the
// assertion v.(error) holds; nor does it find a session struct held in a
// standard interface (switch err.(type) { case MyErr: }). A type switch
// with such a case is lowered
// into an expression switch whose cases are those assertions, in the
// order written, which keeps the switch's break, labels and default:
//
//	switch x := v.(type) {         switch __gt_ts1 := v; {
//	case nil:                      case __gt_ts1 == nil: x := __gt_ts1; _ = x;
//	case int, int64:          ->   case func() bool { _, ok := __gt_ts1.(int); return ok }() || …: x := __gt_ts1; _ = x;
//	case error:                    case func(v any) bool { …; _, ok := v.(error); return ok }(__gt_ts1): x := func(v any) error { … }(__gt_ts1); _ = x;
//
// The assertions to a standard interface try the session's types that
// implement it first, as stdAssert does.

// typeSwitch lowers s as above when it has a case of a standard
// interface, and reports whether it did.
func (l *lowerer) typeSwitch(s *ast.TypeSwitchStmt) bool {
	var ta *ast.TypeAssertExpr
	var bound *ast.Ident
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		ta, _ = ast.Unparen(a.Rhs[0]).(*ast.TypeAssertExpr)
		if len(a.Lhs) == 1 {
			bound, _ = a.Lhs[0].(*ast.Ident)
		}
	case *ast.ExprStmt:
		ta, _ = ast.Unparen(a.X).(*ast.TypeAssertExpr)
	}
	if ta == nil {
		return false
	}
	xt := l.c.info.Types[ta.X].Type
	if xt == nil || !l.namedInPlace(xt) || hasTypeParam(xt, 0) {
		return false
	}
	// A session type asserted from a standard interface (err.(type) with
	// case MyErr:) is found through the wrapper's value, as x.(MyErr)
	// finds it; the interpreter's type switch does not look there.
	stdOperand := false
	if iface, ok := xt.Underlying().(*types.Interface); ok && !iface.Empty() {
		stdOperand = isCompiledNamed(xt, l.c.pkg)
	}
	std := false
	for _, c := range s.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			tv, ok := l.c.info.Types[e]
			if ok && tv.IsNil() && !stdOperand {
				// The interpreter's type switch takes no case nil for a
				// nil of the session's interfaces, nor for one held in an
				// any (it fell to default).
				std = true
			}
			if !ok || tv.IsNil() {
				continue
			}
			if tv.Type == nil || !l.namedInPlace(tv.Type) || hasTypeParam(tv.Type, 0) {
				return false
			}
			if iface, _, _, _ := l.stdIface(e); iface != nil {
				std = true
			}
			if n, ok := types.Unalias(tv.Type).(*types.Named); ok && stdOperand && n.Obj().Pkg() == l.c.pkg && isStruct(n) {
				std = true
			}
			if impl, _, _ := l.sessionImpl(tv.Type); len(impl) > 0 && emptyIface(xt) {
				std = true // see sessionAssert
			}
			if name, _ := l.compositeBox(tv.Type); name != "" && emptyIface(xt) {
				std = true // its box's (see compositeBox)
			}
			if l.sessionNamed(tv.Type) {
				// The interpreter's own type switch misses a session
				// type with methods (case Circle: falls to default);
				// its assertion finds it.
				std = true
			}
			if types.IsInterface(tv.Type) && l.holdCompiled(tv.Type, xt) != "" {
				// So does it a compiled value with the methods of an
				// interface a func declares (case pathErr: of an
				// *fs.PathError), which holdCompiled finds.
				std = true
			}
		}
	}
	if !std {
		return false
	}
	// The operand is evaluated once, into a variable of the switch; with
	// an init statement there is no room for it, and a plain variable
	// operand is named again instead.
	operand := l.name("ts")
	if s.Init != nil {
		id, ok := ast.Unparen(ta.X).(*ast.Ident)
		if !ok {
			return false
		}
		operand = id.Name
		l.ed.replace(l.off(s.Assign.Pos()), l.off(s.Assign.End()), "")
	} else {
		l.ed.replace(l.off(s.Assign.Pos()), l.off(ta.X.Pos()), operand+" := ")
		l.ed.replace(l.off(ta.X.End()), l.off(s.Assign.End()), "; ")
	}
	xname := l.namer.str(xt)
	// With a case nil, the other cases' assertions are not tried on a
	// nil (that of a session interface held in an any crashed them).
	hasNil := false
	for _, c := range s.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			hasNil = hasNil || l.c.info.Types[e].IsNil()
		}
	}
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		for i, e := range cc.List {
			if i > 0 {
				l.ed.replace(l.off(cc.List[i-1].End()), l.off(e.Pos()), " || ")
			}
			tv := l.c.info.Types[e]
			if tv.IsNil() {
				l.ed.insert(l.off(e.Pos()), operand+" == ")
				continue
			}
			if _, _, impl, ptrOnly := l.stdIface(e); len(impl) > 0 {
				l.caseByTypes(e, xt, operand, l.heldBy(xt, ptrOnly), impl)
				continue
			}
			if impl, ptrOnly, _ := l.sessionImpl(tv.Type); len(impl) > 0 && emptyIface(xt) {
				l.caseByTypes(e, xt, operand, ptrOnly, impl)
				continue
			}
			if lit := l.stdToSessionAssert(tv.Type, xt); lit != "" {
				l.replaceTypeExpr(e, "func() bool { _, ok := "+lit+operand+"); return ok }()")
				continue
			}
			if name, _ := l.compositeBox(tv.Type); name != "" && emptyIface(xt) {
				l.replaceTypeExpr(e, "func() bool { _, ok := "+hook+".CompositeOpen("+operand+", "+strconv.Quote(name)+"); return ok }()")
				continue
			}
			if b := l.boxed(tv.Type); b != nil {
				test := "func() bool { _, ok := " + operand + ".(" + b.typeName() + "); return ok }()"
				if hasNil {
					test = "(!(" + operand + " == nil) && " + test + ")"
				}
				l.replaceTypeExpr(e, test)
				continue
			}
			if it, ok := tv.Type.Underlying().(*types.Interface); ok && it.Empty() {
				// Any value but nil (the interpreter's assertion to an
				// empty interface failed).
				l.ed.replace(l.off(e.Pos()), l.off(e.End()), "!("+operand+" == nil)")
				continue
			}
			if hold := l.holdCompiled(tv.Type, xt); hold != "" {
				// An interface literal or the session's: a compiled
				// value with its methods is in the case too (see
				// holdCompiled), as its comma-ok assertion finds.
				l.ed.insert(l.off(e.Pos()), "func(v "+xname+") bool { if v == nil { return false }; r, ok := v.(")
				l.ed.insert(l.off(e.End()), "); "+hold+"_ = r; return ok }("+operand+")")
				continue
			}
			open, closing := "func() bool { _, ok := ", "); return ok }()"
			if types.IsInterface(tv.Type) || hasNil {
				// (The interpreter's assertion of a nil crashed; and its
				// != is true for a nil of a session interface held in
				// an any, which == takes for nil.)
				open, closing = "(!("+operand+" == nil) && "+open, closing+")"
			}
			l.ed.insert(l.off(e.Pos()), open+viaAny(xt, tv.Type, operand)+".(")
			l.ed.insert(l.off(e.End()), closing)
		}
		if bound == nil || bound.Name == "_" {
			continue
		}
		obj := l.c.info.Implicits[cc]
		if obj == nil {
			continue
		}
		value := operand
		if lit := l.stdToSessionAssert(obj.Type(), xt); len(cc.List) == 1 && lit != "" {
			value = "func() " + l.namer.str(obj.Type()) + " { r, _ := " + lit + operand + "); return r }()"
		} else if len(cc.List) == 1 && !types.Identical(obj.Type(), xt) {
			value = l.assertText(cc.List[0], obj.Type(), xt, xname, operand)
		}
		l.ed.insert(l.off(cc.Colon)+1, " "+bound.Name+" := "+value+"; _ = "+bound.Name+";")
	}
	return true
}

// assertText is operand.(t), for the type of case expression e, in a
// form the interpreter gets right.
func (l *lowerer) assertText(e ast.Expr, t, xt types.Type, xname, operand string) string {
	if name, _ := l.compositeBox(t); name != "" && emptyIface(xt) {
		tname := l.namer.str(t)
		return "func() " + tname + " { u, _ := " + hook + ".CompositeOpen(" + operand + ", " + strconv.Quote(name) + "); return u.(" + tname + ") }()"
	}
	if b := l.boxed(t); b != nil {
		return l.boxedCaseValue(b, t, operand)
	}
	tname := l.namer.str(t)
	_, _, impl, _ := l.stdIface(e)
	if len(impl) == 0 {
		if emptyIface(xt) {
			impl, _, _ = l.sessionImpl(t)
		}
		if len(impl) == 0 {
			if hold := l.holdCompiled(t, xt); hold != "" {
				return "func(v " + xname + ") " + tname + " { r, ok := v.(" + tname + "); " + hold + "_ = ok; return r }(" + operand + ")"
			}
			return viaAny(xt, t, operand) + ".(" + tname + ")"
		}
	}
	var b strings.Builder
	b.WriteString("func(v " + xname + ") " + tname + " { ")
	for _, it := range impl {
		b.WriteString("if w, ok := " + l.viaAnyName(xt, it, "v") + ".(" + it + "); ok { return " + l.asIface("w", it, t) + " }; ")
	}
	if hold := l.holdCompiled(t, xt); hold != "" {
		b.WriteString("r, ok := v.(" + tname + "); " + hold + "_ = ok; return r }(" + operand + ")")
		return b.String()
	}
	b.WriteString("return v.(" + tname + ") }(" + operand + ")")
	return b.String()
}

// emptyIface reports whether t is an empty interface type (any).
func emptyIface(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.Empty()
}

// caseByTypes makes the case type e a condition that holds when the
// operand holds one of accept and none of reject, before asserting e
// itself: func(v X) bool { if _, ok := v.(R); ok { return false }; …;
// if _, ok := v.(A); ok { return true }; …; r, ok := v.(e); …; return ok }(operand).
func (l *lowerer) caseByTypes(e ast.Expr, xt types.Type, operand string, reject, accept []string) {
	var b strings.Builder
	// (A nil operand is in no case: the interpreter's assertion of a nil
	// interface to a standard one fails on a nil pointer.)
	b.WriteString("func(v " + l.namer.str(xt) + ") bool { if v == nil { return false }; ")
	for _, t := range reject {
		b.WriteString("if _, ok := " + l.viaAnyName(xt, t, "v") + ".(" + l.boxedName(t) + "); ok { return false }; ")
	}
	for _, t := range accept {
		b.WriteString("if _, ok := " + l.viaAnyName(xt, t, "v") + ".(" + l.boxedName(t) + "); ok { return true }; ")
	}
	// (A compiled value with the methods, *fmt.wrapError in a case
	// interface{ Unwrap() error }, is in the case too, see holdCompiled.)
	hold := l.holdCompiled(l.c.info.Types[e].Type, xt)
	b.WriteString("r, ok := v.(")
	l.ed.insert(l.off(e.Pos()), b.String())
	l.ed.insert(l.off(e.End()), "); "+hold+"_ = r; return ok }("+operand+")")
}

// The interpreter decides a type switch that binds no variable
// (`switch v.(type)`) wrongly: every case of a declared type falls to
// default, and `case int:` is taken for any value. With a variable bound
// it decides as Go does, so one is bound, and used in every clause:
//
//	switch v.(type) {     ->   switch __gt_tb1 := v.(type) {
//	case Circle:               case Circle: _ = __gt_tb1;

// With a variable bound, a clause with no statements loses the rest of a
// recursive call: a flatten's inner call taking case nil: returned its
// caller's result. A clause is given a statement.
//
//	case string:   ->   case string: {}

// bindTypeSwitch binds a variable in s when it has none, and gives empty
// clauses a statement when it has one, as above.
func (l *lowerer) bindTypeSwitch(s *ast.TypeSwitchStmt) {
	es, ok := s.Assign.(*ast.ExprStmt)
	if !ok {
		for _, c := range s.Body.List {
			if cc := c.(*ast.CaseClause); len(cc.Body) == 0 {
				l.ed.insert(l.off(cc.Colon)+1, " {}")
			}
		}
		return
	}
	name := l.name("tb")
	l.ed.insert(l.off(es.Pos()), name+" := ")
	for _, c := range s.Body.List {
		l.ed.insert(l.off(c.(*ast.CaseClause).Colon)+1, " _ = "+name+";")
	}
}

// sessionNamed reports whether t is a type the session declares at
// package level, or a pointer to one.
func (l *lowerer) sessionNamed(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == l.c.pkg && n.Obj().Parent() == l.c.pkg.Scope()
}

// stdToSessionAssert returns, for a case of the session's interface type
// t in a switch on a standard interface xt (case temporary: of a switch
// on an error), the func literal, up to its argument, that asserts the
// operand to t as x.(t) with comma-ok does: the interpreter's own
// assertion misses the session's types held in xt. "" for other cases.
func (l *lowerer) stdToSessionAssert(t, xt types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg || !types.IsInterface(t) || hasTypeParam(t, 0) || !l.namedInPlace(t) {
		return ""
	}
	xi, ok := xt.Underlying().(*types.Interface)
	if !ok || xi.Empty() || !isCompiledNamed(xt, l.c.pkg) {
		return ""
	}
	impl, ptrOnly, _ := l.sessionImpl(t)
	return l.sessionAssertOk(t, xt, l.heldBy(xt, impl), ptrOnly)
}
