package assist

import (
	"go/ast"
	"go/constant"
	"go/token"
	"reflect"
	"sort"
	"strconv"
)

// tinfo is what is known about the type of an expression. Types of
// compiled packages are reflect types; types declared in the session or
// the cell are known by name and resolved through their source.
type tinfo struct {
	rt     reflect.Type
	named  string // a type declared in the session or the cell
	ptr    bool   // with named: a pointer to it
	kind   reflect.Kind
	elem   *tinfo // with kind: the element of a slice, array, map or chan of a named type
	key    *tinfo // with kind Map: the key
	fn     *ast.FuncType
	isType bool   // the expression denotes a type, not a value
	pkg    string // the expression denotes a package (its import path)
}

func (t tinfo) valid() bool {
	return t.rt != nil || t.named != "" || t.elem != nil || t.fn != nil || t.pkg != ""
}

func (t tinfo) hasNamed() bool {
	return t.named != "" || (t.elem != nil && t.elem.hasNamed())
}

func (t tinfo) asValue() tinfo { t.isType = false; return t }

var (
	anyType    = reflect.TypeFor[any]()
	constType  = reflect.TypeFor[constant.Value]()
	intType    = reflect.TypeFor[int]()
	boolType   = reflect.TypeFor[bool]()
	stringType = reflect.TypeFor[string]()
)

// symKind classifies an entry of a yaegi export table.
func symKind(v reflect.Value) string {
	switch {
	case !v.IsValid():
		return ""
	case v.CanAddr():
		return "var"
	case v.Kind() == reflect.Func:
		return "func"
	case v.Kind() == reflect.Pointer && v.IsNil():
		return "type"
	}
	return "const"
}

// symType is the type of an export table entry: the type itself for a
// type, the value's type otherwise; an untyped constant gets its default
// type.
func symType(v reflect.Value) tinfo {
	switch symKind(v) {
	case "type":
		return tinfo{rt: v.Type().Elem(), isType: true}
	case "const":
		if v.Type().Implements(constType) {
			if c, ok := v.Interface().(constant.Value); ok {
				switch c.Kind() {
				case constant.Bool:
					return tinfo{rt: boolType}
				case constant.String:
					return tinfo{rt: stringType}
				case constant.Int:
					return tinfo{rt: intType}
				case constant.Float:
					return tinfo{rt: reflect.TypeFor[float64]()}
				case constant.Complex:
					return tinfo{rt: reflect.TypeFor[complex128]()}
				}
			}
			return tinfo{}
		}
	}
	if !v.IsValid() {
		return tinfo{}
	}
	return tinfo{rt: v.Type()}
}

func ptrTo(t tinfo) tinfo {
	switch {
	case t.rt != nil:
		return tinfo{rt: reflect.PointerTo(t.rt)}
	case t.named != "" && !t.ptr:
		t.ptr = true
		return t
	}
	return tinfo{}
}

func deref(t tinfo) tinfo {
	switch {
	case t.rt != nil && t.rt.Kind() == reflect.Pointer:
		return tinfo{rt: t.rt.Elem()}
	case t.named != "" && t.ptr:
		t.ptr = false
		return t
	}
	return tinfo{}
}

const maxDepth = 16

// typeOf infers the type of the value of expression e.
func (w *world) typeOf(e ast.Expr) tinfo { return w.typeOfN(e, 0, 0) }

// typeOfN infers the type of the idx-th value of e (a multi-value call
// or a comma-ok form).
func (w *world) typeOfN(e ast.Expr, idx, d int) tinfo {
	if e == nil || d > maxDepth {
		return tinfo{}
	}
	d++
	switch x := e.(type) {
	case *ast.ParenExpr:
		return w.typeOfN(x.X, idx, d)
	case *ast.CallExpr:
		return w.callType(x, idx, d)
	case *ast.TypeAssertExpr:
		if idx == 1 {
			return tinfo{rt: boolType}
		}
		if x.Type != nil {
			return w.typeExpr(x.Type, d)
		}
		return tinfo{}
	case *ast.IndexExpr:
		if idx == 1 {
			return tinfo{rt: boolType}
		}
		return w.indexType(w.typeOfN(x.X, 0, d), d)
	case *ast.UnaryExpr:
		if x.Op == token.ARROW && idx == 1 {
			return tinfo{rt: boolType}
		}
	}
	if idx != 0 {
		return tinfo{}
	}
	switch x := e.(type) {
	case *ast.Ident:
		return w.identType(x.Name, d)
	case *ast.BasicLit:
		switch x.Kind {
		case token.INT:
			return tinfo{rt: intType}
		case token.FLOAT:
			return tinfo{rt: reflect.TypeFor[float64]()}
		case token.IMAG:
			return tinfo{rt: reflect.TypeFor[complex128]()}
		case token.CHAR:
			return tinfo{rt: reflect.TypeFor[rune]()}
		case token.STRING:
			return tinfo{rt: stringType}
		}
	case *ast.CompositeLit:
		return w.typeExpr(x.Type, d)
	case *ast.FuncLit:
		return tinfo{fn: x.Type}
	case *ast.UnaryExpr:
		t := w.typeOfN(x.X, 0, d)
		switch x.Op {
		case token.AND:
			return ptrTo(t)
		case token.ARROW:
			return w.elemOf(t, d)
		case token.NOT:
			return tinfo{rt: boolType}
		}
		return t
	case *ast.StarExpr:
		t := w.typeOfN(x.X, 0, d)
		if t.isType {
			t = ptrTo(t.asValue())
			t.isType = true
			return t
		}
		return deref(t)
	case *ast.SelectorExpr:
		return w.selectorType(x, d)
	case *ast.SliceExpr:
		t := w.typeOfN(x.X, 0, d)
		if t.rt != nil && (t.rt.Kind() == reflect.Array || (t.rt.Kind() == reflect.Pointer && t.rt.Elem().Kind() == reflect.Array)) {
			el := t.rt
			if el.Kind() == reflect.Pointer {
				el = el.Elem()
			}
			return tinfo{rt: reflect.SliceOf(el.Elem())}
		}
		return t
	case *ast.BinaryExpr:
		switch x.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ, token.LAND, token.LOR:
			return tinfo{rt: boolType}
		case token.SHL, token.SHR:
			return w.typeOfN(x.X, 0, d)
		}
		if _, lit := ast.Unparen(x.X).(*ast.BasicLit); lit {
			if t := w.typeOfN(x.Y, 0, d); t.valid() {
				return t
			}
		}
		return w.typeOfN(x.X, 0, d)
	case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType, *ast.StructType:
		t := w.typeExpr(e, d)
		t.isType = true
		return t
	}
	return tinfo{}
}

// identType resolves a bare name: cell declarations first, then the
// session's, then imported packages, then the universe.
func (w *world) identType(name string, d int) tinfo {
	if l, ok := w.locals[name]; ok {
		switch {
		case l.kind == "type":
			return tinfo{named: name, isType: true}
		case l.kind == "func" && l.fn != nil:
			return tinfo{fn: l.fn}
		case l.typ != nil:
			return w.typeExpr(l.typ, d)
		case l.rangeOf:
			return w.rangeType(w.typeOfN(l.val, 0, d), l.idx, d)
		case l.val != nil:
			return w.typeOfN(l.val, l.idx, d)
		}
		return tinfo{}
	}
	if sd, ok := w.decls[name]; ok {
		switch sd.Kind {
		case "type":
			return tinfo{named: name, isType: true}
		case "func":
			if v, ok := w.value(name); ok && v.Kind() == reflect.Func {
				return tinfo{rt: v.Type()}
			}
			return tinfo{fn: sd.fn}
		}
		var t tinfo
		if sd.typ != nil {
			t = w.typeExpr(sd.typ, d)
		} else if sd.val != nil {
			t = w.typeOfN(sd.val, sd.idx, d)
		}
		if t.hasNamed() {
			return t
		}
		if v, ok := w.value(name); ok {
			return tinfo{rt: v.Type()}
		}
		return t
	}
	if path, ok := w.imports[name]; ok {
		return tinfo{pkg: path}
	}
	if rt, ok := builtinTypes[name]; ok && rt != nil {
		return tinfo{rt: rt, isType: true}
	}
	if name == "true" || name == "false" {
		return tinfo{rt: boolType}
	}
	return tinfo{}
}

// value returns a session global's current value.
func (w *world) value(name string) (v reflect.Value, ok bool) {
	if w.s == nil {
		return v, false
	}
	defer func() {
		if recover() != nil {
			v, ok = reflect.Value{}, false
		}
	}()
	v, ok = w.s.Value(name)
	return v, ok && v.IsValid()
}

func (w *world) selectorType(x *ast.SelectorExpr, d int) tinfo {
	base := w.typeOfN(x.X, 0, d)
	if base.pkg != "" {
		if v, ok := w.members(base.pkg)[x.Sel.Name]; ok {
			return symType(v)
		}
		return tinfo{}
	}
	if base.isType {
		// A method expression T.M: good enough to know it is a func.
		m := w.memberType(base.asValue(), x.Sel.Name, d)
		return m
	}
	return w.memberType(base, x.Sel.Name, d)
}

// memberType is the type of field or method name of a value of type t.
func (w *world) memberType(t tinfo, name string, d int) tinfo {
	if d > maxDepth {
		return tinfo{}
	}
	d++
	if t.named != "" {
		for _, m := range w.methods[t.named] {
			if m.name == name {
				return tinfo{fn: m.decl.Type}
			}
		}
		td := w.types[t.named]
		if td == nil || td.spec == nil {
			return tinfo{}
		}
		switch st := td.spec.Type.(type) {
		case *ast.StructType:
			for _, f := range st.Fields.List {
				for _, n := range f.Names {
					if n.Name == name {
						return w.typeExpr(f.Type, d)
					}
				}
			}
			for _, f := range st.Fields.List {
				if len(f.Names) != 0 {
					continue
				}
				ft := w.typeExpr(f.Type, d)
				if baseTypeName(f.Type) == name {
					return ft
				}
				if m := w.memberType(ft, name, d); m.valid() {
					return m
				}
			}
			return tinfo{}
		case *ast.InterfaceType:
			for _, f := range st.Methods.List {
				for _, n := range f.Names {
					if n.Name == name {
						if ft, ok := f.Type.(*ast.FuncType); ok {
							return tinfo{fn: ft}
						}
					}
				}
			}
			return tinfo{}
		}
		return w.memberType(w.typeExpr(td.spec.Type, d), name, d)
	}
	if t.rt == nil {
		return tinfo{}
	}
	rt := t.rt
	if m, ok := methodByName(rt, name); ok {
		return tinfo{rt: m}
	}
	st := rt
	if st.Kind() == reflect.Pointer {
		st = st.Elem()
	}
	if st.Kind() == reflect.Struct {
		if f, ok := st.FieldByName(name); ok {
			return tinfo{rt: f.Type}
		}
		if st.Name() == "" {
			if f, ok := st.FieldByName("X" + name); ok {
				return tinfo{rt: f.Type}
			}
		}
	}
	return tinfo{}
}

// methodByName finds a method of rt (or of *rt, for an addressable
// value) and returns its type without the receiver.
func methodByName(rt reflect.Type, name string) (reflect.Type, bool) {
	if rt.Kind() == reflect.Interface {
		m, ok := rt.MethodByName(name)
		return m.Type, ok
	}
	m, ok := rt.MethodByName(name)
	if !ok && rt.Kind() != reflect.Pointer {
		m, ok = reflect.PointerTo(rt).MethodByName(name)
	}
	if !ok {
		return nil, false
	}
	return dropRecv(m.Type), true
}

func dropRecv(ft reflect.Type) reflect.Type {
	in := make([]reflect.Type, 0, ft.NumIn())
	for i := 1; i < ft.NumIn(); i++ {
		in = append(in, ft.In(i))
	}
	out := make([]reflect.Type, ft.NumOut())
	for i := range out {
		out[i] = ft.Out(i)
	}
	return reflect.FuncOf(in, out, ft.IsVariadic())
}

func (w *world) callType(x *ast.CallExpr, idx, d int) tinfo {
	if id, ok := x.Fun.(*ast.Ident); ok && w.isUniverse(id.Name) {
		if idx != 0 {
			return tinfo{}
		}
		arg := func(i int) ast.Expr {
			if i < len(x.Args) {
				return x.Args[i]
			}
			return nil
		}
		switch id.Name {
		case "new":
			return ptrTo(w.typeExpr(arg(0), d))
		case "make":
			return w.typeExpr(arg(0), d)
		case "append", "min", "max":
			return w.typeOfN(arg(0), 0, d)
		case "len", "cap", "copy":
			return tinfo{rt: intType}
		case "recover":
			return tinfo{rt: anyType}
		case "real", "imag":
			return tinfo{rt: reflect.TypeFor[float64]()}
		case "complex":
			return tinfo{rt: reflect.TypeFor[complex128]()}
		}
		if rt := builtinTypes[id.Name]; rt != nil {
			return tinfo{rt: rt}
		}
		return tinfo{}
	}
	f := w.typeOfN(x.Fun, 0, d)
	if f.isType {
		if idx == 0 {
			return f.asValue()
		}
		return tinfo{}
	}
	if f.rt != nil && f.rt.Kind() == reflect.Func {
		if idx < f.rt.NumOut() {
			return tinfo{rt: f.rt.Out(idx)}
		}
		return tinfo{}
	}
	if f.fn != nil && f.fn.Results != nil {
		i := 0
		for _, r := range f.fn.Results.List {
			n := max(len(r.Names), 1)
			if idx < i+n {
				return w.typeExpr(r.Type, d)
			}
			i += n
		}
	}
	return tinfo{}
}

// isUniverse reports whether name refers to a predeclared name here
// (it is not shadowed by a declaration).
func (w *world) isUniverse(name string) bool {
	if _, ok := w.locals[name]; ok {
		return false
	}
	if _, ok := w.decls[name]; ok {
		return false
	}
	return universe(name)
}

func (w *world) underlying(t tinfo, d int) tinfo {
	for i := 0; t.named != "" && !t.ptr && i < maxDepth; i++ {
		td := w.types[t.named]
		if td == nil || td.spec == nil {
			return tinfo{}
		}
		t = w.typeExpr(td.spec.Type, d)
	}
	return t
}

func (w *world) indexType(t tinfo, d int) tinfo {
	t = w.underlying(t, d)
	if t.elem != nil {
		return *t.elem
	}
	if t.rt == nil {
		return tinfo{}
	}
	rt := t.rt
	if rt.Kind() == reflect.Pointer && rt.Elem().Kind() == reflect.Array {
		rt = rt.Elem()
	}
	switch rt.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return tinfo{rt: rt.Elem()}
	case reflect.String:
		return tinfo{rt: reflect.TypeFor[byte]()}
	}
	return tinfo{}
}

func (w *world) elemOf(t tinfo, d int) tinfo {
	t = w.underlying(t, d)
	if t.elem != nil {
		return *t.elem
	}
	if t.rt != nil && t.rt.Kind() == reflect.Chan {
		return tinfo{rt: t.rt.Elem()}
	}
	return tinfo{}
}

// rangeType is the type of the idx-th iteration variable of ranging over
// a value of type t.
func (w *world) rangeType(t tinfo, idx, d int) tinfo {
	t = w.underlying(t, d)
	if t.elem != nil {
		switch {
		case t.kind == reflect.Map && idx == 0:
			if t.key != nil {
				return *t.key
			}
			return tinfo{}
		case t.kind == reflect.Chan || idx == 1:
			return *t.elem
		}
		return tinfo{rt: intType}
	}
	if t.rt == nil {
		return tinfo{}
	}
	rt := t.rt
	if rt.Kind() == reflect.Pointer && rt.Elem().Kind() == reflect.Array {
		rt = rt.Elem()
	}
	switch rt.Kind() {
	case reflect.Slice, reflect.Array:
		if idx == 0 {
			return tinfo{rt: intType}
		}
		return tinfo{rt: rt.Elem()}
	case reflect.String:
		if idx == 0 {
			return tinfo{rt: intType}
		}
		return tinfo{rt: reflect.TypeFor[rune]()}
	case reflect.Map:
		if idx == 0 {
			return tinfo{rt: rt.Key()}
		}
		return tinfo{rt: rt.Elem()}
	case reflect.Chan:
		return tinfo{rt: rt.Elem()}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return tinfo{rt: rt}
	}
	return tinfo{}
}

// typeExpr resolves a type written in source to the type of a value of
// that type.
func (w *world) typeExpr(e ast.Expr, d int) (t tinfo) {
	if e == nil || d > maxDepth {
		return tinfo{}
	}
	d++
	defer func() {
		// reflect.MapOf and friends panic on invalid compositions.
		if recover() != nil {
			t = tinfo{}
		}
	}()
	switch x := e.(type) {
	case *ast.ParenExpr:
		return w.typeExpr(x.X, d)
	case *ast.Ident:
		if _, ok := w.types[x.Name]; ok {
			return tinfo{named: x.Name}
		}
		if sd, ok := w.decls[x.Name]; ok && sd.Kind == "type" {
			return tinfo{named: x.Name}
		}
		if rt := builtinTypes[x.Name]; rt != nil {
			return tinfo{rt: rt}
		}
	case *ast.SelectorExpr:
		if id, ok := x.X.(*ast.Ident); ok {
			if p := w.identType(id.Name, d); p.pkg != "" {
				if v, ok := w.members(p.pkg)[x.Sel.Name]; ok && symKind(v) == "type" {
					return tinfo{rt: v.Type().Elem()}
				}
			}
		}
	case *ast.StarExpr:
		return ptrTo(w.typeExpr(x.X, d))
	case *ast.Ellipsis:
		el := w.typeExpr(x.Elt, d)
		if el.rt != nil {
			return tinfo{rt: reflect.SliceOf(el.rt)}
		}
		if el.valid() {
			return tinfo{kind: reflect.Slice, elem: &el}
		}
	case *ast.ArrayType:
		el := w.typeExpr(x.Elt, d)
		if el.rt != nil {
			if lit, ok := x.Len.(*ast.BasicLit); ok && lit.Kind == token.INT {
				if n, err := strconv.Atoi(lit.Value); err == nil {
					return tinfo{rt: reflect.ArrayOf(n, el.rt)}
				}
			}
			return tinfo{rt: reflect.SliceOf(el.rt)}
		}
		if el.valid() {
			return tinfo{kind: reflect.Slice, elem: &el}
		}
	case *ast.MapType:
		k, v := w.typeExpr(x.Key, d), w.typeExpr(x.Value, d)
		if k.rt != nil && v.rt != nil {
			return tinfo{rt: reflect.MapOf(k.rt, v.rt)}
		}
		if v.valid() {
			return tinfo{kind: reflect.Map, key: &k, elem: &v}
		}
	case *ast.ChanType:
		el := w.typeExpr(x.Value, d)
		if el.rt != nil {
			dir := reflect.BothDir
			switch x.Dir {
			case ast.SEND:
				dir = reflect.SendDir
			case ast.RECV:
				dir = reflect.RecvDir
			}
			return tinfo{rt: reflect.ChanOf(dir, el.rt)}
		}
		if el.valid() {
			return tinfo{kind: reflect.Chan, elem: &el}
		}
	case *ast.FuncType:
		return tinfo{fn: x}
	case *ast.InterfaceType:
		if x.Methods == nil || len(x.Methods.List) == 0 {
			return tinfo{rt: anyType}
		}
	case *ast.IndexExpr:
		return w.typeExpr(x.X, d)
	case *ast.IndexListExpr:
		return w.typeExpr(x.X, d)
	}
	return tinfo{}
}

// cand is one completion candidate.
type cand struct {
	text, kind, sig string
}

// memberList lists the fields and methods of a value of type t.
func (w *world) memberList(t tinfo, d int) []cand {
	if d > 4 {
		return nil
	}
	d++
	var out []cand
	if t.named != "" {
		for _, m := range w.methods[t.named] {
			out = append(out, cand{m.name, "method", m.sig})
		}
		td := w.types[t.named]
		if td == nil || td.spec == nil {
			return out
		}
		switch st := td.spec.Type.(type) {
		case *ast.StructType:
			for _, f := range st.Fields.List {
				typ := nodeString(f.Type)
				if len(f.Names) == 0 {
					out = append(out, cand{baseTypeName(f.Type), "field", typ})
					out = append(out, w.memberList(w.typeExpr(f.Type, d), d)...)
					continue
				}
				for _, n := range f.Names {
					out = append(out, cand{n.Name, "field", n.Name + " " + typ})
				}
			}
		case *ast.InterfaceType:
			for _, f := range st.Methods.List {
				for _, n := range f.Names {
					out = append(out, cand{n.Name, "method", "func " + n.Name + trimFunc(nodeString(f.Type))})
				}
			}
		default:
			u := w.typeExpr(td.spec.Type, d)
			if td.spec.Assign.IsValid() {
				out = append(out, w.memberList(u, d)...)
			} else {
				for _, c := range w.memberList(u, d) {
					if c.kind == "field" {
						out = append(out, c)
					}
				}
			}
		}
		return out
	}
	if t.rt == nil {
		return nil
	}
	rt := t.rt
	addMethods := func(mt reflect.Type) {
		for i := 0; i < mt.NumMethod(); i++ {
			m := mt.Method(i)
			if !m.IsExported() {
				continue
			}
			ft := m.Type
			if mt.Kind() != reflect.Interface {
				ft = dropRecv(ft)
			}
			out = append(out, cand{m.Name, "method", "func " + m.Name + trimFunc(typeString(ft))})
		}
	}
	switch {
	case rt.Kind() == reflect.Interface || rt.Kind() == reflect.Pointer:
		addMethods(rt)
	default:
		addMethods(reflect.PointerTo(rt))
	}
	st := rt
	if st.Kind() == reflect.Pointer {
		st = st.Elem()
	}
	if st.Kind() == reflect.Struct {
		for _, f := range reflect.VisibleFields(st) {
			if !f.IsExported() {
				continue
			}
			out = append(out, cand{f.Name, "field", f.Name + " " + typeString(f.Type)})
		}
	}
	return out
}

// packageMembers lists the exported members of the package at path.
func (w *world) packageMembers(path string) []cand {
	m := w.members(path)
	out := make([]cand, 0, len(m))
	for name, v := range m {
		if name == "" || name[0] == '_' {
			continue
		}
		k := symKind(v)
		c := cand{text: name}
		switch k {
		case "func":
			c.kind, c.sig = "function", "func "+name+trimFunc(typeString(v.Type()))
		case "type":
			c.kind, c.sig = "type", "type "+name+" "+kindWord(v.Type().Elem())
		case "var":
			c.kind, c.sig = "variable", "var "+name+" "+typeString(v.Type())
		default:
			c.kind = "constant"
			if t := symType(v); t.rt != nil && !v.Type().Implements(constType) {
				c.sig = "const " + name + " " + typeString(t.rt)
			} else {
				c.sig = "const " + name
			}
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].text < out[j].text })
	return out
}

func kindWord(rt reflect.Type) string {
	switch rt.Kind() {
	case reflect.Struct:
		return "struct"
	case reflect.Interface:
		return "interface"
	}
	return rt.Kind().String()
}
