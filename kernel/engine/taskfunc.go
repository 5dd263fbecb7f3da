package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
	"strings"
)

// A pool task or process target runs in another process, which returns
// its results to this one. A result of a declared non-struct type, whose
// reflect type the interpreter makes its underlying type's, would arrive
// as a plain float64 or int; the child calls a wrapper instead that
// returns it boxed in an any (see kernel/frontend's lower_box.go), so
// that the parent gets it as its own type, as from a compiled func:
//
//	func double(c Celsius) Celsius  ->  func __gt_task_double(p0 Celsius) any { r0 := double(p0); return __gt_box_Celsius{r0} }

// BoxedResults returns, for the func name of the declaration log, the box
// type of each of its results ("" for a result that is not boxed); nil
// when none is.
func BoxedResults(log []Decl, name string) []string {
	fd, _ := funcDecl(log, name)
	if fd == nil || fd.Type.Results == nil {
		return nil
	}
	boxes := map[string]bool{}
	for _, d := range log {
		if d.Kind == "type" && strings.HasPrefix(d.Name, hookAlias+"_box_") {
			boxes[d.Name] = true
		}
	}
	var out []string
	found := false
	for _, res := range fd.Type.Results.List {
		box := ""
		if id, ok := res.Type.(*ast.Ident); ok && boxes[hookAlias+"_box_"+id.Name] {
			box, found = hookAlias+"_box_"+id.Name, true
		}
		for range max(len(res.Names), 1) {
			out = append(out, box)
		}
	}
	if !found {
		return nil
	}
	return out
}

// TaskType is the type of TaskFunc's func for the func name of type ft:
// ft with its boxed results of type any.
func TaskType(log []Decl, name string, ft reflect.Type) reflect.Type {
	boxes := BoxedResults(log, name)
	if boxes == nil || len(boxes) != ft.NumOut() {
		return ft
	}
	in := make([]reflect.Type, ft.NumIn())
	for i := range in {
		in[i] = ft.In(i)
	}
	out := make([]reflect.Type, ft.NumOut())
	for i := range out {
		out[i] = ft.Out(i)
		if boxes[i] != "" {
			out[i] = reflect.TypeOf((*any)(nil)).Elem()
		}
	}
	return reflect.FuncOf(in, out, ft.IsVariadic())
}

// funcDecl parses the declaration of the top-level func name; src is the
// text it was parsed from.
func funcDecl(log []Decl, name string) (fd *ast.FuncDecl, src string) {
	for i := len(log) - 1; i >= 0; i-- {
		d := log[i]
		if d.Kind != "func" || d.Name != name {
			continue
		}
		src = "package p\n" + d.Src
		f, err := parser.ParseFile(token.NewFileSet(), "", src, 0)
		if err != nil || len(f.Decls) != 1 {
			return nil, ""
		}
		fd, ok := f.Decls[0].(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Type.TypeParams != nil {
			return nil, ""
		}
		return fd, src
	}
	return nil, ""
}

// TaskFunc is Eval for a func that runs as a task of another process
// (mpkit's Host.Func): the func itself, or the wrapper above when it
// returns a boxed type.
func (r *Replica) TaskFunc(name string) (reflect.Value, error) {
	log := r.Decls()
	if boxes := BoxedResults(log, name); boxes != nil {
		fd, src := funcDecl(log, name)
		text := func(n ast.Node) string { return src[n.Pos()-1 : n.End()-1] }
		var params, args []string
		for _, p := range fd.Type.Params.List {
			for range max(len(p.Names), 1) {
				pn := "p" + strconv.Itoa(len(params))
				params = append(params, pn+" "+text(p.Type))
				if _, variadic := p.Type.(*ast.Ellipsis); variadic {
					pn += "..."
				}
				args = append(args, pn)
			}
		}
		var results, vars, rets []string
		i := 0
		for _, res := range fd.Type.Results.List {
			for range max(len(res.Names), 1) {
				rn := "r" + strconv.Itoa(i)
				vars = append(vars, rn)
				if boxes[i] != "" {
					results = append(results, "any")
					rets = append(rets, boxes[i]+"{"+rn+"}")
				} else {
					results = append(results, text(res.Type))
					rets = append(rets, rn)
				}
				i++
			}
		}
		body := "(" + strings.Join(params, ", ") + ") (" + strings.Join(results, ", ") + ") { " +
			strings.Join(vars, ", ") + " := " + name + "(" + strings.Join(args, ", ") + "); return " + strings.Join(rets, ", ") + " }"
		if fn, ok := evalFunc(r.it, hookAlias+"_task_"+name, body); ok {
			return fn, nil
		}
	}
	return r.Eval(name)
}
