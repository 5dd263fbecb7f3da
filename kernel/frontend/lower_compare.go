package frontend

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// The interpreter holds a value of a cell's interface type with the
// place in the code that made it, and compares two such values by that
// place: two equal Rect values in a Shape compare unequal (a == b is
// false, a map keyed by Shape does not find its keys); and it holds a
// session value in a standard interface (error) in a wrapper that ==
// cannot compare. Comparisons of such interfaces compare what they hold
// instead, as Go does:
//
//	a == b  ->  __gt.IfaceEqual(a, b)

// sessionIface reports whether t is a non-empty interface type the
// session declares.
func (l *lowerer) sessionIface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg {
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	return ok && !iface.Empty()
}

// ifaceKey makes the key of m[k], for a map keyed by an empty interface
// type and a k of an interface type the session declares, the value k holds
// (see the engine's ifaceKey): the interpreter's value of k missed the
// entry stored under that value.
//
//	m[s]  ->  m[__gt.IfaceKey(s)]
func (l *lowerer) ifaceKey(e *ast.IndexExpr) {
	l.ifaceKeyOf(l.c.info.Types[e.X].Type, e.Index)
}

// ifaceKeyOf is ifaceKey for the key k of a map of type t (an index, a
// key of delete or of a map literal).
func (l *lowerer) ifaceKeyOf(t types.Type, k ast.Expr) {
	mt, ok := underlying(t).(*types.Map)
	if !ok {
		return
	}
	if ki, ok := mt.Key().Underlying().(*types.Interface); !ok || !ki.Empty() {
		return // (a standard interface holding a cell's value is refused as a key)
	}
	if kt := l.c.info.Types[k].Type; kt == nil || !l.sessionIface(kt) {
		return
	}
	l.ed.insertOuter(l.off(k.Pos()), hook+".IfaceKey(")
	l.ed.insertClosing(l.off(k.End()), ")")
}

// wrappedIface reports whether t is a standard interface (error,
// fmt.Stringer) that a type of the session implements: the interpreter
// holds such a value in a wrapper of its own, which == cannot compare
// ("comparing uncomparable type interp._error" for
// errors.Unwrap(w) == err).
func (l *lowerer) wrappedIface(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.Empty() || !isCompiledNamed(t, l.c.pkg) {
		return false
	}
	for _, n := range l.concreteTypes() {
		if types.Implements(n, iface) || types.Implements(types.NewPointer(n), iface) {
			return true
		}
	}
	return false
}

// ifaceCompare lowers == and != with an operand of a session interface
// type (the other not nil).
func (l *lowerer) ifaceCompare(e *ast.BinaryExpr) {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return
	}
	xt, yt := l.c.info.Types[e.X], l.c.info.Types[e.Y]
	if xt.Type == nil || yt.Type == nil || xt.IsNil() || yt.IsNil() {
		return
	}
	if !l.sessionIface(xt.Type) && !l.sessionIface(yt.Type) && !l.wrappedIface(xt.Type) && !l.wrappedIface(yt.Type) && !holdsIface(xt.Type) && !holdsIface(yt.Type) {
		return
	}
	call := hook + ".IfaceEqual("
	if e.Op == token.NEQ {
		call = "!" + call
	}
	l.ed.insert(l.off(e.X.Pos()), call)
	l.ed.replace(l.off(e.X.End()), l.off(e.Y.Pos()), ", ")
	l.ed.insert(l.off(e.Y.End()), ")")
}

// holdsIface reports whether t is a struct or array type with an
// interface among its fields or elements (at any depth of structs and
// arrays): the interpreter compares the interfaces there by their
// representations, so that Pair{Sq{2}} == Pair{Sq{2}} was false.
func holdsIface(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := range u.NumFields() {
			if ft := u.Field(i).Type(); types.IsInterface(ft) || holdsIface(ft) {
				return true
			}
		}
	case *types.Array:
		return types.IsInterface(u.Elem()) || holdsIface(u.Elem())
	}
	return false
}

// holdsSessionIface reports whether t is a struct or array type with an
// interface the session declares among its fields or elements (at any
// depth of structs and arrays): as a map's key, it is refused as the
// interface is.
func (l *lowerer) holdsSessionIface(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := range u.NumFields() {
			if ft := u.Field(i).Type(); l.sessionIface(ft) || l.holdsSessionIface(ft) {
				return true
			}
		}
	case *types.Array:
		return l.sessionIface(u.Elem()) || l.holdsSessionIface(u.Elem())
	}
	return false
}

// ifaceMapKeys refuses a map keyed by a session interface in the cell:
// its keys would be compared as the interpreter compares them (above),
// so that lookups miss keys that are there. It also refuses a value of a
// session type used as the key of a map keyed by a standard interface
// (map[fmt.Stringer]int): the interpreter holds it there in a wrapper
// that Go cannot hash.
func (l *lowerer) ifaceMapKeys(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		if l.err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.MapType:
			if tv, ok := l.c.info.Types[n.Key]; ok && (l.sessionIface(tv.Type) || l.holdsSessionIface(tv.Type)) && l.c.inCell(n.Pos()) {
				name := "the interface " + types.TypeString(tv.Type, func(*types.Package) string { return "" })
				if !l.sessionIface(tv.Type) {
					name = types.TypeString(tv.Type, func(*types.Package) string { return "" }) + ", which holds an interface the cells declare,"
				}
				l.refuse(n.Pos(), "a map keyed by "+name+" cannot work in the notebook: the interpreter does not find a key that is there when it was stored from another place in the code. Key the map by a comparable concrete type (a struct, string or int), or by any")
			}
		case *ast.IndexExpr:
			l.sessionKey(n.X, n.Index)
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					l.sessionKey(n, kv.Key)
				}
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) == 2 {
				if b, ok := l.c.info.Uses[id].(*types.Builtin); ok && b.Name() == "delete" {
					l.sessionKey(n.Args[0], n.Args[1])
				}
			}
		}
		return true
	})
}

// sessionKey refuses key, a value of a session type, as a key of the map
// m when m is keyed by a standard interface.
func (l *lowerer) sessionKey(m, key ast.Expr) {
	mt, kt := l.c.info.Types[m].Type, l.c.info.Types[key].Type
	if mt == nil || kt == nil || !l.c.inCell(key.Pos()) {
		return
	}
	mm, ok := mt.Underlying().(*types.Map)
	if !ok || !isCompiledNamed(mm.Key(), l.c.pkg) {
		return
	}
	if iface, ok := mm.Key().Underlying().(*types.Interface); !ok || iface.Empty() {
		return
	}
	if _, ok := kt.Underlying().(*types.Interface); ok {
		return
	}
	named := kt
	if p, ok := kt.(*types.Pointer); ok {
		named = p.Elem()
	}
	n, ok := types.Unalias(named).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg {
		return
	}
	qual := func(p *types.Package) string {
		if p == l.c.pkg {
			return ""
		}
		return p.Name()
	}
	l.refuse(key.Pos(), "a value of the notebook's type "+types.TypeString(kt, qual)+" cannot be a key of a map keyed by "+
		types.TypeString(mm.Key(), qual)+": the interpreter holds it there in a wrapper that Go cannot hash. Key the map by "+
		types.TypeString(kt, qual)+" itself, or by any")
}

// ifaceSwitch lowers an expression switch that compares with a session
// interface value (its tag's type, or a case's), a struct or array
// holding interfaces, or an interface tag with
// a value of a concrete type, into a switch without a
// tag whose cases compare as ifaceCompare does, in the order written:
//
//	switch s {                    switch __gt_sw1 := s; {
//	case a, b:              ->    case __gt.IfaceEqual(__gt_sw1, a) || __gt.IfaceEqual(__gt_sw1, b):
//	case nil:                     case __gt_sw1 == nil:
//
// With an init statement there is no room for the tag's variable, and
// the cases move into a switch of their own inside the default clause of
// the first (break and fallthrough mean the same there):
//
//	switch x := f(); x.s {   ->   switch x := f(); { default: __gt_sw1 := x.s; switch { … } }
//
// It reports whether it lowered s.
func (l *lowerer) ifaceSwitch(s *ast.SwitchStmt) bool {
	if s.Tag == nil {
		return false
	}
	tt := l.c.info.Types[s.Tag]
	if tt.Type == nil {
		return false
	}
	found := l.sessionIface(tt.Type) || l.wrappedIface(tt.Type) || holdsIface(tt.Type)
	for _, c := range s.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			tv := l.c.info.Types[e]
			if tv.Type == nil || tv.IsNil() {
				continue
			}
			// (The interpreter converts an interface tag to a case's
			// concrete type, and fails: switch x { case 3: } with x any.)
			if l.sessionIface(tv.Type) || types.IsInterface(tt.Type) && !types.IsInterface(tv.Type) {
				found = true
			}
		}
	}
	if !found {
		return false
	}
	l.tagToConds(s, false)
	return true
}

// nilCaseSwitch lowers an expression switch on a pointer, slice, map,
// channel or func with a case nil, which the interpreter never takes,
// as ifaceSwitch does, comparing with ==:
//
//	switch p {         switch __gt_sw1 := p; {
//	case nil:    ->    case __gt_sw1 == nil:
//	case q:            case __gt_sw1 == q:
func (l *lowerer) nilCaseSwitch(s *ast.SwitchStmt) bool {
	if s.Tag == nil {
		return false
	}
	tt := l.c.info.Types[s.Tag].Type
	if tt == nil {
		return false
	}
	switch tt.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature:
	default:
		return false
	}
	for _, c := range s.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			if l.c.info.Types[e].IsNil() {
				l.tagToConds(s, true)
				return true
			}
		}
	}
	return false
}

// tagToConds makes s a switch without a tag whose cases compare the
// tag, kept in a variable, with each case's value: nil with ==, any
// other with IfaceEqual, or with == when eq (an operand of a binary
// operator in parentheses). It returns the variable's name.
func (l *lowerer) tagToConds(s *ast.SwitchStmt, eq bool) string {
	tag := l.name("sw")
	if s.Init == nil {
		l.ed.insert(l.off(s.Tag.Pos()), tag+" := ")
		l.ed.insert(l.off(s.Tag.End()), ";")
	} else {
		l.ed.insert(l.off(s.Tag.Pos()), "{ default: "+tag+" := ")
		l.ed.insert(l.off(s.Tag.End()), "; switch")
		l.ed.insert(l.off(s.Body.Rbrace), "}")
	}
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		for i, e := range cc.List {
			if i > 0 {
				l.ed.replace(l.off(cc.List[i-1].End()), l.off(e.Pos()), " || ")
			}
			if l.c.info.Types[e].IsNil() {
				l.ed.insert(l.off(e.Pos()), tag+" == ")
				continue
			}
			before, after := hook+".IfaceEqual("+tag+", ", ")"
			if eq {
				// (Not (x) == (0): in !(… || …) the interpreter takes
				// that for an int, where a bool goes.)
				before, after = tag+" == ", ""
				if _, bin := e.(*ast.BinaryExpr); bin {
					before, after = before+"(", ")"
				}
			}
			l.ed.insert(l.off(e.Pos()), before)
			l.ed.insert(l.off(e.End()), after)
		}
	}
	return tag
}

// chanCompare lowers == and != of a directional channel and a
// bidirectional one (assignable to it), which the interpreter refuses
// as mismatched types: the bidirectional one is converted.
//
//	ro == c  ->  ro == (<-chan int)(c)
func (l *lowerer) chanCompare(e *ast.BinaryExpr) {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return
	}
	xt, yt := l.c.info.Types[e.X].Type, l.c.info.Types[e.Y].Type
	if xt == nil || yt == nil || types.Identical(xt, yt) {
		return
	}
	xc, xok := xt.Underlying().(*types.Chan)
	yc, yok := yt.Underlying().(*types.Chan)
	if !xok || !yok {
		return
	}
	convert := func(to types.Type, x ast.Expr) {
		l.ed.insert(l.off(x.Pos()), "("+l.namer.str(to)+")(")
		l.ed.insert(l.off(x.End()), ")")
	}
	switch {
	case xc.Dir() == types.SendRecv && yc.Dir() != types.SendRecv:
		convert(yt, e.X)
	case yc.Dir() == types.SendRecv && xc.Dir() != types.SendRecv:
		convert(xt, e.Y)
	}
}

// floatDivZero lowers a division of a floating-point or complex value by
// a constant zero, which the interpreter refuses as Go refuses an
// integer's ("division by zero"): Go computes it (+Inf, NaN), and so
// does the lowered code, its zero made at run time.
//
//	f / 0  ->  f / (func() float64 { var z float64; return z })()
func (l *lowerer) floatDivZero(e *ast.BinaryExpr) {
	if e.Op != token.QUO {
		return
	}
	tv, yv := l.c.info.Types[e], l.c.info.Types[e.Y]
	if tv.Value != nil || yv.Value == nil || tv.Type == nil {
		return
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsFloat|types.IsComplex) == 0 || constant.Sign(yv.Value) != 0 {
		return
	}
	if mentionsLocal(tv.Type, l.c.pkg) || hasTypeParam(tv.Type, 0) {
		return
	}
	// (A constant's own edits, inside it, are left out by apply; what
	// ends with the division, a view of it, stays.)
	typ := l.namer.str(tv.Type)
	l.ed.replace(l.off(e.Y.Pos()), l.off(e.Y.End()), "(func() "+typ+" { var z "+typ+"; return z })()")
}

// convertedNilCompare lowers a comparison with nil of a conversion to an
// interface type of a value of another type (any(p) == nil, the lesson
// on interfaces holding typed nils): the interpreter compared the value
// itself, true for a nil p, where the interface holds a typed nil and is
// not nil, and failed for a number. The conversion goes through a func
// literal returning the interface:
//
//	any(p) == nil  ->  (func(v *int) any { return v })(p) == nil
//
// (Values of the session's types go to interfaces as lower_box.go
// writes them.)
func (l *lowerer) convertedNilCompare(e *ast.BinaryExpr) {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return
	}
	for _, pair := range [][2]ast.Expr{{e.X, e.Y}, {e.Y, e.X}} {
		if !l.c.info.Types[pair[1]].IsNil() {
			continue
		}
		l.ifaceConvThroughFunc(pair[0])
	}
}

// ifaceConvThroughFunc writes e, when it converts a value of a type that
// is no interface to an interface type, both of no type of the
// session's, as the call of a func literal returning the interface: a
// comparison with nil (see convertedNilCompare), or a switch's case
// (case any("x"), case error(errNotFound)), which the interpreter
// matched by converting the switch's value to the operand's type
// instead ("value of type interface {} cannot be converted to type
// string").
func (l *lowerer) ifaceConvThroughFunc(e ast.Expr) {
	call, ok := unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return
	}
	to := l.c.info.Types[call.Fun]
	if !to.IsType() || !types.IsInterface(to.Type) || mentionsPkg(to.Type, l.c.pkg) {
		return
	}
	from := l.c.info.Types[call.Args[0]].Type
	if from == nil || types.IsInterface(from) || l.c.info.Types[call.Args[0]].IsNil() {
		return
	}
	if from = types.Default(from); mentionsPkg(from, l.c.pkg) {
		return
	}
	l.ed.replace(l.off(call.Fun.Pos()), l.off(call.Fun.End()),
		"(func(v "+l.namer.str(from)+") "+l.namer.str(to.Type)+" { return v })")
}

// mentionsPkg reports whether t names a type of pkg.
func mentionsPkg(t types.Type, pkg *types.Package) bool {
	found := false
	types.TypeString(t, func(p *types.Package) string {
		found = found || p == pkg
		return p.Name()
	})
	return found
}
