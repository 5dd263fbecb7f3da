package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// printedMethods are the methods fmt calls that views call for it.
var printedMethods = map[string]bool{"String": true, "Error": true, "GoString": true, "Format": true}

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
			if i < 0 || !printedMethods[d.Name[i+1:]] {
				continue
			}
			methods[d.Name[:i]] = append(methods[d.Name[:i]], d)
			if tv.meth[d.Name] != d {
				changed[d.Name[:i]] = true
			}
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
				if len(f.Names) == 0 {
					info.Fields = append(info.Fields, embeddedName(f.Type))
				}
				for _, n := range f.Names {
					info.Fields = append(info.Fields, n.Name)
				}
			}
		}
		for _, md := range methods[d.Name] {
			name := md.Name[strings.IndexByte(md.Name, '.')+1:]
			ptr := strings.Contains(strings.SplitN(md.Src, ")", 2)[0], "*")
			recv := d.Name
			if ptr {
				recv = "*" + d.Name
			}
			// A named func: yaegi's method expressions lose the receiver
			// and its func literals evaluate to nil.
			fn := hookAlias + "_m_" + d.Name + "_" + name
			body := "(r " + recv + ") string { return r." + name + "() }"
			if name == "Format" {
				// fmt.State through the hook package: the session may
				// not have imported fmt under that name.
				body = "(r " + recv + ", f " + hookAlias + ".State, verb rune) { r.Format(f, verb) }"
			}
			_, err := it.Eval("func " + fn + body)
			var mv reflect.Value
			if err == nil {
				mv, err = it.Eval(fn)
			}
			for err == nil && mv.IsValid() && (mv.Kind() == reflect.Pointer || mv.Kind() == reflect.Interface) && !mv.IsNil() {
				mv = mv.Elem()
			}
			if err != nil || !mv.IsValid() || mv.Kind() != reflect.Func {
				continue
			}
			info.Methods[name] = mv
			info.PtrMethods[name] = ptr
			tv.meth[md.Name] = md
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
