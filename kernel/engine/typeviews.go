package engine

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/traefik/yaegi/interp"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
	"github.com/goteach/goteach/kernel/frontend"
	"github.com/goteach/goteach/kernel/internal/goast"
)

// printedMethods are the methods fmt and encoding/json call (IsZero for
// omitzero) that views and kernel/cellrt/cellenc call for them, with the signature of the
// wrapper that calls one (after the receiver).
var printedMethods = map[string]string{
	"String":        "() string { return r.String() }",
	"Error":         "() string { return r.Error() }",
	"GoString":      "() string { return r.GoString() }",
	"Format":        "(f " + hookAlias + ".State, verb rune) { r.Format(f, verb) }",
	"MarshalJSON":   "() ([]byte, error) { return r.MarshalJSON() }",
	"UnmarshalJSON": "(b []byte) error { return r.UnmarshalJSON(b) }",
	"MarshalText":   "() ([]byte, error) { return r.MarshalText() }",
	"UnmarshalText": "(b []byte) error { return r.UnmarshalText(b) }",
	"IsZero":        "() bool { return r.IsZero() }",
}

// typeViews tells kernel/cellrt/fmtview what the session's types are, so
// that fmt prints them as compiled Go does (%T main.point, field names,
// String and Error methods). It registers what is new in this
// interpreter since the last call.
type typeViews struct {
	it   *interp.Interpreter
	done map[string]*Decl // type name -> the declaration registered
	meth map[string]*Decl // "T.M" -> the method declaration registered
	// inst are the generic type instances cells used ("Pair[string,
	// int]") -> the version of the declarations registered ("" when
	// not yet), instName their runtime names.
	inst, instName map[string]string
	// regs are the printing registrations made (dropped when the engine
	// closes).
	regs []*fmtview.TypeInfo
	// funcTypes are the session's types defined from func types (type
	// Op func(int) int).
	funcTypes map[string]bool
}

// register registers the session's named types and their printing
// methods with fmtview.
func (tv *typeViews) register(it *interp.Interpreter, log *declLog) {
	if tv.it != it {
		tv.it, tv.done, tv.meth = it, map[string]*Decl{}, map[string]*Decl{}
		for src := range tv.inst {
			tv.inst[src] = "" // register again in the new interpreter
		}
	}
	methods := map[string][]*Decl{}
	changed := map[string]bool{}
	for _, d := range log.list {
		if d.Kind == "method" {
			i := strings.IndexByte(d.Name, '.')
			if i < 0 {
				continue
			}
			methods[d.Name[:i]] = append(methods[d.Name[:i]], d)
			if tv.meth[d.Name] != d {
				changed[d.Name[:i]] = true
			}
		}
	}
	declared := map[string]bool{}
	specs := map[string]*ast.TypeSpec{}
	for _, d := range log.list {
		if d.Kind == "type" {
			declared[d.Name] = true
			if spec := typeSpec(d); spec != nil {
				specs[d.Name] = spec
			}
			if box := copyBox(d); box != nil {
				declared[box.Name.Name], specs[box.Name.Name] = true, box
			}
		}
	}
	// A type defined from another of the session's (type Deck Hand) has
	// its fields, elements and promoted methods.
	for name, spec := range specs {
		typ := spec.Type
		for range 8 {
			base := typ
			if ix, ok := typ.(*ast.IndexExpr); ok {
				base = ix.X // an instance: CList of List[Celsius]
			} else if ix, ok := typ.(*ast.IndexListExpr); ok {
				base = ix.X
			}
			id, ok := base.(*ast.Ident)
			if !ok || specs[id.Name] == nil || (base == typ) != (specs[id.Name].TypeParams == nil) {
				break
			}
			from := specs[id.Name]
			typ = substTypeArgs(from.Type, typeArgExprs(types.ExprString(typ), from.TypeParams))
		}
		if typ != spec.Type {
			defined := *spec
			defined.Type = typ
			specs[name] = &defined
		}
	}
	tv.funcTypes = map[string]bool{}
	for name, spec := range specs {
		if _, ok := spec.Type.(*ast.FuncType); ok {
			tv.funcTypes[name] = true
		}
	}
	// A struct's promoted methods change with those of the types it
	// embeds, at any depth.
	for grew := true; grew; {
		grew = false
		for name, spec := range specs {
			st, ok := spec.Type.(*ast.StructType)
			if !ok || changed[name] {
				continue
			}
			for _, e := range embeddedTypes(st) {
				if changed[e.name] {
					changed[name], grew = true, true
					break
				}
			}
		}
	}
	for _, d := range log.list {
		if d.Kind != "type" || (tv.done[d.Name] == d && !changed[d.Name]) {
			continue
		}
		spec := specs[d.Name]
		if spec == nil || spec.TypeParams != nil || spec.Assign.IsValid() {
			continue // (an alias prints as the type it stands for)
		}
		name := "main." + d.Name
		if d.SpecOf != "" {
			name = d.Label // a copy of a generic type: "main.Stack[int]"
		}
		own := methods[d.Name]
		all := append(own[:len(own):len(own)], promotedMethods(d.Name, spec, own, specs, methods)...)
		if held := boxMethods(d.Name, spec, methods); held != nil {
			all = held
		}
		if !tv.registerType(it, d.Name, name, d.Name, spec, all, declared) {
			continue
		}
		tv.done[d.Name] = d
		if box := copyBox(d); box != nil {
			// (Its methods are the copy's, promoted.)
			b := box.Name.Name
			held := boxMethods(b, box, methods)
			if held == nil {
				held = promotedMethods(b, box, nil, specs, methods)
			}
			tv.registerType(it, b, "main."+b, b, box, held, declared)
		}
	}
}

// registerType registers the type the session spells src (a declared
// type's name, or an instance of a generic one: "Pair[string, int]") as
// name, with its declaration's fields and methods; key names the
// wrappers of its methods. It reports whether it could.
func (tv *typeViews) registerType(it *interp.Interpreter, src, name, key string, spec *ast.TypeSpec, methods []*Decl, declared map[string]bool) bool {
	var t reflect.Type
	if strings.Contains(src, "[") {
		// An instance's reflect type is a func parameter's: yaegi fails
		// to evaluate some in expressions (new(Pair[int, bool])).
		fn, ok := evalFunc(it, hookAlias+"_t_"+key, "(r "+src+") {}")
		if !ok || fn.Type().NumIn() != 1 {
			return false
		}
		t = fn.Type().In(0)
	} else {
		v, err := it.Eval(hookAlias + ".TypeOf((*" + src + ")(nil))")
		if err != nil || !v.IsValid() {
			return false
		}
		var ok bool
		if t, ok = v.Interface().(reflect.Type); !ok {
			return false
		}
	}
	info := fmtview.TypeInfo{Name: name, Methods: map[string]reflect.Value{}, PtrMethods: map[string]bool{}, Calls: map[string]reflect.Value{}}
	// An instance's type parameters stand for its type arguments.
	args := typeArgExprs(src, spec.TypeParams)
	if d := fieldDesc(substTypeArgs(spec.Type, args), declared, 0); strings.HasPrefix(d, "[]") || strings.HasPrefix(d, "M(") || strings.HasPrefix(d, "*") {
		info.Under = d
	}
	_, info.Interface = spec.Type.(*ast.InterfaceType)
	if st, ok := spec.Type.(*ast.StructType); ok {
		for _, f := range st.Fields.List {
			fd := fieldDesc(substTypeArgs(f.Type, args), declared, 0)
			if len(f.Names) == 0 {
				info.Fields = append(info.Fields, goast.BaseTypeName(f.Type))
				info.FieldDescs = append(info.FieldDescs, fd)
				info.Embedded = append(info.Embedded, true)
			}
			for _, n := range f.Names {
				info.Fields = append(info.Fields, n.Name)
				info.FieldDescs = append(info.FieldDescs, fd)
				info.Embedded = append(info.Embedded, false)
			}
		}
	}
	for _, md := range methods {
		mname := md.Name[strings.IndexByte(md.Name, '.')+1:]
		ptr := strings.Contains(strings.SplitN(md.Src, ")", 2)[0], "*")
		recv := src
		if ptr {
			recv = "*" + src
		}
		info.PtrMethods[mname] = ptr
		tv.meth[md.Name] = md
		// A named func: yaegi's method expressions lose the receiver
		// and its func literals evaluate to nil.
		if sig, ok := printedMethods[mname]; ok {
			// (fmt.State is named through the hook package: the
			// session may not have imported fmt under that name.)
			body := "(r " + recv + ", " + sig[1:]
			if sig[1] == ')' {
				body = "(r " + recv + sig[1:]
			}
			if mv, ok := evalFunc(it, hookAlias+"_m_"+key+"_"+mname, body); ok {
				info.Methods[mname] = mv
			}
		}
		if body := callWrapper(md, recv, tv.funcTypes); body != "" && !mentions(body, spec.TypeParams) {
			if mv, ok := evalFunc(it, hookAlias+"_c_"+key+"_"+mname, body); ok {
				info.Calls[mname] = mv
				if d := resultDesc(md, declared); d != "" {
					if info.Results == nil {
						info.Results = map[string]string{}
					}
					info.Results[mname] = d
				}
			}
		}
	}
	if st, ok := spec.Type.(*ast.StructType); ok && t.Kind() == reflect.Struct {
		for _, m := range compiledPromoted(t, st, methods, declared) {
			body := "(r " + src + m.sig[1:]
			if m.sig[1] != ')' {
				body = "(r " + src + ", " + m.sig[1:]
			}
			if m.ptr {
				body = "(r *" + src + body[len("(r "+src):]
			}
			if mv, ok := evalFunc(it, hookAlias+"_m_"+key+"_"+m.name, body); ok {
				info.Methods[m.name], info.PtrMethods[m.name] = mv, m.ptr
			}
		}
	}
	_, fromCompiled := spec.Type.(*ast.SelectorExpr)
	if fromCompiled && t.Kind() == reflect.Struct && t.Name() != "" {
		// Defined from a compiled struct type (type Stamp time.Time):
		// its fields are that type's.
		for i := range t.NumField() {
			info.Fields = append(info.Fields, t.Field(i).Name)
			info.FieldDescs = append(info.FieldDescs, "")
			info.Embedded = append(info.Embedded, t.Field(i).Anonymous)
		}
	}
	tv.regs = append(tv.regs, fmtview.RegisterNamed(info))
	if t.Kind() == reflect.Struct && !(fromCompiled && t.Name() != "") {
		// Only a struct's reflect type is its own: a named int is an
		// int to the interpreter (and every empty struct type is
		// struct{}, known by it only behind a pointer). One defined
		// from a compiled struct type has that type's, which stays
		// the compiled type's: such a value is known by the front
		// end's description.
		tv.regs = append(tv.regs, fmtview.Register(t, info))
	}
	return true
}

// registerInstances registers the instances of the session's generic
// types that cells used (the front end lists a cell's), each named as
// the runtime names it ("main.Pair[string,int]").
func (tv *typeViews) registerInstances(it *interp.Interpreter, log *declLog, used []frontend.Instance) {
	if tv.it != it {
		return
	}
	if tv.inst == nil {
		tv.inst = map[string]string{}
		tv.instName = map[string]string{}
	}
	for _, u := range used {
		if _, ok := tv.inst[u.Src]; !ok {
			tv.inst[u.Src], tv.instName[u.Src] = "", u.Name
		}
	}
	types := map[string]*Decl{}
	declared := map[string]bool{}
	methods := map[string][]*Decl{}
	for _, d := range log.list {
		switch d.Kind {
		case "type":
			types[d.Name], declared[d.Name] = d, true
		case "method":
			if i := strings.IndexByte(d.Name, '.'); i > 0 {
				methods[d.Name[:i]] = append(methods[d.Name[:i]], d)
			}
		}
	}
	srcs := make([]string, 0, len(tv.inst))
	for src := range tv.inst {
		srcs = append(srcs, src)
	}
	sort.Strings(srcs)
	for _, src := range srcs {
		base, _, _ := strings.Cut(src, "[")
		d := types[base]
		if d == nil {
			continue
		}
		version := fmt.Sprintf("%p", d)
		for _, md := range methods[base] {
			version += fmt.Sprintf(",%p", md)
		}
		if tv.inst[src] == version {
			continue
		}
		spec := typeSpec(d)
		if spec == nil || spec.TypeParams == nil {
			continue
		}
		if tv.registerInstance(it, src, identOf(src), spec, methods[base], declared) {
			tv.inst[src] = version
		}
	}
}

// mentions reports whether src uses one of the type parameters ps: a
// generic method's signature, which an instance's wrapper cannot spell.
func mentions(src string, ps *ast.FieldList) bool {
	if ps == nil {
		return false
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(src, func(r rune) bool { return r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words[w] = true
	}
	for _, f := range ps.List {
		for _, n := range f.Names {
			if words[n.Name] {
				return true
			}
		}
	}
	return false
}

// registerInstance registers one instance; the interpreter panics on
// some instances it is asked for out of the code that uses them.
func (tv *typeViews) registerInstance(it *interp.Interpreter, src, key string, spec *ast.TypeSpec, methods []*Decl, declared map[string]bool) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	return tv.registerType(it, src, tv.instName[src], key, spec, methods, declared)
}

// identOf makes an identifier of a type's spelling.
func identOf(src string) string {
	var b strings.Builder
	for _, r := range src {
		switch {
		case r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == ' ':
		default:
			b.WriteString("_" + strconv.Itoa(int(r)) + "_")
		}
	}
	return b.String()
}

// evalFunc declares func name with signature and body body in the
// interpreter and returns it.
func evalFunc(it *interp.Interpreter, name, body string) (reflect.Value, bool) {
	_, err := it.Eval("func " + name + body)
	var mv reflect.Value
	if err == nil {
		mv, err = it.Eval(name)
	}
	for err == nil && mv.IsValid() && (mv.Kind() == reflect.Pointer || mv.Kind() == reflect.Interface) && !mv.IsNil() {
		mv = mv.Elem()
	}
	if err != nil || !mv.IsValid() || mv.Kind() != reflect.Func {
		return reflect.Value{}, false
	}
	return mv, true
}

// callWrapper is the signature and body of a func that calls method md
// with a receiver of type recv first ("(r T, p0 int) string { return
// r.M(p0) }"), so that compiled code (text/template) can call it; "" when
// the method cannot be read.
func callWrapper(md *Decl, recv string, funcTypes map[string]bool) string {
	src := md.Src
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return ""
	}
	fd, ok := f.Decls[0].(*ast.FuncDecl)
	if !ok || fd.Recv == nil {
		return ""
	}
	funcTyped := false
	ast.Inspect(fd.Type, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			funcTyped = funcTyped || n != fd.Type
		case *ast.Ident:
			funcTyped = funcTyped || funcTypes[n.Name]
		}
		return !funcTyped
	})
	if funcTyped {
		// A wrapper of a method taking or returning funcs (an
		// iterator's All, a combinator's Then(next Op) Op) breaks the
		// interpreter's later calls of the func the method returns (a
		// CFG panic); text/template calls no such method.
		return ""
	}
	text := func(e ast.Node) string { return src[e.Pos()-10-1 : e.End()-10-1] }
	params := []string{"r " + recv}
	var args []string
	for _, p := range fd.Type.Params.List {
		n := len(p.Names)
		if n == 0 {
			n = 1
		}
		for j := 0; j < n; j++ {
			a := "p" + strconv.Itoa(len(args))
			params = append(params, a+" "+text(p.Type))
			if _, ok := p.Type.(*ast.Ellipsis); ok {
				a += "..."
			}
			args = append(args, a)
		}
	}
	call := "r." + fd.Name.Name + "(" + strings.Join(args, ", ") + ")"
	results := ""
	if fd.Type.Results != nil && len(fd.Type.Results.List) > 0 {
		var rs []string
		for _, r := range fd.Type.Results.List {
			n := len(r.Names)
			if n == 0 {
				n = 1
			}
			for j := 0; j < n; j++ {
				rs = append(rs, text(r.Type))
			}
		}
		results = " (" + strings.Join(rs, ", ") + ")"
		call = "return " + call
	}
	return "(" + strings.Join(params, ", ") + ")" + results + " { " + call + " }"
}

// typeSpec parses a type declaration of the log.
func typeSpec(d *Decl) *ast.TypeSpec {
	src := d.Orig
	if src == "" {
		src = d.Src
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+src, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	for _, decl := range f.Decls {
		if gd, ok := decl.(*ast.GenDecl); ok {
			for _, s := range gd.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && ts.Name.Name == d.Name {
					return ts
				}
			}
		}
	}
	return nil
}

// resultDesc describes the declared type of the first result of md, a
// method's declaration, for fmtview.As; "" for none to tell.
func resultDesc(md *Decl, declared map[string]bool) string {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+md.Src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return ""
	}
	fd, ok := f.Decls[0].(*ast.FuncDecl)
	if !ok || fd.Type.Results == nil || len(fd.Type.Results.List) == 0 {
		return ""
	}
	return fieldDesc(fd.Type.Results.List[0].Type, declared, 0)
}

// copyBox returns the declaration of the box the front end declares with
// d when d is the copy of a generic type whose values are boxed in
// interfaces (see kernel/frontend's lower_box.go), or nil.
func copyBox(d *Decl) *ast.TypeSpec {
	if d.SpecOf == "" || d.Kind != "type" {
		return nil
	}
	return typeSpec(&Decl{Name: hookAlias + "_box_" + d.Name, Src: d.Src})
}

// fieldDesc describes a field's declared type for fmtview.As (see the
// front end's desc): the session's declared types that are not structs,
// which the interpreter's reflect types cannot tell apart.
func fieldDesc(e ast.Expr, declared map[string]bool, depth int) string {
	if depth > 4 {
		return ""
	}
	switch x := e.(type) {
	case *ast.Ident:
		if declared[x.Name] {
			return "T:main." + x.Name
		}
	case *ast.ParenExpr:
		return fieldDesc(x.X, declared, depth)
	case *ast.StarExpr:
		if d := fieldDesc(x.X, declared, depth+1); d != "" {
			return "*" + d
		}
	case *ast.ArrayType:
		if d := fieldDesc(x.Elt, declared, depth+1); d != "" {
			return "[]" + d
		}
	case *ast.MapType:
		k, v := fieldDesc(x.Key, declared, depth+1), fieldDesc(x.Value, declared, depth+1)
		if k != "" || v != "" {
			return "M(" + k + ")" + v
		}
	case *ast.IndexExpr, *ast.IndexListExpr:
		// An instance of a generic type of the session (List[Cents]),
		// named as the runtime names it ("main.List[main.Cents]").
		base, targs := x, []ast.Expr(nil)
		switch ix := x.(type) {
		case *ast.IndexExpr:
			base, targs = ix.X, []ast.Expr{ix.Index}
		case *ast.IndexListExpr:
			base, targs = ix.X, ix.Indices
		}
		id, ok := base.(*ast.Ident)
		if !ok || !declared[id.Name] {
			return ""
		}
		names := make([]string, len(targs))
		for i, a := range targs {
			aid, ok := a.(*ast.Ident)
			switch {
			case !ok:
				return "" // (a composite type argument: left as it was)
			case declared[aid.Name]:
				names[i] = "main." + aid.Name
			case types.Universe.Lookup(aid.Name) != nil:
				names[i] = aid.Name
			default:
				return ""
			}
		}
		return "T:main." + id.Name + "[" + strings.Join(names, ",") + "]"
	}
	return ""
}

// typeArgExprs maps the type parameters ps of a generic type to the type
// arguments of its instance spelled src ("Pair[string, Celsius]"); nil
// for a type that is not generic.
func typeArgExprs(src string, ps *ast.FieldList) map[string]ast.Expr {
	if ps == nil {
		return nil
	}
	e, err := parser.ParseExpr(src)
	if err != nil {
		return nil
	}
	var targs []ast.Expr
	switch x := e.(type) {
	case *ast.IndexExpr:
		targs = []ast.Expr{x.Index}
	case *ast.IndexListExpr:
		targs = x.Indices
	}
	out := map[string]ast.Expr{}
	i := 0
	for _, f := range ps.List {
		for _, n := range f.Names {
			if i < len(targs) {
				out[n.Name] = targs[i]
			}
			i++
		}
	}
	return out
}

// substTypeArgs is the type expression e with the type parameters args
// names replaced by their arguments, in the forms fieldDesc reads.
func substTypeArgs(e ast.Expr, args map[string]ast.Expr) ast.Expr {
	if len(args) == 0 {
		return e
	}
	switch x := e.(type) {
	case *ast.Ident:
		if a, ok := args[x.Name]; ok {
			return a
		}
	case *ast.ParenExpr:
		return &ast.ParenExpr{X: substTypeArgs(x.X, args)}
	case *ast.StarExpr:
		return &ast.StarExpr{X: substTypeArgs(x.X, args)}
	case *ast.ArrayType:
		return &ast.ArrayType{Len: x.Len, Elt: substTypeArgs(x.Elt, args)}
	case *ast.MapType:
		return &ast.MapType{Key: substTypeArgs(x.Key, args), Value: substTypeArgs(x.Value, args)}
	}
	return e
}
