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
//	type reverse struct{ sort.Interface }   ->   type reverse struct{ Interface sort.Interface }; func (r reverse) Len() int { return r.Interface.Len() }; …
//
// A method the type declares itself (reverse's own Less) is not
// generated; one declared in a later cell replaces the generated one.

// embeddedIfaces lowers the struct types of d, a declaration of the
// cell, as above.
func (l *lowerer) embeddedIfaces(d *ast.GenDecl) {
	if d.Tok != token.TYPE {
		return
	}
	var methods []string
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
		named, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
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
	params, args, res := l.sigParts(m.Type().(*types.Signature))
	call := "r." + field + "." + m.Name() + "(" + strings.Join(args, ", ") + ")"
	if res != "" {
		call = "return " + call
	}
	return "func (r " + t.Obj().Name() + ") " + m.Name() + "(" + strings.Join(params, ", ") + ")" + res + " { " + call + " }"
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
