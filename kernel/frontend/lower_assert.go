package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A value of a session type held in an interface is asserted to an
// interface of the standard library (fmt.Stringer, error, io.Writer) by
// the interpreter from its own view of the value, which fails for some
// (v.(fmt.Stringer) is false for a cell type with a String method held
// in an any). The session's types that implement the interface are known
// here: the assertion tries them first, by a type switch on concrete
// types, which the interpreter gets right:
//
//	v.(fmt.Stringer)  ->  func(v any) fmt.Stringer { if w, ok := v.(Celsius); ok { return w }; …; return v.(fmt.Stringer) }(v)
//
// (A concrete type switch there would not do: the interpreter fails on
// returning its variable as an interface.)

// stdIface returns the standard-library interface a type expression
// denotes (nil for another type), the session's types implementing it,
// as they are written in a case list, and the session's types that do
// not while their pointers do (func (s *SMS) Name() and SMS): the
// interpreter's own assertion of such a value panics inside a func
// ("reflect.Set: value of type interface {} is not assignable"), so the
// lowered assertions refuse them first.
func (l *lowerer) stdIface(e ast.Expr) (iface *types.Interface, t types.Type, impl, ptrOnly []string) {
	tv, ok := l.c.info.Types[e]
	if !ok || !tv.IsType() {
		return nil, nil, nil, nil
	}
	return l.stdIfaceType(tv.Type)
}

// stdIfaceType is stdIface for the type t.
func (l *lowerer) stdIfaceType(t types.Type) (iface *types.Interface, _ types.Type, impl, ptrOnly []string) {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return nil, nil, nil, nil
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() == l.c.pkg {
		return nil, nil, nil, nil // the session's own interfaces work
	}
	for _, n := range l.concreteTypes() {
		switch {
		case types.Implements(n, iface):
			impl = append(impl, l.caseName(n))
			if (isStruct(n) || l.boxed(n) != nil) && isCompiledNamed(t, l.c.pkg) {
				if l.structImpl == nil {
					l.structImpl = map[string]bool{}
				}
				l.structImpl[l.caseName(n)+" "+l.namer.str(t)] = true
			}
			if isStruct(n) || l.boxed(n) != nil {
				// Its pointer has the methods too (&Sq{} is a
				// fmt.Stringer when Sq is).
				impl = append(impl, l.caseName(types.NewPointer(n)))
			}
		case types.Implements(types.NewPointer(n), iface):
			impl = append(impl, l.caseName(types.NewPointer(n)))
			if _, isPtr := n.Underlying().(*types.Pointer); !isPtr {
				ptrOnly = append(ptrOnly, l.namer.str(n))
			}
		}
	}
	sort.Strings(impl)
	sort.Strings(ptrOnly)
	if _, named := types.Unalias(t).(*types.Named); !named {
		// An interface literal: compiled values through the standard
		// interface with its methods (see compiledimpl.go).
		impl = append(impl, l.compiledImpl(iface)...)
	}
	return iface, t, impl, ptrOnly
}

// stdAssert lowers x.(I) for a standard interface I (see above).
func (l *lowerer) stdAssert(e *ast.TypeAssertExpr) {
	if e.Type == nil {
		return
	}
	_, it, impl, ptrOnly := l.stdIface(e.Type)
	if it == nil {
		return
	}
	xt := l.c.info.Types[e.X].Type
	if xt == nil || mentionsLocal(xt, l.c.pkg) || hasTypeParam(xt, 0) {
		return
	}
	impl = l.heldBy(xt, impl)
	iname, xname := l.namer.str(it), l.namer.str(xt)
	_, commaOk := l.c.info.Types[e].Type.(*types.Tuple)
	var b strings.Builder
	if commaOk {
		b.WriteString(l.stdAssertOk(it, xt, impl, ptrOnly))
	} else {
		b.WriteString("func(v " + xname + ") " + iname + " { " + nilGuard(it, false))
		for _, t := range l.heldBy(xt, ptrOnly) {
			msg := "interface conversion: " + goTypeName(l.sessionType(t)) + " is not " + goTypeName(it)
			if m, _ := types.MissingMethod(l.sessionType(t), it.Underlying().(*types.Interface), true); m != nil {
				msg += ": missing method " + m.Name()
			}
			b.WriteString("if _, ok := " + l.viaAnyName(xt, t, "v") + ".(" + l.boxedName(t) + "); ok { " + hook + ".AssertFailed(" + strconv.Quote(msg) + ") }; ")
		}
		for _, t := range impl {
			b.WriteString("if w, ok := " + l.viaAnyName(xt, t, "v") + ".(" + t + "); ok { return " + l.asIface("w", t, it) + " }; ")
		}
		// The interpreter's own assertion names no type for an
		// interface literal, and from a session interface to a
		// standard one it does not fail at all (s is nil and the
		// cell goes on): Go's message, from the value.
		b.WriteString(l.assertIfaceTail(it, xt))
	}
	l.assertAsCall(e, b.String())
}

// stdAssertOk is the func literal, up to its argument, that asserts a
// value of type xt to the standard interface it with comma-ok (impl and
// ptrOnly from stdIface).
func (l *lowerer) stdAssertOk(it, xt types.Type, impl, ptrOnly []string) string {
	iname, xname := l.namer.str(it), l.namer.str(xt)
	var b strings.Builder
	b.WriteString("func(v " + xname + ") (" + iname + ", bool) { " + nilGuard(it, true))
	for _, t := range l.heldBy(xt, ptrOnly) {
		b.WriteString("if _, ok := " + l.viaAnyName(xt, t, "v") + ".(" + l.boxedName(t) + "); ok { return nil, false }; ")
	}
	for _, t := range impl {
		b.WriteString("if w, ok := " + l.viaAnyName(xt, t, "v") + ".(" + t + "); ok { return " + l.asIface("w", t, it) + ", true }; ")
	}
	b.WriteString("r, ok := v.(" + iname + "); " + l.holdCompiled(it, xt) + "return r, ok }(")
	return b.String()
}

// holdCompiled is the statement, after r, ok := v.(I) for an interface
// type I and v of type xt, that makes the assertion hold for a value of
// a compiled type with I's methods when I is an interface literal or a
// session's interface (err.(interface{ Unwrap() error }) of
// fmt.Errorf's error): the interpreter asserts only its own values to
// them. The engine tells whether the value has the methods, and stores
// it in r as the interpreter holds a value in such an interface (see
// errors.As). A value of a session type that lacks them is not one,
// though the engine may see them (a type D time.Duration has Seconds
// there): those types are ruled out first.
func (l *lowerer) holdCompiled(it, xt types.Type) string {
	if isCompiledNamed(it, l.c.pkg) {
		return ""
	}
	iface, ok := it.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return ""
	}
	if l.stdTwin(iface) != nil {
		return "" // the assertion to it took them (compiledImpl)
	}
	sigs, ok := l.methodSigs(iface)
	if !ok {
		return ""
	}
	var guard []string
	for _, n := range l.concreteTypes() {
		if st, ok := n.Underlying().(*types.Struct); ok && !hasEmbedded(st) {
			continue // the engine sees no method of it
		}
		for _, typ := range []types.Type{n, types.NewPointer(n)} {
			if !types.Implements(typ, iface) {
				guard = append(guard, l.namer.str(typ))
			}
		}
	}
	hold := "var w interface{ Error() string } = " + hook + ".Held; " + hook + ".SetIface(&r, &w, v); ok = true"
	guard = l.heldBy(xt, guard)
	if len(guard) == 0 {
		return "if !ok && " + hook + ".HasMethods(v" + sigs + ") { " + hold + " }; "
	}
	var b strings.Builder
	b.WriteString("if !ok && " + hook + ".HasMethods(v" + sigs + ") { held := true; ")
	for _, t := range guard {
		b.WriteString("if _, s := " + l.viaAnyName(xt, t, "v") + ".(" + l.boxedName(t) + "); s { held = false }; ")
	}
	b.WriteString("if held { " + hold + " } }; ")
	return b.String()
}

// hasEmbedded reports whether the struct st embeds a field.
func hasEmbedded(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Embedded() {
			return true
		}
	}
	return false
}

// sessionAssertOk is stdAssertOk for an interface of the session
// (impl and ptrOnly from sessionImpl).
func (l *lowerer) sessionAssertOk(it, xt types.Type, impl, ptrOnly []string) string {
	iname, xname := l.namer.str(it), l.namer.str(xt)
	var b strings.Builder
	b.WriteString("func(v " + xname + ") (" + iname + ", bool) { " + nilGuard(it, true))
	for _, t := range l.heldBy(xt, ptrOnly) {
		b.WriteString("if _, ok := " + l.viaAnyName(xt, t, "v") + ".(" + l.boxedName(t) + "); ok { return nil, false }; ")
	}
	for _, t := range impl {
		b.WriteString("if w, ok := " + l.viaAnyName(xt, t, "v") + ".(" + t + "); ok { return w, true }; ")
	}
	b.WriteString("r, ok := v.(" + iname + "); " + l.holdCompiled(it, xt) + "return r, ok }(")
	return b.String()
}

// assertOkAny is the func literal, up to its argument, that asserts an
// any to the interface type it with comma-ok as the lowered x.(I) does.
func (l *lowerer) assertOkAny(it types.Type) string {
	anyT := types.Universe.Lookup("any").Type()
	if _, t, impl, ptrOnly := l.stdIfaceType(it); t != nil {
		return l.stdAssertOk(it, anyT, l.heldBy(anyT, impl), ptrOnly)
	}
	if impl, ptrOnly, _ := l.sessionImpl(it); len(impl) > 0 || len(ptrOnly) > 0 {
		return l.sessionAssertOk(it, anyT, impl, ptrOnly)
	}
	return "func(v any) (" + l.namer.str(it) + ", bool) { r, ok := v.(" + l.namer.str(it) + "); return r, ok }("
}

// assertIfaceTail ends a lowered assertion of v to the interface type it
// that no session type passed: any other value (of a compiled type: a
// string) is named by the hook, with the first method it lacks, where
// the interpreter says "nil is not main.Shape".
func (l *lowerer) assertIfaceTail(it, xt types.Type) string {
	return "r, ok := v.(" + l.namer.str(it) + "); " + l.holdCompiled(it, xt) + "if !ok { " + hook + ".AssertIface(v, " + strconv.Quote(goTypeName(it)) + ", " + strconv.Quote(ifaceMethods(it)) + ") }; return r }("
}

// stdCase lowers a type switch's case of a standard interface I: the
// session's types implementing it join the case (those the switch does
// not list elsewhere), and the clause's variable becomes the I again.
func (l *lowerer) stdCase(s *ast.TypeSwitchStmt, cc *ast.CaseClause) {
	if len(cc.List) != 1 {
		return
	}
	_, it, impl, _ := l.stdIface(cc.List[0])
	if len(impl) == 0 {
		return
	}
	listed := map[string]bool{}
	for _, c := range s.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			if tv, ok := l.c.info.Types[e]; ok && tv.Type != nil {
				listed[l.caseName(tv.Type)] = true
			}
		}
	}
	var add []string
	for _, t := range impl {
		if !listed[t] {
			add = append(add, t)
		}
	}
	if len(add) == 0 {
		return
	}
	l.ed.insert(l.off(cc.List[0].Pos()), strings.Join(add, ", ")+", ")
	as, ok := s.Assign.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 {
		return
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok || id.Name == "_" || l.c.info.Implicits[cc] == nil {
		return
	}
	x := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr).X
	xt := l.c.info.Types[x].Type
	if xt == nil || mentionsLocal(xt, l.c.pkg) {
		return
	}
	iname := l.namer.str(it)
	var b strings.Builder
	b.WriteString(" " + id.Name + " := func(v " + l.namer.str(xt) + ") " + iname + " { ")
	for _, t := range add {
		b.WriteString("if w, ok := " + l.viaAnyName(xt, t, "v") + ".(" + t + "); ok { return " + l.asIface("w", t, it) + " }; ")
	}
	if hold := l.holdCompiled(it, xt); hold != "" {
		b.WriteString("r, ok := v.(" + iname + "); " + hold + "_ = ok; return r }(" + id.Name + "); _ = " + id.Name + ";")
	} else {
		b.WriteString("return v.(" + iname + ") }(" + id.Name + "); _ = " + id.Name + ";")
	}
	l.ed.insert(l.off(cc.Colon)+1, b.String())
}

// stdSwitch lowers a type switch on a value of an empty interface type
// with cases of standard interfaces that typeSwitch leaves alone (its
// operand or cases name a local type, or it has an init statement and an
// operand that is not a plain variable): each session type that the switch
// does not list is converted, before the switch, to the first of those
// interfaces it implements, so that the case sees the interpreter's
// wrapper, which it matches (adding the type to the case, as stdCase does
// for other operands, fails when the switch binds a variable).
//
//	switch x := v.(type) {  ->  switch x := func(v any) any { if w, ok := v.(Celsius); ok { return __gt.AsStringer(w) }; return v }(v).(type) {
//
// It reports whether it handled the switch.
func (l *lowerer) stdSwitch(s *ast.TypeSwitchStmt) bool {
	var ta *ast.TypeAssertExpr
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		ta, _ = ast.Unparen(a.Rhs[0]).(*ast.TypeAssertExpr)
	case *ast.ExprStmt:
		ta, _ = ast.Unparen(a.X).(*ast.TypeAssertExpr)
	}
	if ta == nil {
		return false
	}
	xt := l.c.info.Types[ta.X].Type
	if xt == nil {
		return false
	}
	if iface, ok := xt.Underlying().(*types.Interface); !ok || !iface.Empty() {
		return false
	}
	listed := map[string]bool{}
	for _, c := range s.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			if tv, ok := l.c.info.Types[e]; ok && tv.Type != nil {
				listed[l.caseName(tv.Type)] = true
			}
		}
	}
	conv := map[string]string{} // session type -> the hook that wraps it
	var order []string
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		if len(cc.List) != 1 {
			continue
		}
		_, it, impl, _ := l.stdIface(cc.List[0])
		if len(impl) == 0 {
			continue
		}
		// The wrapper is made by passing the value to compiled code
		// taking the interface: the engine has such hooks for error and
		// fmt.Stringer.
		var wrap string
		switch {
		case types.Identical(it, types.Universe.Lookup("error").Type()):
			wrap = hook + ".AsError"
		case isNamed(it, "fmt", "Stringer"):
			wrap = hook + ".AsStringer"
		default:
			return false
		}
		for _, t := range impl {
			if _, done := conv[t]; !done && !listed[t] {
				conv[t] = wrap
				order = append(order, t)
			}
		}
	}
	if len(order) == 0 {
		return true
	}
	xname := l.namer.str(xt)
	var b strings.Builder
	b.WriteString("func(v " + xname + ") " + xname + " { ")
	for _, t := range order {
		b.WriteString("if w, ok := v.(" + t + "); ok { return " + conv[t] + "(w) }; ")
	}
	b.WriteString("return v }(")
	l.ed.insert(l.off(ta.X.Pos()), b.String())
	l.ed.insert(l.off(ta.X.End()), ")")
	return true
}

// asIface is w, a value of the session type t (as written), converted
// to the standard interface it: a nil pointer stays a non-nil interface
// holding it (see typedNil), where the interpreter's conversion of a
// pointer that came out of an assertion makes a nil interface.
func (l *lowerer) asIface(w, t string, it types.Type) string {
	iname := l.namer.str(it)
	if l.structImpl[t+" "+iname] {
		return rewrapText(w, iname)
	}
	if typ := l.sessionType(t); typ != nil {
		if p, iface := l.typedNilPointer(typ, it); p != nil && l.boxed(p) == nil {
			return l.typedNilText(p, iface, it) + w + ")"
		}
	}
	return w
}

// Assertions to a session interface I go wrong in the interpreter in two
// ways. From an `any`, the assertion fails to store its result when the
// value is of a session type (`if s, ok := v.(Shape); ok` panicked with
// "reflect.Set: value of type interface {} is not assignable"); it is
// made by asserting the session's types that implement I one by one,
// which the interpreter gets right. And a value of a session type T
// passes an assertion to an I whose methods T has only with a pointer
// receiver (Go: only *T implements I); such values fail first, as in Go:
//
//	v.(Shape)  ->  func(v any) (Shape, bool) { if _, ok := v.(Robot); ok { return nil, false }; if w, ok := v.(Sq); ok { return w, true }; …; r, ok := v.(Shape); return r, ok }(v)

// concreteTypes lists the session's named types that are not generic,
// not interfaces and not generated, in name order.
func (l *lowerer) concreteTypes() []*types.Named {
	var out []*types.Named
	scope := l.c.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		// (The copies of generic types stand for their instances.)
		if !ok || tn.IsAlias() || strings.HasPrefix(name, hook) && !strings.HasPrefix(name, hook+"t_") {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if _, isIface := n.Underlying().(*types.Interface); isIface {
			continue
		}
		out = append(out, n)
	}
	// The instances of the session's generic types this check uses (a
	// *A[int] held in an any, asserted to getter[int]).
	seen := map[string]bool{}
	for _, n := range out {
		seen[l.caseName(n)] = true // (a copy the session has stands for its instance)
	}
	var insts []*types.Named
	for _, n := range l.usedInstances() {
		if n.Obj().Pkg() != l.c.pkg || n.TypeArgs().Len() == 0 || hasTypeParam(n, 0) || mentionsLocal(n, l.c.pkg) {
			continue
		}
		if _, isIface := n.Underlying().(*types.Interface); isIface {
			continue
		}
		if key := l.caseName(n); !seen[key] {
			seen[key] = true
			insts = append(insts, n)
		}
	}
	sort.Slice(insts, func(i, j int) bool { return l.namer.str(insts[i]) < l.namer.str(insts[j]) })
	return append(out, insts...)
}

// usedInstances are the instances of generic types the check names, and
// those its expressions have, which no type expression may name (the
// *Bag[int] New[int]() returns).
func (l *lowerer) usedInstances() []*types.Named {
	if l.instances != nil {
		return l.instances
	}
	l.instances = []*types.Named{}
	seen := map[*types.Named]bool{}
	add := func(t types.Type) {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok && n.TypeArgs().Len() > 0 && !seen[n] {
			seen[n] = true
			l.instances = append(l.instances, n)
		}
	}
	for _, inst := range l.c.info.Instances {
		add(inst.Type)
	}
	for _, tv := range l.c.info.Types {
		if tv.Type != nil {
			add(tv.Type)
		}
	}
	for _, n := range l.madeByGenericFuncs() {
		add(n)
	}
	return l.instances
}

// madeByGenericFuncs returns the instances of the session's generic
// types that the generic funcs the cell calls make with their own type
// parameters (W[T]{v} in mk[T], called as mk(1.5): W[float64]), whose
// values the cell may get through an interface only.
func (l *lowerer) madeByGenericFuncs() []*types.Named {
	var out []*types.Named
	for id, inst := range l.c.info.Instances {
		fn, ok := l.c.info.Uses[id].(*types.Func)
		if !ok || !l.c.inCell(id.Pos()) || fn.Pkg() != l.c.pkg || inst.TypeArgs.Len() == 0 || hasTypeParam(inst.Type, 0) {
			continue
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok || sig.TypeParams().Len() != inst.TypeArgs.Len() {
			continue
		}
		d := l.c.declOf(fn)
		if d == nil || d.Body == nil {
			continue
		}
		args := map[*types.TypeParam]types.Type{}
		for i := 0; i < sig.TypeParams().Len(); i++ {
			args[sig.TypeParams().At(i)] = inst.TypeArgs.At(i)
		}
		ast.Inspect(d.Body, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			made, ok := l.c.info.Instances[id]
			if !ok {
				return true
			}
			tn, ok := l.c.info.Uses[id].(*types.TypeName)
			if !ok || tn.Pkg() != l.c.pkg {
				return true
			}
			var targs []types.Type
			for i := 0; i < made.TypeArgs.Len(); i++ {
				a := made.TypeArgs.At(i)
				if p, ok := a.(*types.TypeParam); ok && args[p] != nil {
					a = args[p]
				}
				if hasTypeParam(a, 0) {
					return true
				}
				targs = append(targs, a)
			}
			if t, err := types.Instantiate(nil, tn.Type(), targs, true); err == nil {
				if n, ok := t.(*types.Named); ok {
					out = append(out, n)
				}
			}
			return true
		})
	}
	return out
}

// assertTypeName is the Go name of a session type in an assertion's
// message: an instance's ("main.A[int]"), also for its copy.
func assertTypeName(n *types.Named) string {
	if inst, ok := copiesOf.Load(n.Obj().Name()); ok {
		return "main." + typeArgsTight(inst.(string))
	}
	return goTypeName(n)
}

// sessionImpl returns, for a session interface type t, the session
// types (as written: T or *T) implementing it, and those whose pointer
// implements it but not the type itself, with the message Go's failed
// assertion gives for each.
func (l *lowerer) sessionImpl(t types.Type) (impl, ptrOnly, msgs []string) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg || n.TypeParams().Len() > 0 && n.TypeArgs().Len() == 0 || hasTypeParam(n, 0) {
		return nil, nil, nil
	}
	iface, ok := n.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return nil, nil, nil
	}
	for _, tt := range l.concreteTypes() {
		switch {
		case types.Implements(tt, iface):
			impl = append(impl, l.caseName(tt))
			if _, isPtr := tt.Underlying().(*types.Pointer); !isPtr {
				impl = append(impl, l.caseName(types.NewPointer(tt)))
			}
		case types.Implements(types.NewPointer(tt), iface):
			missing, _ := types.MissingMethod(tt, iface, true)
			if missing == nil {
				continue
			}
			impl = append(impl, l.caseName(types.NewPointer(tt)))
			ptrOnly = append(ptrOnly, l.namer.str(tt))
			msgs = append(msgs, "interface conversion: "+assertTypeName(tt)+" is not "+assertTypeName(n)+": missing method "+missing.Name())
		}
	}
	return append(impl, l.compiledImpl(iface)...), ptrOnly, msgs
}

// sessionLacking returns, for a session interface type t, the session
// types (T and *T) that do not implement it, with the message of Go's
// failed assertion for each ("main.Square is not main.Shape: missing
// method Perimeter"): the interpreter's names neither type nor method.
func (l *lowerer) sessionLacking(t types.Type) (lacking, msgs []string) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg || n.TypeParams().Len() > 0 {
		return nil, nil
	}
	iface, ok := n.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return nil, nil
	}
	for _, tt := range l.concreteTypes() {
		for _, typ := range []types.Type{tt, types.NewPointer(tt)} {
			missing, _ := types.MissingMethod(typ, iface, true)
			if missing == nil {
				continue
			}
			if _, isPtr := tt.Underlying().(*types.Pointer); isPtr && typ != types.Type(tt) {
				continue
			}
			lacking = append(lacking, l.namer.str(typ))
			msgs = append(msgs, "interface conversion: "+goTypeName(typ)+" is not "+goTypeName(n)+": missing method "+missing.Name())
		}
	}
	return lacking, msgs
}

// sessionAssert lowers x.(I) for a session interface I (see above).
func (l *lowerer) sessionAssert(e *ast.TypeAssertExpr) {
	target := l.assertedType(e)
	if target == nil {
		return
	}
	impl, ptrOnly, msgs := l.sessionImpl(target)
	xt := l.c.info.Types[e.X].Type
	if xt == nil || !l.namedInPlace(xt) || !l.namedInPlace(target) {
		return // (interfaces a func declares are written where they are)
	}
	xi, ok := xt.Underlying().(*types.Interface)
	if !ok {
		return
	}
	if !xi.Empty() && isCompiledNamed(xt, l.c.pkg) {
		// From error or another standard interface the interpreter
		// misses the session's types too; those are tried first.
		impl = l.heldBy(xt, impl)
	} else if !xi.Empty() {
		impl = nil // from another interface the assertion itself is right
	}
	if !xi.Empty() {
		// A type that cannot hold xt's methods is never in the operand
		// (and asserting it would not compile).
		kept, keptMsgs := ptrOnly[:0:0], msgs[:0:0]
		for i, t := range ptrOnly {
			if tn, ok := l.c.pkg.Scope().Lookup(strings.TrimPrefix(t, "*")).(*types.TypeName); ok && types.Implements(tn.Type(), xi) {
				kept, keptMsgs = append(kept, t), append(keptMsgs, msgs[i])
			}
		}
		ptrOnly, msgs = kept, keptMsgs
	}
	if len(impl) == 0 && len(ptrOnly) == 0 && !l.sessionIface(target) {
		return
	}
	iname, xname := l.namer.str(target), l.namer.str(xt)
	_, commaOk := l.c.info.Types[e].Type.(*types.Tuple)
	var b strings.Builder
	if commaOk {
		b.WriteString(l.sessionAssertOk(target, xt, impl, ptrOnly))
	} else {
		b.WriteString("func(v " + xname + ") " + iname + " { " + nilGuard(target, false))
		for i, t := range ptrOnly {
			b.WriteString("if _, ok := " + l.viaAnyName(xt, t, "v") + ".(" + l.boxedName(t) + "); ok { " + hook + ".AssertFailed(" + strconv.Quote(msgs[i]) + ") }; ")
		}
		for _, t := range impl {
			b.WriteString("if w, ok := " + l.viaAnyName(xt, t, "v") + ".(" + t + "); ok { return w }; ")
		}
		// A session type lacking a method fails as Go says (from an
		// interface with methods, those types that can be in it).
		lacking, lackMsgs := l.sessionLacking(target)
		for i, t := range lacking {
			if slices.Contains(ptrOnly, t) {
				continue
			}
			if typ := l.sessionType(t); !xi.Empty() && (typ == nil || !types.Implements(typ, xi)) {
				continue
			}
			b.WriteString("if _, ok := " + l.viaAnyName(xt, t, "v") + ".(" + l.boxedName(t) + "); ok { " + hook + ".AssertFailed(" + strconv.Quote(lackMsgs[i]) + ") }; ")
		}
		b.WriteString(l.assertIfaceTail(target, xt))
	}
	l.assertAsCall(e, b.String())
}

// ifaceMethods lists the methods of the interface type t in the order in
// which Go's runtime looks for them when a value is asserted to it, the
// first one missing being the one its message names: exported names
// first, each group by name ("Area,Perimeter").
func ifaceMethods(t types.Type) string {
	iface, _ := t.Underlying().(*types.Interface)
	if iface == nil {
		return ""
	}
	names := make([]string, iface.NumMethods())
	for i := range names {
		names[i] = iface.Method(i).Name()
	}
	sort.Slice(names, func(i, j int) bool {
		ei, ej := token.IsExported(names[i]), token.IsExported(names[j])
		if ei != ej {
			return ei
		}
		return names[i] < names[j]
	})
	return strings.Join(names, ",")
}

// nilGuard is the first statement of a lowered assertion of v, of an
// interface type, to the interface type it: a nil v asserts to
// nothing (the interpreter's assertion of a nil interface to a standard
// one fails on a nil pointer), with Go's message when it must succeed.
func nilGuard(it types.Type, commaOk bool) string {
	if commaOk {
		return "if v == nil { return nil, false }; "
	}
	// (Go names no operand type for a nil asserted to an interface.)
	return "if v == nil { " + hook + ".AssertFailed(" + strconv.Quote("interface conversion: interface is nil, not "+goTypeName(it)) + ") }; "
}

// assertedType is the type x.(T) asserts to; nil for a type switch's
// x.(type) or a T that is not a type.
func (l *lowerer) assertedType(e *ast.TypeAssertExpr) types.Type {
	if e.Type == nil {
		return nil
	}
	if tv, ok := l.c.info.Types[e.Type]; ok && tv.IsType() {
		return tv.Type
	}
	return nil
}

// isNamed reports whether t is the named type pkg.name.
func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// emptyAssert lowers x.(any), x.(interface{}) (of an empty interface
// type): the interpreter's assertion failed for every value. It holds
// for any value that is not nil.
//
//	_, ok := i.(any)  ->  _, ok := func(v any) (any, bool) { return v, v != nil }(i)
func (l *lowerer) emptyAssert(e *ast.TypeAssertExpr) bool {
	target := l.assertedType(e)
	if target == nil {
		return false
	}
	it, ok := target.Underlying().(*types.Interface)
	xt := l.c.info.Types[e.X].Type
	if !ok || !it.Empty() || xt == nil || mentionsLocal(xt, l.c.pkg) || hasTypeParam(xt, 0) {
		return false
	}
	t, x := l.namer.str(target), l.namer.str(xt)
	if _, commaOk := l.c.info.Types[e].Type.(*types.Tuple); commaOk {
		l.assertAsCall(e, "func(v "+x+") ("+t+", bool) { return v, v != nil }(")
	} else {
		l.assertAsCall(e, "func(v "+x+") "+t+" { "+nilGuard(target, false)+"return v }(")
	}
	return true
}

// assertAsCall turns x.(T) into call(x): call is the text of a func
// literal's call up to its argument.
func (l *lowerer) assertAsCall(e *ast.TypeAssertExpr, call string) {
	closing := ")"
	if iface, ok := underlying(l.c.info.Types[e.X].Type).(*types.Interface); ok && !iface.Empty() && l.isCall(e.X) {
		// The interpreter holds a call's result of an interface
		// with methods in the interface again when it is passed on
		// as it is (f().(*T) failed for the *T f returned): in
		// parentheses it is a value (see ifaceResultArg).
		call, closing = call+"(", "))"
	}
	l.ed.insert(l.off(e.Pos()), call)
	l.ed.replace(l.off(e.X.End()), l.off(e.End()), closing)
	if l.asCall == nil {
		l.asCall = map[ast.Expr]bool{}
	}
	l.asCall[e] = true
}

// The interpreter refuses as impossible an assertion, from an interface
// with methods, to a concrete type that has some of its methods only
// through an embedded pointer (Dog struct{ *Base } with (*Base).Name:
// Go's n.(Dog) holds for a Namer n). Asserted from an any, the value the
// interpreter's wrapper holds (a standard interface's, see Rewrap), the
// same type is found:
//
//	n.(Dog)  ->  __gt.Orig(n).(Dog)

// viaAny returns the operand text v to assert a value of type xt to the
// concrete type t with: __gt.Orig(v) when the interpreter would refuse it.
// (The methods of an embedded interface do not count: the lowered type
// declares them, see lower_embed.go, and the interpreter's assertion
// from any would not find a value that went into a standard interface.)
func viaAny(xt, t types.Type, v string) string {
	xi, ok := xt.Underlying().(*types.Interface)
	if !ok || xi.Empty() || types.IsInterface(t) {
		return v
	}
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		sel := ms.At(i)
		if recv := sel.Obj().(*types.Func).Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
			continue
		}
		if len(sel.Index()) > 1 && sel.Indirect() {
			return hook + ".Orig(" + v + ")"
		}
	}
	return v
}

// viaAnyName is viaAny for a type of the session named as written (T or
// *T).
func (l *lowerer) viaAnyName(xt types.Type, t, v string) string {
	typ := l.sessionType(t)
	if typ == nil {
		return v
	}
	return viaAny(xt, typ, v)
}

// sessionType is the session's type named t as written (T or *T, or
// the box of a boxed type T, see caseName, or the copy of an instance
// of a generic type); nil when there is none.
func (l *lowerer) sessionType(t string) types.Type {
	name := strings.TrimPrefix(strings.TrimPrefix(t, "*"), hook+"_box_")
	var typ types.Type
	if tn, ok := l.c.pkg.Scope().Lookup(name).(*types.TypeName); ok {
		typ = tn.Type()
	} else if strings.HasPrefix(name, hook+"t_") {
		// The copy of an instance of a generic type (Base[int]).
		for _, n := range l.usedInstances() {
			if n.Obj().Pkg() == l.c.pkg && l.namer.str(n) == name {
				typ = n
				break
			}
		}
	}
	if typ == nil {
		return nil
	}
	if strings.HasPrefix(t, "*") {
		typ = types.NewPointer(typ)
	}
	return typ
}

// heldBy keeps the session's and compiled types of ts (as written) that
// a value of the interface type xt can hold: asserting another one from
// it does not compile.
func (l *lowerer) heldBy(xt types.Type, ts []string) []string {
	xi, ok := xt.Underlying().(*types.Interface)
	if !ok || xi.Empty() {
		return ts
	}
	var out []string
	for _, t := range ts {
		typ := l.sessionType(t)
		if typ == nil {
			typ = l.compiledType(t) // (a *strings.Builder is no io.Reader)
		}
		if typ == nil || types.Implements(typ, xi) {
			out = append(out, t)
		}
	}
	return out
}

// compiledType is the compiled type t (as written: T or *T, see
// compiledImpl) of those the cells use, or nil.
func (l *lowerer) compiledType(t string) types.Type {
	name := strings.TrimPrefix(t, "*")
	for _, n := range l.c.compiled {
		if l.namer.str(n) == name {
			if name != t {
				return types.NewPointer(n)
			}
			return n
		}
	}
	return nil
}

// assertViaAny lowers a cell's own x.(T) as above when needed; one that
// panics says what Go says of x's interface, not of any:
//
//	w.(Dog)  ->  func(v Walker) Dog { if w, ok := __gt.Orig(v).(Dog); ok { return w }; if v == nil { … }; __gt.AssertFailed("interface conversion: main.Walker is " + __gt.TypeName(v, "") + ", not main.Dog"); var z Dog; return z }(w)
func (l *lowerer) assertViaAny(e *ast.TypeAssertExpr) {
	if e.Type == nil || l.asCall[e] {
		return
	}
	xt, t := l.c.info.Types[e.X].Type, l.c.info.Types[e.Type].Type
	if xt == nil || t == nil || viaAny(xt, t, "") == "" || mentionsLocal(xt, l.c.pkg) || mentionsLocal(t, l.c.pkg) {
		return
	}
	// From a standard interface (a sync.Locker holding a *SafeMap that
	// embeds sync.Mutex), the value is the interpreter's wrapper, which
	// Orig opens.
	open := "any("
	if isCompiledNamed(xt, l.c.pkg) {
		open = hook + ".Orig("
	}
	if _, commaOk := l.c.info.Types[e].Type.(*types.Tuple); commaOk {
		l.ed.insert(l.off(e.X.Pos()), open)
		l.ed.insert(l.off(e.X.End()), ")")
		return
	}
	tname, xname := l.namer.str(t), l.namer.str(xt)
	fail := "interface conversion: " + goTypeName(xt) + " is "
	l.assertAsCall(e, "func(v "+xname+") "+tname+" { if w, ok := "+open+"v).("+tname+"); ok { return w }; "+
		"if v == nil { "+hook+".AssertFailed("+strconv.Quote("interface conversion: interface is nil, not "+goTypeName(t))+") }; "+
		hook+".AssertFailed("+strconv.Quote(fail)+" + "+hook+".TypeName(v, \"\") + "+strconv.Quote(", not "+goTypeName(t))+"); var z "+tname+"; return z }(")
}
