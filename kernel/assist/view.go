package assist

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/goteach/goteach/kernel/frontend"
)

// TypeView is a Scope that can type-check a cell's text over the
// session, with the front end that checks cells before they run (the
// cell engine is one). Completion and inspection then take the types of
// expressions, the members of values and the names in scope from the
// type checker, so that they know what the kernel will run: inferred
// generics, results of calls, promoted fields, the cell's own locals.
// Without a TypeView, or where the text being typed cannot be checked,
// they know only names (see the package doc).
type TypeView interface {
	Scope
	// ExprAt describes the expression spanning code[start:end] (byte
	// offsets) of the cell text code.
	ExprAt(code string, start, end int) (*frontend.View, bool)
}

// closedAt returns code cut at byte offset at, with placeholder
// appended and the brackets still open closed after it, so that text
// being typed parses: "fmt.Println(p." becomes "fmt.Println(p._)".
func closedAt(code string, at int, placeholder string) (string, bool) {
	prefix := code[:at]
	ts, errs := lex(prefix)
	for _, e := range errs {
		if strings.Contains(e.msg, "not terminated") {
			return "", false
		}
	}
	var open []token.Token
	for _, t := range ts {
		switch {
		case isOpen(t.tok):
			open = append(open, closerOf(t.tok))
		case isClose(t.tok) && len(open) > 0:
			open = open[:len(open)-1]
		}
	}
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteString(placeholder)
	for i := len(open) - 1; i >= 0; i-- {
		b.WriteString(open[i].String())
	}
	return b.String(), true
}

// viewAt asks s's type checker about code[start:end], code being cut
// and closed at cut with placeholder (see closedAt).
func viewAt(s Scope, code string, cut int, placeholder string, start, end int) *frontend.View {
	tv, ok := s.(TypeView)
	if !ok {
		return nil
	}
	// A statement cut in its header (if x._, for … range x._, for i := 0;
	// i < x._, case x._) parses once its body or colon is there too.
	for _, rest := range []string{"", " {}", "; {}", ":"} {
		text, ok := closedAt(code, cut, placeholder+rest)
		if !ok {
			return nil
		}
		if v, ok := tv.ExprAt(text, start, end); ok {
			return v
		}
	}
	return nil
}

// objCand is the completion candidate for obj.
func objCand(v *frontend.View, w *world, obj types.Object) cand {
	c := cand{text: obj.Name(), sig: v.Describe(obj)}
	switch o := obj.(type) {
	case *types.Func:
		c.kind = "function"
		if o.Type().(*types.Signature).Recv() != nil {
			c.kind = "method"
		}
	case *types.Var:
		c.kind = "variable"
		if o.IsField() {
			c.kind = "field"
		}
	case *types.Const:
		c.kind = "constant"
	case *types.TypeName:
		c.kind = "type"
	case *types.PkgName:
		c.kind = "module"
		c.sig = "import " + quoteIfRenamed(w, o.Name(), o.Imported().Path())
	case *types.Builtin:
		c.kind, c.sig = "function", builtinFuncs[o.Name()]
	case *types.Nil:
		c.kind, c.sig = "constant", builtinConsts["nil"]
	default:
		c.kind = "variable"
	}
	return c
}

// viewNames lists the candidates for a name typed at the cursor.
func viewNames(v *frontend.View, w *world) []cand {
	var out []cand
	for _, obj := range v.Names() {
		if _, isLabel := obj.(*types.Label); isLabel {
			continue
		}
		out = append(out, objCand(v, w, obj))
	}
	for _, k := range keywords {
		out = append(out, cand{k, "keyword", ""})
	}
	return out
}

// viewMembers lists the candidates after the '.' of a selector.
func viewMembers(v *frontend.View, w *world) []cand {
	if v.Pkg != nil {
		warmDoc(v.Pkg.Path())
		if c := w.packageMembers(v.Pkg.Path()); len(c) > 0 {
			return c // what the interpreter can call, with its kinds
		}
	}
	var out []cand
	for _, obj := range v.Members() {
		out = append(out, objCand(v, w, obj))
	}
	return out
}

// viewEntity describes what the type checker found the expression
// title to name; nil leaves it to the declarations' source.
func viewEntity(v *frontend.View, w *world, title string) *entity {
	obj := v.Obj
	if obj == nil {
		return nil
	}
	name := obj.Name()
	switch o := obj.(type) {
	case *types.PkgName:
		return w.packageEntity(name, o.Imported().Path())
	case *types.Builtin, *types.Nil:
		return nil
	}
	pkg := obj.Pkg()
	if pkg == nil {
		return nil // predeclared
	}
	compiled := pkg != v.Main && pkg.Path() != "main"
	if obj.Parent() != nil && obj.Parent() == pkg.Scope() {
		if compiled {
			return compiledEntity(v, w, title, obj, name)
		}
		// A declaration of the session or of the cell: its source and
		// doc comment, its type as checked.
		ent := w.resolveIdent(name)
		if ent == nil {
			ent = &entity{title: title, decl: v.Describe(obj)}
		}
		ent.title = title
		if _, isVar := obj.(*types.Var); isVar {
			ent.typ = v.TypeString(obj.Type())
		}
		if c, isConst := obj.(*types.Const); isConst {
			ent.typ = v.TypeString(c.Type())
			if ent.val == "" {
				ent.val = c.Val().ExactString()
			}
		}
		return ent
	}
	ent := &entity{title: title, decl: v.Describe(obj)}
	switch o := obj.(type) {
	case *types.Var:
		ent.typ = v.TypeString(o.Type())
		switch {
		case o.IsField():
			ent.kind = "field"
			ent.decl = name + " " + ent.typ
			if owner := fieldOwner(o); owner != "" {
				if compiled {
					docSym(ent, pkg.Path(), owner+"."+name)
				} else if m := w.namedMember(title, owner, name); m != nil {
					ent.doc = m.doc
				}
			}
			if root := rootName(title); root != "" && v.Global(root) {
				ent.val = w.currentValue(title)
			}
		default:
			ent.kind = "var"
		}
	case *types.Func:
		ent.kind = "func"
		if recv := o.Type().(*types.Signature).Recv(); recv != nil {
			ent.kind = "method"
			owner := ""
			rt := recv.Type()
			if p, isPtr := rt.(*types.Pointer); isPtr {
				rt = p.Elem()
			}
			if n, isNamed := types.Unalias(rt).(*types.Named); isNamed {
				owner = n.Obj().Name()
			}
			if compiled && owner != "" {
				docSym(ent, pkg.Path(), owner+"."+name)
			} else if owner != "" {
				if m := w.namedMember(title, owner, name); m != nil {
					ent.decl, ent.doc, ent.src = m.decl, m.doc, m.src
				}
			}
		}
	case *types.Const:
		ent.kind = "const"
		ent.typ = v.TypeString(o.Type())
		ent.val = o.Val().ExactString()
	case *types.TypeName:
		ent.kind = "type"
	}
	return ent
}

// compiledEntity describes a member of a compiled package.
func compiledEntity(v *frontend.View, w *world, title string, obj types.Object, name string) *entity {
	ent := &entity{title: title, decl: v.Describe(obj)}
	switch obj.(type) {
	case *types.Func:
		ent.kind = "func"
	case *types.Var:
		ent.kind, ent.typ = "var", v.TypeString(obj.Type())
	case *types.Const:
		ent.kind = "const"
	case *types.TypeName:
		ent.kind = "type"
	}
	docSym(ent, obj.Pkg().Path(), name)
	if _, isVar := obj.(*types.Var); isVar {
		if pv, ok := w.members(obj.Pkg().Path())[name]; ok && symKind(pv) == "var" {
			ent.val = shortValue(pv, 200)
		}
	}
	return ent
}

// docSym fills in the documentation of key ("Name" or "Type.Name") of
// the package at path.
func docSym(ent *entity, path, key string) {
	pd := packageDoc(path)
	if pd == nil {
		return
	}
	if sym := pd.Syms[key]; sym != nil {
		ent.decl, ent.doc, ent.sym, ent.pkg = sym.Decl, sym.Doc, sym, pd
		if sym.Kind != "" {
			ent.kind = sym.Kind
		}
	}
}

// fieldOwner names the package-level struct type that declares field f.
func fieldOwner(f *types.Var) string {
	scope := f.Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i) == f || st.Field(i).Origin() == f.Origin() {
				return name
			}
		}
	}
	return ""
}

// rootName is the name a selector path such as pt.Pos.X starts from, or
// "" for any other expression.
func rootName(expr string) string {
	e := parseExpr(expr)
	for {
		switch x := e.(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
