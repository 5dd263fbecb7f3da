package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// View is what the type checker knows about one expression of a cell
// being typed, checked over the session exactly as the cell would be
// when run. Completion and inspection answer from it, so that they see
// the types the kernel runs with: inferred generics, results of calls,
// fields promoted through embedding, the cell's own locals.
type View struct {
	// Type is the expression's type (the type itself when IsType); nil
	// for a package name or an expression the checker could not type.
	Type types.Type
	// Obj is the object the expression names, when it is a name or a
	// selector that names one: a var, field, func, method, type, const,
	// package or builtin.
	Obj types.Object
	// IsType reports whether the expression denotes a type.
	IsType bool
	// Pkg is the package a package name denotes (fmt in fmt.Println).
	Pkg *types.Package
	// Main is the session's package, whose names are written
	// unqualified.
	Main *types.Package

	scope *types.Scope
	pos   token.Pos
}

// ExprAt type-checks cell over the session without lowering it and
// describes the expression spanning cell[start:end] (byte offsets).
// Text being typed is rarely valid Go: type errors are ignored (a
// missing import is added as the cell would get it), and ok is false
// only when the cell does not parse or no expression spans the range.
func (fe *Frontend) ExprAt(cell string, pieces []Piece, session []*Decl, start, end int) (v *View, ok bool) {
	defer func() {
		if recover() != nil { // the checker on text that is not Go
			v, ok = nil, false
		}
	}()
	p, err := planCell(cell, pieces)
	if err != nil {
		return nil, false
	}
	drop := map[*Decl]bool{}
	var hoist map[string]VarType
	var c *checked
	for round := 0; round < 4; round++ {
		c, err = fe.check(p, session, drop, hoist)
		if err != nil {
			return nil, false
		}
		if len(p.varUses) > 0 && hoist == nil {
			if hoist = c.varTypes(p.varUses); len(hoist) > 0 {
				continue
			}
		}
		cellErrs, _ := c.relevant()
		if added, _ := fe.autoImport(c, cellErrs); added != "" {
			p.autoImports = append(p.autoImports, added)
			continue
		}
		break
	}
	var found ast.Expr
	ast.Inspect(c.ast, func(n ast.Node) bool {
		if found != nil || n == nil {
			return false
		}
		e, isExpr := n.(ast.Expr)
		if !isExpr {
			return true
		}
		s, ok1 := c.cellOff(e.Pos())
		x, ok2 := c.cellOff(e.End())
		if ok1 && ok2 && s == start && x == end {
			found = e
			return false
		}
		return true
	})
	if found == nil {
		return nil, false
	}
	v = &View{Main: c.pkg, pos: found.Pos()}
	if c.pkg != nil {
		v.scope = c.pkg.Scope().Innermost(found.Pos())
	}
	inner := ast.Unparen(found)
	if sel, isSel := inner.(*ast.SelectorExpr); isSel {
		inner = sel.Sel
	}
	if id, isID := inner.(*ast.Ident); isID {
		v.Obj = c.info.Uses[id]
		if v.Obj == nil {
			v.Obj = c.info.Defs[id]
		}
	}
	if pn, isPkg := v.Obj.(*types.PkgName); isPkg {
		v.Pkg = pn.Imported()
		return v, true
	}
	if tv, has := c.info.Types[found]; has && tv.Type != nil && tv.Type != types.Typ[types.Invalid] {
		v.Type, v.IsType = tv.Type, tv.IsType()
	} else if v.Obj != nil {
		v.Type = v.Obj.Type()
		_, v.IsType = v.Obj.(*types.TypeName)
	}
	return v, true
}

// Names lists what a name typed at the expression can refer to: the
// names declared before it in its blocks and func, the cell's and the
// session's declarations, the imported packages and the predeclared
// names, innermost first, each name once. Names the kernel generates
// are left out.
func (v *View) Names() []types.Object {
	if v.scope == nil {
		return nil
	}
	var out []types.Object
	seen := map[string]bool{}
	for s := v.scope; s != nil; s = s.Parent() {
		for _, name := range s.Names() {
			if seen[name] || name == "_" || strings.HasPrefix(name, hook) || name == cellFunc {
				continue
			}
			seen[name] = true
			if _, obj := v.scope.LookupParent(name, v.pos); obj != nil {
				out = append(out, obj)
			}
		}
	}
	return out
}

// Global reports whether name, at the expression, refers to a
// package-level declaration of the session or the cell (not to a local
// that shadows it).
func (v *View) Global(name string) bool {
	if v.scope == nil || v.Main == nil {
		return false
	}
	_, obj := v.scope.LookupParent(name, v.pos)
	return obj != nil && obj.Parent() == v.Main.Scope()
}

// Members lists what can be selected from the expression: the exported
// members of a package; the methods of a type (method expressions); the
// fields and methods of a value, including those promoted through
// embedded fields, with pointer-receiver methods for addressable
// values. Unexported names of other packages are left out.
func (v *View) Members() []types.Object {
	if v.Pkg != nil {
		var out []types.Object
		for _, name := range v.Pkg.Scope().Names() {
			if obj := v.Pkg.Scope().Lookup(name); obj.Exported() {
				out = append(out, obj)
			}
		}
		return out
	}
	t := v.Type
	if t == nil {
		return nil
	}
	names := map[string]bool{}
	ms := types.NewMethodSet(t)
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(t) && !v.IsType {
		ms = types.NewMethodSet(types.NewPointer(t))
	}
	for i := 0; i < ms.Len(); i++ {
		names[ms.At(i).Obj().Name()] = true
	}
	if !v.IsType {
		fieldNames(t, names, map[types.Type]bool{}, 0)
	}
	var out []types.Object
	for _, name := range sortedKeys(names) {
		obj, _, _ := types.LookupFieldOrMethod(t, !v.IsType, v.Main, name)
		if obj == nil || (!obj.Exported() && obj.Pkg() != v.Main) {
			continue
		}
		if _, isFunc := obj.(*types.Func); v.IsType && !isFunc {
			continue
		}
		out = append(out, obj)
	}
	return out
}

// fieldNames adds the names of t's fields and of the fields promoted
// from its embedded ones.
func fieldNames(t types.Type, names map[string]bool, seen map[types.Type]bool, depth int) {
	if p, isPtr := t.Underlying().(*types.Pointer); isPtr {
		t = p.Elem()
	}
	if depth > 8 || seen[t] {
		return
	}
	seen[t] = true
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		names[f.Name()] = true
		if f.Embedded() {
			fieldNames(f.Type(), names, seen, depth+1)
		}
	}
}

// Qualifier writes the types of the view's answers as a cell would:
// the session's own names bare, others by their package's name.
func (v *View) Qualifier() types.Qualifier {
	return func(p *types.Package) string {
		if p == v.Main || p.Path() == "main" {
			return ""
		}
		return p.Name()
	}
}

// Describe is obj's declaration as completion and inspection show it:
// "func strings.ToUpper(s string) string", "field Name string",
// "var counts map[string]int".
func (v *View) Describe(obj types.Object) string {
	return types.ObjectString(obj, v.Qualifier())
}

// TypeString writes t as a cell would.
func (v *View) TypeString(t types.Type) string {
	return types.TypeString(t, v.Qualifier())
}

// SortObjects orders objs by name.
func SortObjects(objs []types.Object) {
	sort.SliceStable(objs, func(i, j int) bool { return objs[i].Name() < objs[j].Name() })
}
