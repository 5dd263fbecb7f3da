package frontend

import (
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// A generic func or type of the session instantiated with a type that a
// func declares (type pair struct{…} in main, then Filter(pairs, …))
// needs a copy that names the type, and a copy is declared at the
// package level, where the func's type is not in scope. Such a type is
// hoisted: its declaration goes before the func, written on one line so
// that the cell's lines stay, and the func's own declaration becomes
// blank lines. It keeps its name, which is how Go names it too
// (main.pair). A type is hoisted only when nothing at the package level
// has its name and it refers to nothing of the func's but other types
// hoisted with it.
//
//	func main() {                     type pair struct { k string; v int }; func main() {
//		type pair struct {      ->
//			k string
//			v int
//		}
//		ps := Filter(pairs, keep)         ps := __gtg_Filter_…(pairs, keep)
//
// A struct type a func declares that embeds an interface (type codeErr
// struct{ error; code int }) is hoisted too, when it can be: its
// embedded field is then lowered as a package type's is (lower_embed.go),
// with methods forwarding to it, which the interpreter does not find on
// a func's type.

// hoistable returns the func-local types of the cell that instances of
// the session's generics take as type arguments, each with the
// declaration statement it is in, when all of them can be hoisted (see
// above; nil when one cannot), and the struct types embedding an
// interface that can be.
func (c *checked) hoistable() map[*types.TypeName]*ast.DeclStmt {
	want := map[*types.TypeName]bool{}
	for id, inst := range c.info.Instances {
		if !c.inCell(id.Pos()) || c.genericFunc(c.info.Uses[id]) == nil && c.genericType(c.info.Uses[id]) == nil {
			continue
		}
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			localTypes(inst.TypeArgs.At(i), c.pkg, want, 0)
		}
	}
	decls := map[*types.TypeName]*ast.DeclStmt{}
	for _, d := range c.decls {
		if !c.inCell(d.Pos()) {
			continue
		}
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || fd.Type.TypeParams != nil {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			ds, ok := n.(*ast.DeclStmt)
			if !ok {
				return true
			}
			if gd, ok := ds.Decl.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, sp := range gd.Specs {
					if tn, ok := c.info.Defs[sp.(*ast.TypeSpec).Name].(*types.TypeName); ok {
						decls[tn] = ds
					}
				}
			}
			return false
		})
	}
	// The types they refer to come along; each must be declared by a
	// statement of a func of the cell, under a name free at the package
	// level, and refer to nothing else of the func.
	out := map[*types.TypeName]*ast.DeclStmt{}
	var add func(tn *types.TypeName) bool
	add = func(tn *types.TypeName) bool {
		if _, done := out[tn]; done {
			return true
		}
		ds := decls[tn]
		if ds == nil || c.pkg.Scope().Lookup(tn.Name()) != nil || types.Universe.Lookup(tn.Name()) != nil {
			return false
		}
		for other := range out {
			if other.Name() == tn.Name() {
				return false
			}
		}
		out[tn] = ds
		gd := ds.Decl.(*ast.GenDecl)
		ok := true
		ast.Inspect(gd, func(n ast.Node) bool {
			id, isID := n.(*ast.Ident)
			if !isID || !ok {
				return ok
			}
			obj := c.info.Uses[id]
			if _, isPkg := obj.(*types.PkgName); isPkg || obj == nil || obj.Parent() == types.Universe || obj.Parent() == c.pkg.Scope() || obj.Pkg() != c.pkg {
				return true
			}
			if _, isField := obj.(*types.Var); isField && obj.(*types.Var).IsField() {
				return true
			}
			local, isType := obj.(*types.TypeName)
			ok = isType && add(local)
			return ok
		})
		for _, sp := range gd.Specs {
			if tn2, isType := c.info.Defs[sp.(*ast.TypeSpec).Name].(*types.TypeName); isType && ok {
				ok = sp.(*ast.TypeSpec).TypeParams == nil && !sp.(*ast.TypeSpec).Assign.IsValid() && add(tn2)
			}
		}
		return ok
	}
	for tn := range want {
		if !add(tn) {
			return nil
		}
	}
	// A struct type embedding an interface (type wrapped struct{ error;
	// code int } in main) is hoisted when it can be, alone: the
	// interpreter finds no method promoted from the embedded interface
	// of a func's type, which failed as the value went into an
	// interface.
	for _, tn := range sortedTypeNames(decls) {
		if out[tn] != nil || !embedsInterface(tn.Type()) {
			continue
		}
		before := maps.Clone(out)
		if !add(tn) {
			out = before
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// embedsInterface reports whether t is a struct type with an embedded
// field of an interface type.
func embedsInterface(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Embedded() && types.IsInterface(f.Type()) {
			return true
		}
	}
	return false
}

// sortedTypeNames returns the keys of decls in the order of their
// declarations.
func sortedTypeNames(decls map[*types.TypeName]*ast.DeclStmt) []*types.TypeName {
	names := slices.Collect(maps.Keys(decls))
	sort.Slice(names, func(i, j int) bool { return names[i].Pos() < names[j].Pos() })
	return names
}

// hoistedTypes are the types of the cells being lowered that are hoisted
// (see hoistable) for embedding an interface: generated code at the
// package level names them as any other of the package's. (A type
// hoisted for a generic's instance stays the func's to the lowering:
// Go names the instance by it, main.Box[main.item·1].)
var hoistedTypes sync.Map // *types.TypeName -> true

// localTypes adds to into the named types declared inside a func that t
// mentions (through type arguments, elements and signatures).
func localTypes(t types.Type, main *types.Package, into map[*types.TypeName]bool, depth int) {
	if depth > 8 {
		return
	}
	switch t := t.(type) {
	case *types.Named:
		if o := t.Obj(); o.Pkg() == main && o.Parent() != main.Scope() {
			if _, hoisted := hoistedTypes.Load(o); !hoisted {
				into[o] = true
			}
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			localTypes(t.TypeArgs().At(i), main, into, depth+1)
		}
	case *types.Pointer:
		localTypes(t.Elem(), main, into, depth+1)
	case *types.Slice:
		localTypes(t.Elem(), main, into, depth+1)
	case *types.Array:
		localTypes(t.Elem(), main, into, depth+1)
	case *types.Map:
		localTypes(t.Key(), main, into, depth+1)
		localTypes(t.Elem(), main, into, depth+1)
	case *types.Chan:
		localTypes(t.Elem(), main, into, depth+1)
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tup.Len(); i++ {
				localTypes(tup.At(i).Type(), main, into, depth+1)
			}
		}
	}
}

// hoistTypes moves the declarations c.hoisted names before the funcs
// that declare them (see above).
func (l *lowerer) hoistTypes() {
	moved := map[*ast.DeclStmt]bool{}
	for _, ds := range l.c.hoisted {
		if moved[ds] {
			continue
		}
		moved[ds] = true
		fd := l.enclosingFunc(ds.Pos())
		if fd == nil {
			continue
		}
		start, end := l.off(ds.Pos()), l.off(ds.End())
		text := l.ed.take(l.c.plan.cell, start, end)
		l.ed.replace(start, end, strings.Repeat("\n", strings.Count(l.c.plan.cell[start:end], "\n")))
		l.ed.insertOuter(l.off(fd.Pos()), oneLine(text)+"; ")
	}
}

// hoists reports whether d, a declaration in a func, declares a type
// hoisted to the package level.
func (l *lowerer) hoists(d *ast.GenDecl) bool {
	for _, sp := range d.Specs {
		if ts, ok := sp.(*ast.TypeSpec); ok {
			if tn, ok := l.c.info.Defs[ts.Name].(*types.TypeName); ok && l.c.hoisted[tn] != nil {
				return true
			}
		}
	}
	return false
}

// enclosingFunc returns the func declaration whose body holds pos.
func (l *lowerer) enclosingFunc(pos token.Pos) *ast.FuncDecl {
	for _, d := range l.c.decls {
		if f, ok := d.(*ast.FuncDecl); ok && f.Body != nil && f.Body.Pos() <= pos && pos < f.Body.End() {
			return f
		}
	}
	return nil
}

// oneLine writes Go source on one line: its tokens, the line breaks
// that end statements as semicolons, without comments.
func oneLine(src string) string {
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	var b strings.Builder
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.RBRACE || tok == token.RPAREN {
			// (No semicolon before a closing brace.)
			out := strings.TrimSuffix(b.String(), " ;")
			b.Reset()
			b.WriteString(out)
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		switch {
		case tok == token.SEMICOLON:
			b.WriteByte(';')
		case lit != "":
			b.WriteString(lit)
		default:
			b.WriteString(tok.String())
		}
	}
	return strings.TrimSuffix(b.String(), " ;")
}

// allHoisted reports whether every func-local type t mentions is
// hoisted.
func (c *checked) allHoisted(t types.Type) bool {
	local := map[*types.TypeName]bool{}
	localTypes(t, c.pkg, local, 0)
	for tn := range local {
		if _, ok := c.hoisted[tn]; !ok {
			return false
		}
	}
	return true
}

// hoistedDecls describes the hoisted declarations as the session's, for
// checking the copies that name them.
func (c *checked) hoistedDecls() []*Decl {
	var out []*Decl
	seen := map[*ast.DeclStmt]bool{}
	for tn, ds := range c.hoisted {
		if seen[ds] {
			continue
		}
		seen[ds] = true
		start, _ := c.cellOff(ds.Pos())
		end, _ := c.cellOff(ds.End())
		src := c.plan.cell[start:end]
		out = append(out, &Decl{Kind: "type", Name: tn.Name(), Src: oneLine(src)})
	}
	return out
}

// markLocal marks, in the runtime name of type t (label), each type
// argument declared inside a func as the runtime does: with the type's
// number among the package's func-local types, in source order
// (main.Box[main.item·1]; a local type elsewhere is plain main.item).
func (c *checked) markLocal(label string, t types.Type) string {
	local := map[*types.TypeName]bool{}
	var args func(t types.Type, depth int)
	args = func(t types.Type, depth int) {
		if depth > 8 {
			return
		}
		switch t := t.(type) {
		case *types.Named:
			for i := 0; i < t.TypeArgs().Len(); i++ {
				localTypes(t.TypeArgs().At(i), c.pkg, local, 0)
			}
		case *types.Pointer:
			args(t.Elem(), depth+1)
		case *types.Slice:
			args(t.Elem(), depth+1)
		case *types.Array:
			args(t.Elem(), depth+1)
		case *types.Map:
			args(t.Key(), depth+1)
			args(t.Elem(), depth+1)
		case *types.Chan:
			args(t.Elem(), depth+1)
		}
	}
	args(t, 0)
	if len(local) == 0 {
		return label
	}
	var all []*types.TypeName
	for _, obj := range c.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && tn.Pkg() == c.pkg && tn.Parent() != c.pkg.Scope() && !tn.IsAlias() {
			if _, isParam := tn.Type().(*types.TypeParam); !isParam {
				all = append(all, tn)
			}
		}
	}
	sort.Slice(all, func(a, b int) bool { return all[a].Pos() < all[b].Pos() })
	for n, tn := range all {
		if local[tn] {
			label = markInTypeArgs(label, "main."+tn.Name(), "·"+strconv.Itoa(n+1))
		}
	}
	return label
}

// markInTypeArgs appends mark to each whole occurrence of name in the
// type argument lists of label (inTypeArgs).
func markInTypeArgs(label, name, mark string) string {
	in := inTypeArgs(label)
	var b strings.Builder
	for i := 0; i < len(label); i++ {
		end := i + len(name)
		if in[i] && (i == 0 || !typeNameByte(label[i-1])) && strings.HasPrefix(label[i:], name) &&
			(end == len(label) || !typeNameByte(label[end]) && !strings.HasPrefix(label[end:], "·")) {
			b.WriteString(name + mark)
			i = end - 1
			continue
		}
		b.WriteByte(label[i])
	}
	return b.String()
}
