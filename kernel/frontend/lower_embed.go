package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// The interpreter cannot make a value of a struct type that embeds an
// interface of compiled code (error, io.Reader, sort.Interface) into an
// interface: converting `type reverse struct{ sort.Interface }` to
// sort.Interface panicked "reflect: StructOf does not support methods of
// embedded interfaces", and `codeErr{err, 3}` as an error "method not
// found: Error"; nor can it find a method that a cell's interface
// gets from a compiled one it embeds (`type Shape interface{ Area()
// float64; fmt.Stringer }` in `type Framed struct{ Shape }`, which Go
// prints by its String). The embedded field becomes a field of the same name,
// and the methods it promoted become methods of the type that call it,
// on the declaration's last line:
//
//	type reverse struct{ sort.Interface }   ->   type reverse struct{ Interface sort.Interface }; func (__gt_fw reverse) Len() int { return __gt_fw.Interface.Len() }; …
//
// A method the type declares itself (reverse's own Less) is not
// generated; one declared in a later cell replaces the generated one.

// structDecl is a struct type a declaration of the cell declares (not
// generic, no alias): its type and its type expression.
type structDecl struct {
	named *types.Named
	expr  *ast.StructType
}

// structDecls returns the struct types d declares.
func (l *lowerer) structDecls(d *ast.GenDecl) []structDecl {
	var out []structDecl
	for _, spec := range d.Specs {
		ts := spec.(*ast.TypeSpec)
		st, ok := ts.Type.(*ast.StructType)
		if !ok || ts.TypeParams != nil || ts.Assign.IsValid() {
			continue
		}
		tn, ok := l.c.info.Defs[ts.Name].(*types.TypeName)
		if !ok {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok {
			out = append(out, structDecl{named, st})
		}
	}
	return out
}

// embeddedIfaces lowers the struct types of d, a declaration of the
// cell, as above.
func (l *lowerer) embeddedIfaces(d *ast.GenDecl) {
	if d.Tok != token.TYPE {
		return
	}
	var methods []string
	for _, sd := range l.structDecls(d) {
		named, st := sd.named, sd.expr
		for _, f := range st.Fields.List {
			if len(f.Names) != 0 {
				continue
			}
			ft := l.c.info.Types[f.Type].Type
			iface, ok := ft.Underlying().(*types.Interface)
			if _, named := types.Unalias(ft).(*types.Named); !ok || iface.NumMethods() == 0 || !named && !isCompiledNamed(ft, l.c.pkg) {
				continue
			}
			field := types.Unalias(ft).(*types.Named).Obj().Name()
			if ft == types.Universe.Lookup("error").Type() {
				field = "error"
			}
			l.ed.insert(l.off(f.Type.Pos()), field+" ")
			for i := 0; i < iface.NumMethods(); i++ {
				m := iface.Method(i)
				if l.declaresMethod(named, m.Name()) {
					continue
				}
				methods = append(methods, l.forwarder(named, field, m))
			}
		}
	}
	if len(methods) > 0 {
		l.ed.insert(l.off(d.End()), "; "+strings.Join(methods, "; "))
	}
}

// A struct type embedding a compiled type by value (strings.Builder,
// bytes.Buffer, sync.Mutex) has, through a pointer, the methods of the
// field's pointer; the interpreter calls them (x.Write(p)) but does not
// count them in the pointer's method set, so that &rw{} was no io.Writer
// ("cannot use type *main.rw as type io.Writer"). Each such method
// becomes a method of the pointer that calls the field's, on the
// declaration's last line:
//
//	type rw struct{ strings.Builder }   ->   type rw struct{ strings.Builder }; func (__gt_fw *rw) Write(p0 []byte) (int, error) { return __gt_fw.Builder.Write(p0) }; …
//
// Likewise a struct embedding a pointer to a compiled type has its
// methods as methods of the struct itself, which the interpreter did
// not find for a struct value put in an interface ("method not found"
// for var w io.Writer = v, v embedding *bytes.Buffer):
//
//	type lb struct{ *bytes.Buffer; n int }   ->   …; func (__gt_fw lb) Write(p0 []byte) (int, error) { return __gt_fw.Buffer.Write(p0) }; …
//
// So does a struct embedding a compiled type by value, for the methods
// of the type's value (time.Duration's String, sort.IntSlice's Len): the
// interpreter missed them, so that a Retry{time.Duration; N int} in a
// fmt.Stringer dereferenced nil, and an ints{sort.IntSlice} was no
// sort.Interface.
//
// The field stays embedded (its fields, printing and reflection are
// Go's); a method the type declares itself, or one a field or a
// shallower method hides, is not in the method set and not generated.

// embeddedPtrMethods lowers the struct types of d, a declaration of the
// cell, as above.
func (l *lowerer) embeddedPtrMethods(d *ast.GenDecl) {
	if d.Tok != token.TYPE {
		return
	}
	var methods []string
	for _, sd := range l.structDecls(d) {
		named := sd.named
		st := named.Underlying().(*types.Struct)
		byValue := types.NewMethodSet(named)
		ptr := types.NewMethodSet(types.NewPointer(named))
		for i := 0; i < ptr.Len(); i++ {
			sel := ptr.At(i)
			m := sel.Obj().(*types.Func)
			if len(sel.Index()) < 2 || !m.Exported() || !l.writableSig(m.Type().(*types.Signature)) {
				continue
			}
			f := st.Field(sel.Index()[0])
			ft, byPtr := f.Type(), false
			if p, ok := types.Unalias(ft).(*types.Pointer); ok {
				ft, byPtr = p.Elem(), true
			}
			if !f.Embedded() || !isCompiledNamed(ft, l.c.pkg) || types.IsInterface(ft) {
				continue
			}
			if n, ok := types.Unalias(ft).(*types.Named); !ok || n.TypeArgs().Len() > 0 {
				continue
			}
			switch {
			case byPtr || byValue.Lookup(m.Pkg(), m.Name()) != nil:
				methods = append(methods, l.forwarder(named, f.Name(), m))
			case byValue.Lookup(m.Pkg(), m.Name()) == nil:
				methods = append(methods, l.ptrForwarder(named, f.Name(), m))
			}
		}
	}
	if len(methods) > 0 {
		l.ed.insert(l.off(d.End()), "; "+strings.Join(methods, "; "))
	}
}

// ptrForwarder is a method of *t that calls method m of its field.
func (l *lowerer) ptrForwarder(t *types.Named, field string, m *types.Func) string {
	return l.forwarderOf("*"+t.Obj().Name(), field, true, m)
}

// writableSig reports whether generated code can spell sig: each named
// type in it is exported from a package cells can import.
func (l *lowerer) writableSig(sig *types.Signature) bool {
	ok := true
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if !ok || depth > 8 {
			return
		}
		switch t := t.(type) {
		case *types.Alias:
			walk(types.Unalias(t), depth)
		case *types.Named:
			if p := t.Obj().Pkg(); p != nil && p != l.c.pkg && (!t.Obj().Exported() || strings.Contains(p.Path(), "internal") || t.TypeArgs().Len() > 0) {
				ok = false
			}
		case *types.Pointer:
			walk(t.Elem(), depth+1)
		case *types.Slice:
			walk(t.Elem(), depth+1)
		case *types.Array:
			walk(t.Elem(), depth+1)
		case *types.Map:
			walk(t.Key(), depth+1)
			walk(t.Elem(), depth+1)
		case *types.Chan:
			walk(t.Elem(), depth+1)
		case *types.Signature:
			for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tup.Len(); i++ {
					walk(tup.At(i).Type(), depth+1)
				}
			}
		case *types.Struct, *types.Interface:
			ok = false // (spelled out in full; rare in methods worth forwarding)
		}
	}
	walk(sig, 0)
	return ok
}

// forwarderRecv is the receiver of the methods above, by which a frame
// in one is told from the user's methods (InForwarder).
const forwarderRecv = hook + "_fw"

// IsForwarder reports whether src, a method declaration of the lowered
// code, is a forwarding method the front end wrote (see above). The
// front end leaves it out of the session's declarations it checks a cell
// against: the embedded field promotes the method there, and the body
// may call the engine's hooks, which the check does not know.
func IsForwarder(src string) bool { return strings.HasPrefix(src, "func ("+forwarderRecv+" ") }

// InForwarder reports whether line and col of src (lowered code) lie in
// a method that lowering wrote to call an embedded field's (all on the
// declaration's line): such a frame is the call of the method it
// forwards, which Go makes in the frame that called it.
func InForwarder(src string, line, col int) bool {
	for n := 1; n < line; n++ {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			return false
		}
		src = src[i+1:]
	}
	if i := strings.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	if col-1 < len(src) {
		src = src[:max(col-1, 0)]
	}
	i := strings.LastIndex(src, "func (")
	return i >= 0 && strings.HasPrefix(src[i:], "func ("+forwarderRecv+" ")
}

// declaresMethod reports whether the session or the cell declares a
// method name on t or *t (not one promoted from a field).
func (l *lowerer) declaresMethod(t *types.Named, name string) bool {
	for i := 0; i < t.NumMethods(); i++ {
		if t.Method(i).Name() == name {
			return true
		}
	}
	return false
}

// forwarder is a method of t that calls method m of its field.
func (l *lowerer) forwarder(t *types.Named, field string, m *types.Func) string {
	return l.forwarderOf(t.Obj().Name(), field, false, m)
}

// forwarderOf is a method of recv (T or *T) that calls method m of its
// field, a value in the struct when addressable (so that a method of
// its pointer takes its address). A method the front end replaces by
// a hook (sync.WaitGroup's Go, reflect.Type's Name) calls the hook, as
// the user's call would.
func (l *lowerer) forwarderOf(recv, field string, addressable bool, m *types.Func) string {
	params, args, res := l.sigParts(m.Type().(*types.Signature))
	x := forwarderRecv + "." + field
	call := x + "." + m.Name() + "(" + strings.Join(args, ", ") + ")"
	if name, ok := replacedFuncs[m.FullName()]; ok {
		if addressable && strings.HasPrefix(m.FullName(), "(*") {
			x = "&" + x
		}
		call = hook + "." + name + "(" + strings.Join(append([]string{x}, args...), ", ") + ")"
	}
	if res != "" {
		call = "return " + call
	}
	return "func (" + forwarderRecv + " " + recv + ") " + m.Name() + "(" + strings.Join(params, ", ") + ")" + res + " { " + call + " }"
}

// sigParts spells sig for a func that passes its parameters on: the
// parameters (p0, p1, …, a variadic last one as ...T), the arguments that
// pass them (p1...), and the results as they follow the parameters (" T",
// " (T, U)" or "").
func (l *lowerer) sigParts(sig *types.Signature) (params, args []string, res string) {
	for i := 0; i < sig.Params().Len(); i++ {
		p := "p" + strconv.Itoa(i)
		typ := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			params = append(params, p+" ..."+l.namer.str(typ.(*types.Slice).Elem()))
			args = append(args, p+"...")
			continue
		}
		params = append(params, p+" "+l.namer.str(typ))
		args = append(args, p)
	}
	var results []string
	for i := 0; i < sig.Results().Len(); i++ {
		results = append(results, l.namer.str(sig.Results().At(i).Type()))
	}
	switch len(results) {
	case 0:
	case 1:
		res = " " + results[0]
	default:
		res = " (" + strings.Join(results, ", ") + ")"
	}
	return params, args, res
}
