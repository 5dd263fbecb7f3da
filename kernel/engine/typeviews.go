package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// printedMethods are the methods fmt and encoding/json call that views
// and kernel/cellrt/cellenc call for them, with the signature of the
// wrapper that calls one (after the receiver).
var printedMethods = map[string]string{
	"String":        "() string { return r.String() }",
	"Error":         "() string { return r.Error() }",
	"GoString":      "() string { return r.GoString() }",
	"Format":        "(f " + hookAlias + ".State, verb rune) { r.Format(f, verb) }",
	"MarshalJSON":   "() ([]byte, error) { return r.MarshalJSON() }",
	"UnmarshalJSON": "(b []byte) error { return r.UnmarshalJSON(b) }",
}

// typeViews tells kernel/cellrt/fmtview what the session's types are, so
// that fmt prints them as compiled Go does (%T main.point, field names,
// String and Error methods). It registers what is new in this
// interpreter since the last call.
type typeViews struct {
	it   *interp.Interpreter
	done map[string]*Decl // type name -> the declaration registered
	meth map[string]*Decl // "T.M" -> the method declaration registered
}

// register registers the session's named types and their printing
// methods with fmtview.
func (tv *typeViews) register(it *interp.Interpreter, log *declLog) {
	if tv.it != it {
		tv.it, tv.done, tv.meth = it, map[string]*Decl{}, map[string]*Decl{}
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
	for _, d := range log.list {
		if d.Kind == "type" {
			declared[d.Name] = true
		}
	}
	for _, d := range log.list {
		if d.Kind != "type" || (tv.done[d.Name] == d && !changed[d.Name]) {
			continue
		}
		spec := typeSpec(d)
		if spec == nil || spec.TypeParams != nil {
			continue
		}
		v, err := it.Eval(hookAlias + ".TypeOf((*" + d.Name + ")(nil))")
		if err != nil || !v.IsValid() {
			continue
		}
		t, ok := v.Interface().(reflect.Type)
		if !ok {
			continue
		}
		info := fmtview.TypeInfo{Name: "main." + d.Name, Methods: map[string]reflect.Value{}, PtrMethods: map[string]bool{}}
		if st, ok := spec.Type.(*ast.StructType); ok {
			for _, f := range st.Fields.List {
				fd := fieldDesc(f.Type, declared, 0)
				if len(f.Names) == 0 {
					info.Fields = append(info.Fields, embeddedName(f.Type))
					info.FieldDescs = append(info.FieldDescs, fd)
				}
				for _, n := range f.Names {
					info.Fields = append(info.Fields, n.Name)
					info.FieldDescs = append(info.FieldDescs, fd)
				}
			}
		}
		info.Calls = map[string]reflect.Value{}
		for _, md := range methods[d.Name] {
			name := md.Name[strings.IndexByte(md.Name, '.')+1:]
			ptr := strings.Contains(strings.SplitN(md.Src, ")", 2)[0], "*")
			recv := d.Name
			if ptr {
				recv = "*" + d.Name
			}
			info.PtrMethods[name] = ptr
			tv.meth[md.Name] = md
			// A named func: yaegi's method expressions lose the receiver
			// and its func literals evaluate to nil.
			if sig, ok := printedMethods[name]; ok {
				// (fmt.State is named through the hook package: the
				// session may not have imported fmt under that name.)
				body := "(r " + recv + ", " + sig[1:]
				if sig[1] == ')' {
					body = "(r " + recv + sig[1:]
				}
				if mv, ok := evalFunc(it, hookAlias+"_m_"+d.Name+"_"+name, body); ok {
					info.Methods[name] = mv
				}
			}
			if body := callWrapper(md, recv); body != "" {
				if mv, ok := evalFunc(it, hookAlias+"_c_"+d.Name+"_"+name, body); ok {
					info.Calls[name] = mv
				}
			}
		}
		fmtview.RegisterNamed(info)
		if t.Kind() == reflect.Struct {
			// Only a struct's reflect type is its own: a named int is an
			// int to the interpreter.
			fmtview.Register(t, info)
		}
		tv.done[d.Name] = d
	}
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
func callWrapper(md *Decl, recv string) string {
	src := md.Src
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return ""
	}
	fd, ok := f.Decls[0].(*ast.FuncDecl)
	if !ok || fd.Recv == nil {
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
	}
	return ""
}

// embeddedName is the field name of an embedded field.
func embeddedName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.SelectorExpr:
			return x.Sel.Name
		case *ast.IndexExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
