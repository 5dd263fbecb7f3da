package frontend

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// The interpreter's recover answers in a func called by the func whose
// deferred calls are running, and the frame it asks is the one the
// called func value was made in. A deferred method call is made by a
// literal that gets the receiver evaluated at the defer statement (see
// deferStmt), so a method that recovers saw no panic there:
//
//	func (g *guard) handle() { if r := recover(); r != nil { … } }
//	defer g.handle()   // Go: the panic is over; the interpreter: it goes on
//
// A method of the program that calls recover gets a twin: a func with
// the method's own body (its lines, its lowering), called by the method,
// and a deferred call of the method defers the twin with the receiver as
// its first argument, which the interpreter runs as it runs a deferred
// call of a func:
//
//	func (g *guard) handle() { … }  ->  func (__gt_rv *guard) handle() { __gt_rm5_guard_handle(__gt_rv) }; func __gt_rm5_guard_handle(g *guard) { … }
//	defer g.handle()               ->  { __gt_df1 := __gt_rm5_guard_handle; __gt_dr1 := g; defer __gt_df1(__gt_dr1) }
//
// Called the usual way, through the method, the twin's recover sees no
// panic, as Go's recover in a func that is not deferred.

// recoveringTwin gives fd, a method declaration of the cell, its twin
// when it calls recover.
func (l *lowerer) recoveringTwin(fd *ast.FuncDecl) {
	name := l.twinFuncName(fd)
	if name == "" {
		return
	}
	fn, _ := l.c.info.Defs[fd.Name].(*types.Func)
	sig := fn.Type().(*types.Signature)
	params, args := l.forwardParams(sig, 0)
	call := name + "(" + strings.Join(append([]string{twinRecv}, args...), ", ") + ")"
	if sig.Results().Len() > 0 {
		call = "return " + call
	}
	results := ""
	if n := sig.Results().Len(); n > 0 {
		rs := make([]string, n)
		for i := range rs {
			rs[i] = l.namer.str(sig.Results().At(i).Type())
		}
		results = " (" + strings.Join(rs, ", ") + ")"
	}
	wrapper := "func (" + twinRecv + " " + l.namer.str(sig.Recv().Type()) + ") " + fd.Name.Name + "(" + strings.Join(params, ", ") + ")" + results + " { " + call + " }; "
	l.ed.insert(l.off(fd.Type.Func), wrapper)
	field := fd.Recv.List[0]
	recv := l.text(field.Type)
	if len(field.Names) == 0 {
		recv = "_ " + recv
	} else {
		recv = field.Names[0].Name + " " + recv
	}
	if len(fd.Type.Params.List) > 0 {
		recv += ", "
	}
	l.ed.replace(l.off(fd.Recv.Opening), l.off(fd.Type.Params.Opening)+1, name+"("+recv)
}

// twinFuncName is the name of the twin of fd, a method declaration, ""
// for none: a method of a non-generic type that calls recover itself.
func (l *lowerer) twinFuncName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) != 1 || fd.Body == nil || !l.callsRecover(fd.Body) {
		return ""
	}
	fn, _ := l.c.info.Defs[fd.Name].(*types.Func)
	if fn == nil {
		return ""
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return ""
	}
	named, _ := derefType(recv.Type()).(*types.Named)
	if named == nil || named.TypeParams().Len() > 0 || named.Obj().Parent() != l.c.pkg.Scope() {
		return ""
	}
	return TwinName(named.Obj().Name() + "." + fd.Name.Name)
}

// twinRecv is the receiver's name in the method that calls its twin.
const twinRecv = hook + "_rv"

// twinPrefix begins the name of a twin func.
const twinPrefix = hook + "_rm"

// TwinName is the name of the twin func of method ("T.M"), which lowering
// gives a method that calls recover (the type's name's length keeps
// T.M and another type's method apart: T_a.b and T.a_b).
func TwinName(method string) string {
	t, m, _ := strings.Cut(method, ".")
	return twinPrefix + strconv.Itoa(len(t)) + "_" + t + "_" + m
}

// IsTwin reports whether name is a twin func's (see TwinName).
func IsTwin(name string) bool { return strings.HasPrefix(name, twinPrefix) }

// IsTwinCaller reports whether src (lowered code) is a method that
// lowering wrote to call its twin.
func IsTwinCaller(src string) bool { return strings.HasPrefix(src, "func ("+twinRecv+" ") }

// deferredTwin returns the twin of the method a deferred call selects
// (sel, a method value of the program's) and the twin's signature, with
// the receiver as its first parameter; "" when the method has none.
func (l *lowerer) deferredTwin(sel *types.Selection) (string, *types.Signature) {
	if sel == nil || sel.Kind() != types.MethodVal || types.IsInterface(sel.Recv()) {
		return "", nil
	}
	fn, _ := sel.Obj().(*types.Func)
	if fn == nil || fn.Pkg() != l.c.pkg {
		return "", nil
	}
	fd := l.declOf(fn)
	if fd == nil {
		return "", nil
	}
	name := l.twinFuncName(fd)
	if name == "" {
		return "", nil
	}
	sig := fn.Type().(*types.Signature)
	vars := []*types.Var{sig.Recv()}
	for i := 0; i < sig.Params().Len(); i++ {
		vars = append(vars, sig.Params().At(i))
	}
	return name, types.NewSignatureType(nil, nil, nil, types.NewTuple(vars...), sig.Results(), sig.Variadic())
}

// ifaceTwinCases returns the clauses of a type switch on an interface
// value whose method sel selects, one for each struct type of the
// session (or pointer to one) that implements the interface with a
// method of its own that has a twin: the clause defers the twin, given
// the value (__gt_v) and args. "" when there is none.
//
//	defer c.catch()  ->  { __gt_dr1 := c; switch __gt_v := __gt_dr1.(type) { case *guard: defer __gt_rm5_guard_catch(__gt_v); default: defer func(__gt_r catcher) { __gt_r.catch() }(__gt_dr1) } }
func (l *lowerer) ifaceTwinCases(sel *types.Selection, args []string) string {
	iface, ok := sel.Recv().Underlying().(*types.Interface)
	if !ok || sel.Kind() != types.MethodVal {
		return ""
	}
	method := sel.Obj().Name()
	var b strings.Builder
	for _, n := range l.declaredTypes() {
		if st, ok := n.Underlying().(*types.Struct); !ok || st.NumFields() == 0 {
			continue // (boxed in interfaces)
		}
		for _, t := range []types.Type{types.NewPointer(n), n} {
			if !types.Implements(t, iface) {
				continue
			}
			obj, index, _ := types.LookupFieldOrMethod(t, true, l.c.pkg, method)
			fn, ok := obj.(*types.Func)
			if !ok || len(index) != 1 {
				continue
			}
			fd := l.declOf(fn)
			if fd == nil {
				continue
			}
			twin := l.twinFuncName(fd)
			if twin == "" {
				continue
			}
			recv := "__gt_v"
			if !isPointer(fn.Type().(*types.Signature).Recv().Type()) && isPointer(t) {
				recv = "*__gt_v"
			}
			b.WriteString("case " + l.namer.str(t) + ": defer " + twin + "(" + strings.Join(append([]string{recv}, args...), ", ") + "); ")
		}
	}
	return b.String()
}

// twinReceiver wraps x, a deferred call's operand whose method sel
// selects, into the receiver its twin gets (of type recv): through the
// embedded fields of a promoted method, its address or what it points to.
func (l *lowerer) twinReceiver(x ast.Expr, sel *types.Selection, recv types.Type) {
	path, ft := promotedPath(l.c.info.Types[x].Type, sel)
	switch {
	case isPointer(recv) && !isPointer(ft):
		l.ed.insertOpening(l.off(x.Pos()), "&(")
		l.ed.insertClosing(l.off(x.End()), path+")")
	case !isPointer(recv) && isPointer(ft):
		l.ed.insertOpening(l.off(x.Pos()), "*(")
		l.ed.insertClosing(l.off(x.End()), path+")")
	case path != "":
		l.ed.insertClosing(l.off(x.End()), path)
	}
}

// isPointer reports whether t is a pointer type.
func isPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// WithoutTwinCaller returns code, a method's lowering, with the method
// that calls its twin blanked out (spaces keep the twin's columns): the
// twin alone.
func WithoutTwinCaller(code string) string {
	i := strings.Index(code, "func ("+twinRecv+" ")
	if i < 0 {
		return code
	}
	j := strings.Index(code[i:], "; func "+twinPrefix)
	if j < 0 {
		return code
	}
	return code[:i] + strings.Repeat(" ", j+2) + code[i+j+2:]
}

// TwinMethod returns the name of the method whose twin func is name (see
// TwinName), "" when name is none.
func TwinMethod(name string) string {
	rest, ok := strings.CutPrefix(name, twinPrefix)
	if !ok {
		return ""
	}
	n, rest, ok := strings.Cut(rest, "_")
	size, err := strconv.Atoi(n)
	if !ok || err != nil || size+1 > len(rest) {
		return ""
	}
	return rest[size+1:]
}
