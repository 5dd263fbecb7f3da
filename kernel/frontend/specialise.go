package frontend

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
)

// Spec is a concrete copy of a generic func declared in the session, for
// one list of type arguments. The interpreter's own generics get several
// constructs wrong (a second type parameter, a variadic ...T, an
// interface as type argument), so generic funcs declared in cells are
// specialised: each instance a cell uses becomes a plain func of its own,
// and the cell calls that func. The copy keeps the lines of the generic's
// declaration, so that errors and tracebacks name them.
type Spec struct {
	// Name is the copy's name: the generic's name and a hash of the type
	// arguments, the same in every cell.
	Name string
	// Of is the generic func's name.
	Of string
	// Label names the instance in tracebacks: "Map[int, string]".
	Label string
	// TypeArgs are the type arguments as Go source of the session, to
	// specialise a redefinition of the generic again.
	TypeArgs string
	// Src is the lowered copy; Orig the copy before lowering.
	Src, Orig string
}

// maxSpecs bounds the copies one cell may need (a generic func that
// calls itself with ever larger types would need infinitely many).
const maxSpecs = 64

// specTarget is an instance of a generic func of the session.
type specTarget struct {
	fn   *types.Func
	args []types.Type
	name string
}

// genericFunc returns obj when it is a generic func (not a method)
// declared at the package level of the session.
func (c *checked) genericFunc(obj types.Object) *types.Func {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() != c.pkg || c.pkg.Scope().Lookup(fn.Name()) != fn {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.TypeParams().Len() == 0 {
		return nil
	}
	return fn
}

// specTargets lists the instances to specialise: those the cell uses
// with concrete type arguments, and those of session copies whose
// generic the cell redeclares (written as G[args] in the check file).
// cellIDs are the ones in the cell's code.
func (c *checked) specTargets() (all []*specTarget, cellIDs map[*ast.Ident]*specTarget) {
	cellIDs = map[*ast.Ident]*specTarget{}
	byName := map[string]*specTarget{}
	var ids []*ast.Ident
	for id := range c.info.Instances {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Pos() < ids[j].Pos() })
	for _, id := range ids {
		fn := c.genericFunc(c.info.Uses[id])
		if fn == nil {
			continue
		}
		inCell := c.inCell(id.Pos())
		if !inCell {
			if d := c.declAt(id.Pos()); d == nil || d.SpecOf == "" {
				continue
			}
		}
		inst := c.info.Instances[id]
		var args []types.Type
		ok := true
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			a := inst.TypeArgs.At(i)
			if hasTypeParam(a, 0) {
				ok = false
			}
			args = append(args, a)
		}
		if !ok {
			continue // inside a generic body: its copies have concrete ones
		}
		name := specName(fn.Name(), args)
		t := byName[name]
		if t == nil {
			t = &specTarget{fn: fn, args: args, name: name}
			byName[name] = t
			all = append(all, t)
		}
		if inCell {
			cellIDs[id] = t
		}
	}
	return all, cellIDs
}

// hasTypeParam reports whether t mentions a type parameter.
func hasTypeParam(t types.Type, depth int) bool {
	if depth > 10 {
		return true
	}
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if hasTypeParam(t.TypeArgs().At(i), depth+1) {
				return true
			}
		}
	case *types.Alias:
		return hasTypeParam(types.Unalias(t), depth+1)
	case *types.Pointer:
		return hasTypeParam(t.Elem(), depth+1)
	case *types.Slice:
		return hasTypeParam(t.Elem(), depth+1)
	case *types.Array:
		return hasTypeParam(t.Elem(), depth+1)
	case *types.Chan:
		return hasTypeParam(t.Elem(), depth+1)
	case *types.Map:
		return hasTypeParam(t.Key(), depth+1) || hasTypeParam(t.Elem(), depth+1)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if hasTypeParam(t.Field(i).Type(), depth+1) {
				return true
			}
		}
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			if hasTypeParam(t.At(i).Type(), depth+1) {
				return true
			}
		}
	case *types.Signature:
		return hasTypeParam(t.Params(), depth+1) || hasTypeParam(t.Results(), depth+1)
	case *types.Interface:
		for i := 0; i < t.NumMethods(); i++ {
			if hasTypeParam(t.Method(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}

// specName is the copy's name: deterministic, so that every cell (and
// every replay) names an instance alike.
func specName(generic string, args []types.Type) string {
	h := fnv.New32a()
	h.Write([]byte(typeList(args, func(p *types.Package) string { return p.Path() })))
	return fmt.Sprintf("%s_%s_%08x", hook+"g", generic, h.Sum32())
}

func typeList(args []types.Type, q types.Qualifier) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = types.TypeString(a, q)
	}
	return strings.Join(parts, ", ")
}

// declOf returns the declaration of a func in the check file.
func (c *checked) declOf(fn *types.Func) *ast.FuncDecl {
	for _, d := range c.ast.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && c.info.Defs[fd.Name] == fn {
			return fd
		}
	}
	return nil
}

// specText writes the copy of fn for t: the declaration's text from its
// doc comment on, with the type parameter list gone, the name the copy's
// and each use of a type parameter its argument. Lines stay.
func (c *checked) specText(t *specTarget, namer *typeNamer) (string, error) {
	fd := c.declOf(t.fn)
	if fd == nil || fd.Type.TypeParams == nil {
		return "", fmt.Errorf("the declaration of %s is not in the session", t.fn.Name())
	}
	src := c.file.src.String()
	off := func(p token.Pos) int { return c.tf.Offset(p) }
	start := off(fd.Pos())
	if fd.Doc != nil {
		start = off(fd.Doc.Pos())
	}
	sig := t.fn.Type().(*types.Signature)
	argSrc := map[*types.TypeParam]string{}
	for i := 0; i < sig.TypeParams().Len(); i++ {
		s := namer.str(t.args[i])
		if strings.HasPrefix(s, "*") || strings.HasPrefix(s, "<-") || strings.HasPrefix(s, "func") {
			s = "(" + s + ")"
		}
		argSrc[sig.TypeParams().At(i)] = s
	}
	type rep struct {
		start, end int
		text       string
	}
	reps := []rep{
		{off(fd.Name.Pos()), off(fd.Name.End()), t.name},
		{off(fd.Type.TypeParams.Opening), off(fd.Type.TypeParams.Closing) + 1, ""},
	}
	ast.Inspect(fd, func(n ast.Node) bool {
		if n == fd.Type.TypeParams {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if tn, ok := c.info.Uses[id].(*types.TypeName); ok {
			if tp, ok := tn.Type().(*types.TypeParam); ok {
				if s, ok := argSrc[tp]; ok {
					reps = append(reps, rep{off(id.Pos()), off(id.End()), s})
				}
			}
		}
		return true
	})
	sort.Slice(reps, func(i, j int) bool { return reps[i].start < reps[j].start })
	var b strings.Builder
	pos := start
	for _, r := range reps {
		b.WriteString(src[pos:r.start])
		b.WriteString(r.text)
		pos = r.end
	}
	b.WriteString(src[pos:off(fd.End())])
	return b.String(), nil
}

// specNamer names type arguments as the session does: by the names of
// the check file's imports.
func (c *checked) specNamer() *typeNamer {
	names := map[string]string{}
	for _, is := range c.ast.Imports {
		p, _ := strconv.Unquote(is.Path.Value)
		names[p] = importName(is)
	}
	return &typeNamer{main: c.pkg, names: names, hidden: map[string]string{}}
}

// cellDecls describes the cell's imports, declarations and vars as
// session declarations, over the session's, for checking the copies.
func (c *checked) cellDecls(session []*Decl, drop map[*Decl]bool, vars map[string]VarType) []*Decl {
	p := c.plan
	var out []*Decl
	for _, d := range session {
		if drop[d] || d.SpecOf != "" && p.names[d.SpecOf] {
			continue
		}
		switch d.Kind {
		case "import":
			if p.impName[d.Name] || p.names[d.Name] {
				continue
			}
		case "var":
			if p.names[d.Name] || vars[d.Name].Type != "" {
				continue
			}
		default:
			skip := false
			for _, n := range sessionDeclNames(d) {
				if p.names[n] || vars[n].Type != "" {
					skip = true
				}
			}
			if skip {
				continue
			}
		}
		out = append(out, d)
	}
	addImports := func(text string) {
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+text, parser.ImportsOnly)
		if err != nil {
			return
		}
		for _, is := range f.Imports {
			pth, _ := strconv.Unquote(is.Path.Value)
			out = append(out, &Decl{Kind: "import", Name: importName(is), Path: pth})
		}
	}
	for _, pc := range p.pieces {
		switch pc.Kind {
		case PieceImport:
			addImports(p.cell[pc.Start:pc.End])
		case PieceDecl:
			text := p.cell[pc.Start:pc.End]
			name := ""
			if f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+text, parser.SkipObjectResolution); err == nil && len(f.Decls) > 0 {
				if ns := declNames(f.Decls[0]); len(ns) > 0 {
					name = ns[0]
				}
			}
			out = append(out, &Decl{Kind: "func", Name: name, Src: text})
		}
	}
	for _, spec := range p.autoImports {
		addImports("import " + spec)
	}
	for _, n := range sortedVarKeys(vars) {
		out = append(out, &Decl{Kind: "var", Name: n, VarType: vars[n].Type, Imports: vars[n].Imports})
	}
	return out
}

// specialise writes, checks and lowers the copies of the targets (and of
// the instances the copies use in turn), over decls; have are the copies
// already written.
func (fe *Frontend) specialise(c *checked, targets []*specTarget, decls []*Decl, have map[string]bool, res *Result) error {
	namer := c.specNamer()
	for _, t := range targets {
		if have[t.name] {
			continue
		}
		have[t.name] = true
		if len(have) > maxSpecs {
			return fmt.Errorf("the generic func %s needs more than %d instances in this cell (does it call itself with new type arguments?); the notebook cannot run it", t.fn.Name(), maxSpecs)
		}
		for _, a := range t.args {
			if mentionsLocal(a, c.pkg) {
				return fmt.Errorf("%s is instantiated with a type declared inside a func; the notebook runs generic funcs only with types declared at the cell's top level", t.fn.Name())
			}
		}
		text, err := c.specText(t, namer)
		if err == nil && len(namer.hidden) > 0 {
			err = fmt.Errorf("a type argument of %s names a package the session does not import (%s); import it", t.fn.Name(), namer.hidden[sortedKeys(namer.hidden)[0]])
		}
		if err != nil {
			return err
		}
		label := t.fn.Name() + "[" + typeList(t.args, func(p *types.Package) string {
			if p == c.pkg {
				return ""
			}
			return p.Name()
		}) + "]"
		sub, err := fe.check1(text, []Piece{{Kind: PieceDecl, Start: 0, End: len(text)}}, decls, have)
		if err != nil {
			return fmt.Errorf("%s cannot run in the notebook: %v", label, err)
		}
		res.Specs = append(res.Specs, Spec{Name: t.name, Of: t.fn.Name(), Label: label,
			TypeArgs: typeList(t.args, func(p *types.Package) string {
				if p == c.pkg {
					return ""
				}
				return namer.pkgName(p)
			}), Src: sub.Code, Orig: text})
		res.Specs = append(res.Specs, sub.Specs...)
		res.Instances = append(res.Instances, sub.Instances...)
		res.Asserts = append(res.Asserts, sub.Asserts...)
	}
	return nil
}
