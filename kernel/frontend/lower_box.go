package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// The interpreter's reflect type for a declared type that is not a
// struct (type Celsius float64, type Color int, type Names []string) is
// its underlying type's: in an interface, a Celsius was a float64 to
// assertions (x.(float64) held, x.(Celsius) held for a float64), to type
// switches (case float64: took it), to %T (float64) and to fmt, which
// printed it without its String method once it had passed through a
// func's parameter, a slice, a map or a channel. Such a value is held in
// an interface in a box: a struct type of its own declared beside it,
// whose one embedded field is the value, so that its methods are the
// box's and its reflect type is its own.
//
//	type Celsius float64  ->  type Celsius float64; type __gt_box_Celsius struct{ Celsius `gt:"box main.Celsius"` }
//	var x any = c         ->  var x any = (func(v Celsius) any { return __gt_box_Celsius{v} })(c)
//	x.(Celsius)           ->  func(v any) Celsius { return v.(__gt_box_Celsius).Celsius }(x)
//	case Celsius:         ->  case __gt_box_Celsius:   (the clause's variable the field)
//
// A type a func declares (type key string in main) gets its box beside
// it, in the func.
//
// Every conversion to an interface boxes (assignment, argument, result,
// element, send, comparison, case value), every assertion and case
// unboxes; fmt, %T, panics and assertion messages see through the box
// (kernel/cellrt/fmtview), as compiled Go sees the value itself.

// boxTag is the struct tag of the field of a box of the type Go names
// goName ("main.Celsius", "main.Stack[int]"), by which run-time code
// knows a box and the type it holds (reflect spells an embedded field
// by its type alone).
func boxTag(goName string) string { return `gt:"box ` + goName + `"` }

// A boxing is how a value of type t goes into an interface: in n's box
// (t is n), or, for a pointer to n (ptr), as a pointer to n's box at the
// same address, whose method set is *n's (the box embeds the value),
// so that a *Counter is not an *int to assertions, type switches and %T:
//
//	var w io.Writer = &c  ->  var w io.Writer = (func(v *Counter) io.Writer { return (*__gt_box_Counter)(__gt.UnsafePointer(v)) })(&c)
//	w.(*Counter)          ->  func(v io.Writer) *Counter { return (*Counter)(__gt.UnsafePointer(__gt.Orig(v).(*__gt_box_Counter))) }(w)
//
// An instance of a generic type the session declares (type Stack[T any]
// []T) is held as its specialised copy (see specialise.go), which is
// boxed as any other type: name is the type as lowered code spells it,
// the copy's name for an instance.
type boxing struct {
	n    *types.Named
	ptr  bool
	name string
}

// typeName is the box's type as lowered code spells it.
func (b *boxing) typeName() string {
	if b.ptr {
		return "*" + boxName(b.name)
	}
	return boxName(b.name)
}

// wrap is the text boxing v, a value of the boxed type.
func (b *boxing) wrap(v string) string {
	if b.ptr {
		return "(*" + boxName(b.name) + ")(" + hook + ".UnsafePointer(" + v + "))"
	}
	return boxName(b.name) + "{" + v + "}"
}

// open is the text of the value the box v holds, of the boxed type
// (typ, as lowered code spells it).
func (b *boxing) open(v, typ string) string {
	if b.ptr {
		return "(" + typ + ")(" + hook + ".UnsafePointer(" + v + "))"
	}
	return v + "." + b.name
}

// boxed returns how values of t go into interfaces boxed (see above): t
// is, or points to, a type the session declares at package level (or
// an instance of one that is generic) or a func of the cell declares,
// whose underlying type is not an interface, a pointer or a struct with
// fields. Else nil.
func (l *lowerer) boxed(t types.Type) *boxing {
	if t == nil {
		return nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		if b := l.boxed(p.Elem()); b != nil && !b.ptr {
			return &boxing{n: b.n, ptr: true, name: b.name}
		}
		return nil
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != l.c.pkg {
		return nil
	}
	name := n.Obj().Name()
	switch {
	case n.TypeArgs().Len() > 0:
		// An instance (Stack[int]): its copy's box.
		if hasTypeParam(n, 0) || n.Obj().Parent() != l.c.pkg.Scope() {
			return nil
		}
		args := make([]types.Type, n.TypeArgs().Len())
		for i := range args {
			args[i] = n.TypeArgs().At(i)
		}
		name = specName(hook+"t", name, args)
	case n.TypeParams().Len() > 0:
		return nil
	case strings.HasPrefix(name, hook):
		// The copy itself, in its own check (its box is declared
		// with it); no other generated type.
		if _, ok := copiesOf.Load(name); !ok {
			return nil
		}
	}
	if n.Obj().Parent() != l.c.pkg.Scope() {
		// A func's own type: boxed by a box declared beside it, when
		// the cell declares it, in a func that is not generic, it
		// stays there (lower_hoist.go) and keeps its name.
		if n.Obj().Parent() == nil || !l.c.inCell(n.Obj().Pos()) || l.c.hoisted[n.Obj()] != nil || hasTypeParam(n.Underlying(), 0) || l.inGeneric(n.Obj().Pos()) {
			return nil
		}
		if name := n.Obj().Name(); l.c.pkg.Scope().Lookup(name) != nil || types.Universe.Lookup(name) != nil {
			return nil // renamed (localTypeNames)
		}
	}
	switch u := n.Underlying().(type) {
	case *types.Struct:
		if u.NumFields() > 0 {
			return nil
		}
		// An empty struct type's reflect type is struct{}, every
		// other one's too.
	case *types.Interface, *types.Pointer:
		return nil
	}
	if b, ok := n.Underlying().(*types.Basic); ok && b.Kind() == types.UnsafePointer {
		return nil
	}
	// The box's field is named as the type: a method of that name would
	// be hidden by it.
	if obj, _, _ := types.LookupFieldOrMethod(n, true, l.c.pkg, name); obj != nil {
		return nil
	}
	return &boxing{n: n, name: name}
}

// compositeBox returns, for t, a slice or map type built of types
// the session declares whose reflect types are not their own ([]Celsius
// is []float64 to the interpreter, see desc), the Go name of t and its
// description: a value of t goes into an empty interface in a box made
// at run time for it (fmtview.CompositeBox), asserted and switched on
// by that name. "" for any other type.
//
//	var x any = temps  ->  var x any = __gt.CompositeBox("[]main.Celsius", "[]T:main.Celsius", temps)
func (l *lowerer) compositeBox(t types.Type) (name, desc string) {
	if t == nil {
		return "", ""
	}
	if mentionsLocal(t, l.c.pkg) || hasTypeParam(t, 0) {
		return "", ""
	}
	switch u := types.Unalias(t).(type) {
	case *types.Slice, *types.Map, *types.Array:
		// (An array is comparable: boxCompare, boxCases and boxIndex box
		// it where it meets an interface, a map's key or a case.)
	case *types.Chan, *types.Signature:
		// A chan Celsius is a chan float64 to the interpreter, and a
		// func(Celsius) a func(float64): boxed by their Go names, with
		// nothing to describe (fmt prints neither's elements).
		if !l.namedInPlace(t) || !l.builtOfBoxed(u) {
			return "", ""
		}
		return goTypeName(t), ""
	default:
		return "", ""
	}
	if !l.namedInPlace(t) {
		return "", ""
	}
	desc = l.desc(t, 0)
	if desc == "" && l.builtOfBoxed(t) {
		return goTypeName(t), "" // []func(Level) string
	}
	if !strings.Contains(desc, "T:") || strings.Contains(desc, "S:") {
		return "", ""
	}
	return goTypeName(t), desc
}

// builtOfBoxed reports whether t is a chan or func type, or a slice,
// array, map or pointer of one, whose elements, parameters or results
// are of types the session declares whose reflect types are not their
// own (see desc): chan Celsius, []func(Level) string.
func (l *lowerer) builtOfBoxed(t types.Type) bool { return l.builtOfBoxedIn(t, 0) }

func (l *lowerer) builtOfBoxedIn(t types.Type, depth int) bool {
	if depth > 4 {
		return false
	}
	of := func(e types.Type) bool {
		return strings.Contains(l.desc(e, 1), "T:") || l.builtOfBoxedIn(e, depth+1)
	}
	switch t := types.Unalias(t).(type) {
	case *types.Chan:
		return of(t.Elem())
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for v := range tup.Variables() {
				if of(v.Type()) {
					return true
				}
			}
		}
	case *types.Slice:
		return l.builtOfBoxedIn(t.Elem(), depth+1)
	case *types.Array:
		return l.builtOfBoxedIn(t.Elem(), depth+1)
	case *types.Pointer:
		return l.builtOfBoxedIn(t.Elem(), depth+1)
	case *types.Map:
		return l.builtOfBoxedIn(t.Key(), depth+1) || l.builtOfBoxedIn(t.Elem(), depth+1)
	}
	return false
}

// compositeBoxInto boxes e, of type t, when compositeBox boxes t, and
// reports whether it did.
func (l *lowerer) compositeBoxInto(e ast.Expr, t types.Type) bool {
	name, desc := l.compositeBox(t)
	if name == "" {
		return false
	}
	l.ed.insert(l.off(e.Pos()), hook+".CompositeBox("+strconv.Quote(name)+", "+strconv.Quote(desc)+", ")
	// (After the wrappers e's own lowering puts around it: a func
	// literal in a frame of its own, see ownFrame.)
	l.ed.insertClosing(l.off(e.End()), ")")
	return true
}

// reflectsBoxes are the standard funcs taking an any that see through a
// composite's box (kernel/cellrt/reflectview): other compiled funcs get
// the value as it is (sort.Slice sorts it).
var reflectsBoxes = map[string]bool{"reflect.TypeOf": true, "reflect.ValueOf": true, "reflect.DeepEqual": true}

// compositeAssert lowers x.(T), of an empty interface x, for a type T
// that compositeBox boxes: the box of T is opened, anything else fails
// as Go's assertion does.
func (l *lowerer) compositeAssert(e *ast.TypeAssertExpr) bool {
	target, xt := l.assertedType(e), l.c.info.Types[e.X].Type
	if target == nil || xt == nil || !emptyIface(xt) || mentionsLocal(xt, l.c.pkg) || hasTypeParam(xt, 0) {
		return false
	}
	name, _ := l.compositeBox(target)
	if name == "" {
		return false
	}
	typ, xname, q := l.namer.str(target), l.namer.str(xt), strconv.Quote(name)
	if _, commaOk := l.c.info.Types[e].Type.(*types.Tuple); commaOk {
		l.assertAsCall(e, "func(v "+xname+") ("+typ+", bool) { if u, ok := "+hook+".CompositeOpen(v, "+q+"); ok { return u.("+typ+"), true }; var z "+typ+"; return z, false }(")
		return true
	}
	iface := goTypeName(xt)
	if _, named := types.Unalias(xt).(*types.Named); !named {
		iface = "interface {}"
	}
	fail := hook + ".AssertFailed(" + strconv.Quote("interface conversion: "+iface+" is ") + " + " + hook + ".TypeName(v, \"\") + " + strconv.Quote(", not "+name) + ")"
	nilFail := hook + ".AssertFailed(" + strconv.Quote("interface conversion: "+iface+" is nil, not "+name) + ")"
	l.assertAsCall(e, "func(v "+xname+") "+typ+" { u, ok := "+hook+".CompositeOpen(v, "+q+"); if !ok { if v == nil { "+nilFail+" }; "+fail+" }; return u.("+typ+") }(")
	return true
}

// inGeneric reports whether pos is inside a generic func the cell
// declares.
func (l *lowerer) inGeneric(pos token.Pos) bool {
	for _, d := range l.c.decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= pos && pos < fd.End() {
			return fd.Type.TypeParams != nil || fd.Recv != nil && hasRecvTypeParams(fd.Recv)
		}
	}
	return false
}

// hasRecvTypeParams reports whether recv, a method's receiver, names a
// generic type's parameters (func (s *Stack[T]) Push).
func hasRecvTypeParams(recv *ast.FieldList) bool {
	if len(recv.List) == 0 {
		return false
	}
	t := recv.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// boxName is the name of the box of the type lowered code names name.
func boxName(name string) string { return hook + "_box_" + name }

// boxedName returns the box of the session type a case list or an
// assertion spells t ("Celsius"), or t itself.
func (l *lowerer) boxedName(t string) string {
	if tn, ok := l.c.pkg.Scope().Lookup(t).(*types.TypeName); ok {
		if b := l.boxed(tn.Type()); b != nil {
			return b.typeName()
		}
	}
	return t
}

// boxDecls declares the box of each type of d that needs one, on d's
// last line.
func (l *lowerer) boxDecls(d *ast.GenDecl) {
	if d.Tok != token.TYPE {
		return
	}
	var b strings.Builder
	for _, spec := range d.Specs {
		ts := spec.(*ast.TypeSpec)
		if ts.TypeParams != nil || ts.Assign.IsValid() {
			continue
		}
		tn, ok := l.c.info.Defs[ts.Name].(*types.TypeName)
		if !ok {
			continue
		}
		if bx := l.boxed(tn.Type()); bx != nil {
			b.WriteString("; type " + boxName(bx.name) + " struct{ " + bx.name + " `" + boxTag(assertTypeName(bx.n)) + "` }")
		}
	}
	if b.Len() > 0 {
		l.ed.insert(l.off(d.End()), b.String())
	}
}

// boxInto boxes e, boxed as b says, converted to the interface type
// target (see copyInto, which calls it).
func (l *lowerer) boxInto(e ast.Expr, b *boxing, target types.Type) {
	open, closing := l.boxText(b, target)
	l.ed.insert(l.off(e.Pos()), open)
	l.ed.insert(l.off(e.End()), closing)
}

// boxText returns the text that boxes a value boxed as b says converted
// to the interface type target, written between them.
func (l *lowerer) boxText(b *boxing, target types.Type) (open, closing string) {
	typ := l.namer.str(b.n)
	if b.ptr {
		typ = "*" + typ
	}
	iface := target.Underlying().(*types.Interface)
	switch {
	case mentionsLocal(target, l.c.pkg) || hasTypeParam(target, 0):
		open, closing, _ = strings.Cut(b.wrap("\x00"), "\x00")
		return open, closing
	case !b.ptr && !iface.Empty() && isCompiledNamed(target, l.c.pkg):
		// A standard interface: the interpreter's wrapper of a struct
		// is made right by Rewrap (see rewrapText).
		iname := l.namer.str(target)
		return "(func(v " + typ + ") " + iname + " { b := " + b.wrap("v") + "; return " + rewrapText("b", iname) + " })(", ")"
	default:
		// Made in a func: each call's box is its own (a loop storing
		// boxes made in place would store one box again and again).
		return "(func(v " + typ + ") " + l.namer.str(target) + " { return " + b.wrap("v") + " })(", ")"
	}
}

// boxAssert lowers x.(T) for a boxed type T: the box is asserted and
// opened.
func (l *lowerer) boxAssert(e *ast.TypeAssertExpr) bool {
	target := l.assertedType(e)
	if target == nil {
		return false
	}
	b := l.boxed(target)
	xt := l.c.info.Types[e.X].Type
	if b == nil || xt == nil || mentionsLocal(xt, l.c.pkg) || hasTypeParam(xt, 0) {
		return false
	}
	box, typ, xname := b.typeName(), l.namer.str(target), l.namer.str(xt)
	v := "v"
	if b.ptr {
		// (The value the interpreter's wrapper of a standard interface
		// holds: a recovered panic(err) is one.)
		v = hook + ".Orig(v)"
	}
	if _, commaOk := l.c.info.Types[e].Type.(*types.Tuple); commaOk {
		l.assertAsCall(e, "func(v "+xname+") ("+typ+", bool) { b, ok := "+v+".("+box+"); return "+b.open("b", typ)+", ok }(")
	} else {
		l.assertAsCall(e, "func(v "+xname+") "+typ+" { return "+b.open(v+".("+box+")", typ)+" }(")
	}
	return true
}

// boxCompare boxes the operand of a boxed type in a comparison with an
// interface (Go converts it to the interface type).
func (l *lowerer) boxCompare(e *ast.BinaryExpr) {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return
	}
	xt, yt := l.c.info.Types[e.X], l.c.info.Types[e.Y]
	if xt.Type == nil || yt.Type == nil || xt.IsNil() || yt.IsNil() {
		return
	}
	if b := l.boxed(yt.Type); b != nil && types.IsInterface(xt.Type) {
		l.boxInto(e.Y, b, xt.Type)
	} else if b := l.boxed(xt.Type); b != nil && types.IsInterface(yt.Type) {
		l.boxInto(e.X, b, yt.Type)
	} else if emptyIface(xt.Type) && !types.IsInterface(yt.Type) {
		l.compositeBoxInto(e.Y, yt.Type)
	} else if emptyIface(yt.Type) && !types.IsInterface(xt.Type) {
		l.compositeBoxInto(e.X, xt.Type)
	}
}

// boxCases boxes the case values of a switch on an interface that are of
// a boxed type.
func (l *lowerer) boxCases(s *ast.SwitchStmt) {
	if s.Tag == nil {
		return
	}
	tt := l.c.info.Types[s.Tag].Type
	if tt == nil || !types.IsInterface(tt) {
		return
	}
	for _, c := range s.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			if b := l.boxed(l.c.info.Types[e].Type); b != nil {
				l.boxInto(e, b, tt)
			} else if emptyIface(tt) {
				l.compositeBoxInto(e, l.c.info.Types[e].Type)
			}
		}
	}
}

// boxedCaseValue is the value of a type switch's variable in a clause of
// the boxed type t (boxed as b says), from the operand holding its box.
func (l *lowerer) boxedCaseValue(b *boxing, t types.Type, operand string) string {
	return b.open(operand+".("+b.typeName()+")", l.namer.str(t))
}

// caseName is t as a case list or an assertion of the lowered code
// spells it: a boxed type's box, else its name.
func (l *lowerer) caseName(t types.Type) string {
	if b := l.boxed(t); b != nil {
		return b.typeName()
	}
	return l.namer.str(t)
}

// boxTypeCases lowers the cases of boxed types of a type switch that
// typeSwitch left to the interpreter: the case is the box, and a
// variable the switch binds is, in the clause, the box's field.
//
//	case Celsius: body  ->  case __gt_box_Celsius: { c := c.Celsius; _ = c; body }
func (l *lowerer) boxTypeCases(s *ast.TypeSwitchStmt) {
	var bound *ast.Ident
	if a, ok := s.Assign.(*ast.AssignStmt); ok && len(a.Lhs) == 1 {
		bound, _ = a.Lhs[0].(*ast.Ident)
	}
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		for _, e := range cc.List {
			if b := l.boxed(l.c.info.Types[e].Type); b != nil && l.c.info.Types[e].IsType() {
				l.replaceTypeExpr(e, b.typeName())
			}
		}
		if len(cc.List) != 1 || bound == nil || bound.Name == "_" || l.c.info.Implicits[cc] == nil {
			continue
		}
		t := l.c.info.Types[cc.List[0]].Type
		b := l.boxed(t)
		if b == nil {
			continue
		}
		end := l.off(cc.Colon) + 1
		if len(cc.Body) > 0 {
			end = l.off(cc.Body[len(cc.Body)-1].End())
		}
		l.ed.insert(l.off(cc.Colon)+1, " { "+bound.Name+" := "+b.open(bound.Name, l.namer.str(t))+"; _ = "+bound.Name+";")
		l.ed.insert(end, " }")
	}
}

// replaceTypeExpr replaces the type expression e, whose own lowering
// (the copy an instance of a generic type names) is dropped.
func (l *lowerer) replaceTypeExpr(e ast.Expr, text string) {
	l.ed.take(l.c.plan.cell, l.off(e.Pos()), l.off(e.End()))
	l.ed.replace(l.off(e.Pos()), l.off(e.End()), text)
}

// isTuple reports whether t is a tuple (a call's several results).
func isTuple(t types.Type) bool {
	_, ok := t.(*types.Tuple)
	return ok
}

// boxIndex boxes the key of a map index whose key type is an interface
// (m[Level("info")] of a map[any]int).
func (l *lowerer) boxIndex(e *ast.IndexExpr) {
	mt, ok := l.c.info.Types[e.X].Type.(*types.Map)
	if !ok {
		if t := l.c.info.Types[e.X].Type; t != nil {
			mt, ok = t.Underlying().(*types.Map)
		}
	}
	if !ok || !types.IsInterface(mt.Key()) {
		return
	}
	if b := l.boxed(l.c.info.Types[e.Index].Type); b != nil {
		l.boxInto(e.Index, b, mt.Key())
	} else if emptyIface(mt.Key()) {
		l.compositeBoxInto(e.Index, l.c.info.Types[e.Index].Type)
	}
}
