package frontend

import (
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"hash/fnv"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Spec is a concrete copy of a generic func declared in the session, for
// one list of type arguments. The interpreter's own generics get several
// constructs wrong (a second type parameter, a variadic ...T, an
// interface as type argument), so generic funcs declared in cells are
// specialised: each instance a cell uses becomes a plain func of its own,
// and the cell calls that func. The copy keeps the lines of the generic's
// declaration, so that errors and tracebacks name them.
type Spec struct {
	// Kind is "func", "type" or "method" (of a copied type).
	Kind string
	// Name is the copy's name: the generic's name and a hash of the type
	// arguments, the same in every cell.
	Name string
	// Of is the generic's name ("Map", "Stack", "Stack.Push").
	Of string
	// Label names the instance in tracebacks ("Map[int, string]"); for
	// a type, as the runtime names it ("main.Stack[int]").
	Label string
	// TypeArgs are the type arguments as Go source of the session, to
	// specialise a redefinition of the generic again.
	TypeArgs string
	// Src is the lowered copy; Orig the copy before lowering.
	Src, Orig string
	// Sites are the places the copy records running (see Result.Sites),
	// their lines the copy's: its first is the generic's.
	Sites []Site
	// Generated marks the copy of a standard library type (see
	// stdTypes): the notebook's own code, on one line, with no
	// declaration of the session behind it.
	Generated bool
}

// stdTypes write the standard library's generic types that the
// interpreter lacks (its symbol tables hold no generic types) as types
// of the session: name is the copy's name, t the type argument. The
// methods keep the documented behaviour: atomic.Pointer's are atomic
// through a mutex.
var stdTypes = map[string]func(name, t string) (typ string, methods map[string]string){
	"sync/atomic.Pointer": func(n, t string) (string, map[string]string) {
		lock := "p.mu.Lock(); defer p.mu.Unlock(); "
		return "type " + n + " struct { mu " + hook + ".Mutex; v *" + t + " }",
			map[string]string{
				"Load":           "func (p *" + n + ") Load() *" + t + " { " + lock + "return p.v }",
				"Store":          "func (p *" + n + ") Store(v *" + t + ") { " + lock + "p.v = v }",
				"Swap":           "func (p *" + n + ") Swap(v *" + t + ") (old *" + t + ") { " + lock + "old, p.v = p.v, v; return }",
				"CompareAndSwap": "func (p *" + n + ") CompareAndSwap(old, v *" + t + ") (swapped bool) { " + lock + "if p.v != old { return false }; p.v = v; return true }",
			}
	},
}

// stdTypeKey is the key of a standard generic type in stdTypes.
func stdTypeKey(tn *types.TypeName) string {
	if tn == nil || tn.Pkg() == nil {
		return ""
	}
	return tn.Pkg().Path() + "." + tn.Name()
}

// isStdSpecialised reports whether instances of n are copies (stdTypes).
func isStdSpecialised(n *types.Named) bool {
	_, ok := stdTypes[stdTypeKey(n.Origin().Obj())]
	return ok && n.TypeArgs().Len() > 0
}

// maxSpecs bounds the copies one cell may need (a generic func that
// calls itself with ever larger types would need infinitely many).
const maxSpecs = 64

// specTarget is an instance of a generic func of the session.
type specTarget struct {
	fn   *types.Func     // a generic func, or
	tn   *types.TypeName // a generic type
	args []types.Type
	name string
}

func (t *specTarget) generic() string {
	if t.tn != nil {
		return t.tn.Name()
	}
	return t.fn.Name()
}

// genericType returns obj when it is a generic type declared at the
// package level of the session.
func (c *checked) genericType(obj types.Object) *types.TypeName {
	tn, ok := obj.(*types.TypeName)
	if ok && stdTypes[stdTypeKey(tn)] != nil {
		return tn
	}
	if !ok || tn.Pkg() != c.pkg || tn.IsAlias() || c.pkg.Scope().Lookup(tn.Name()) != tn {
		return nil
	}
	if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() == 0 {
		return nil
	}
	return tn
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
		tn := c.genericType(c.info.Uses[id])
		inst := c.info.Instances[id]
		targs := inst.TypeArgs
		if n := c.aliasedInstance(c.info.Uses[id], inst.Type); n != nil {
			// StrPair[int] of type StrPair[V any] = Pair[string, V]:
			// the copy of Pair[string, int].
			tn, targs = c.genericType(n.Origin().Obj()), n.TypeArgs()
		}
		if fn == nil && tn == nil {
			continue
		}
		inCell := c.inCell(id.Pos())
		if !inCell {
			if d := c.declAt(id.Pos()); d == nil || d.SpecOf == "" {
				continue
			}
		}
		var args []types.Type
		ok := true
		for i := 0; i < targs.Len(); i++ {
			a := targs.At(i)
			if hasTypeParam(a, 0) {
				ok = false
			}
			args = append(args, a)
		}
		if !ok {
			continue // inside a generic body: its copies have concrete ones
		}
		var name string
		if fn != nil {
			name = specName(hook+"g", fn.Name(), args)
		} else {
			name = specName(hook+"t", tn.Name(), args)
		}
		t := byName[name]
		if t == nil {
			t = &specTarget{fn: fn, tn: tn, args: args, name: name}
			byName[name] = t
			all = append(all, t)
		}
		if inCell {
			cellIDs[id] = t
		}
	}
	return all, cellIDs
}

// aliasedInstance returns the instance of a generic type that the
// notebook copies (the session's, atomic.Pointer) that t, an instance of
// obj, a generic alias of the session, stands for; nil for anything
// else.
func (c *checked) aliasedInstance(obj types.Object, t types.Type) *types.Named {
	tn, ok := obj.(*types.TypeName)
	if !ok || !tn.IsAlias() || tn.Pkg() != c.pkg || c.pkg.Scope().Lookup(tn.Name()) != tn {
		return nil
	}
	a, ok := t.(*types.Alias)
	if !ok || a.TypeArgs().Len() == 0 {
		return nil
	}
	n, ok := types.Unalias(a).(*types.Named)
	if !ok || n.TypeArgs().Len() == 0 || c.genericType(n.Origin().Obj()) == nil {
		return nil
	}
	return n
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
// An argument that is itself a copy of a generic type (a copy's text
// names keyValue[K, V] of K = int, V = string as its copy) is named as
// the instance it stands for: one instance has one copy.
func specName(prefix, generic string, args []types.Type) string {
	list := canonicalArgs(args)
	h := fnv.New32a()
	h.Write([]byte(list))
	name := fmt.Sprintf("%s_%s_%08x", prefix, generic, h.Sum32())
	if prefix == hook+"t" {
		copiesOf.Store(name, generic+"["+list+"]")
	}
	return name
}

// copiesOf maps the name of each copy of a generic type made so far to
// the instance it stands for, as canonicalArgs spells it: names are
// deterministic, so one table serves every session.
var copiesOf sync.Map

// copyName is a copy's name in a type's spelling ("main.__gtt_Pair_1d3038db").
var copyName = regexp.MustCompile(`\b(?:[\w./-]+\.)?(` + hook + `t_\w+?_[0-9a-f]{8})\b`)

// canonicalArgs spells type arguments with packages by path, copies of
// generic types as the instances they stand for.
func canonicalArgs(args []types.Type) string {
	list := typeList(args, func(p *types.Package) string { return p.Path() })
	for range 8 {
		next := copyName.ReplaceAllStringFunc(list, func(m string) string {
			if inst, ok := copiesOf.Load(copyName.FindStringSubmatch(m)[1]); ok {
				return "main." + inst.(string)
			}
			return m
		})
		if next == list {
			break
		}
		list = next
	}
	return list
}

// instanceSpelled spells the copies of generic types in s, a type's Go
// name, as the instances they stand for: %T of a T that is a Box[int]
// in a generic func's copy names main.Box[int], not the copy.
func instanceSpelled(s string) string {
	for range 8 {
		next := copyName.ReplaceAllStringFunc(s, func(m string) string {
			if inst, ok := copiesOf.Load(copyName.FindStringSubmatch(m)[1]); ok {
				return "main." + typeArgsTight(inst.(string))
			}
			return m
		})
		if next == s {
			break
		}
		s = next
	}
	return s
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

// rep replaces src[start:end] of the check file with text.
type rep struct {
	start, end int
	text       string
}

// argSources writes type arguments as Go source, parenthesised where a
// type parameter's place needs it ((*T)(x)).
func argSources(tps *types.TypeParamList, args []types.Type, namer *typeNamer) map[*types.TypeParam]string {
	out := map[*types.TypeParam]string{}
	for i := 0; i < tps.Len() && i < len(args); i++ {
		s := namer.str(args[i])
		if strings.HasPrefix(s, "*") || strings.HasPrefix(s, "<-") || strings.HasPrefix(s, "func") {
			s = "(" + s + ")"
		}
		out[tps.At(i)] = s
	}
	return out
}

// paramUses lists the replacements of the uses of type parameters in n.
func (c *checked) paramUses(n ast.Node, skip ast.Node, argSrc map[*types.TypeParam]string) []rep {
	var reps []rep
	ast.Inspect(n, func(n ast.Node) bool {
		if n == skip && skip != nil {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if tn, ok := c.info.Uses[id].(*types.TypeName); ok {
			if tp, ok := tn.Type().(*types.TypeParam); ok {
				if s, ok := argSrc[tp]; ok {
					reps = append(reps, rep{c.tf.Offset(id.Pos()), c.tf.Offset(id.End()), s})
				}
			}
		}
		return true
	})
	return reps
}

// applyReps returns src[start:end] with the replacements.
func applyReps(src string, start, end int, reps []rep) string {
	var l editList
	for _, r := range reps {
		l.replace(r.start, r.end, r.text)
	}
	return l.take(src, start, end)
}

// specText writes the copy of a generic func for t: the declaration's
// text from its doc comment on, with the type parameter list gone, the
// name the copy's and each use of a type parameter its argument. Lines
// stay.
func (c *checked) specText(t *specTarget, namer *typeNamer) (string, error) {
	fd := c.declOf(t.fn)
	if fd == nil || fd.Type.TypeParams == nil {
		return "", fmt.Errorf("the declaration of %s is not in the session", t.fn.Name())
	}
	off := func(p token.Pos) int { return c.tf.Offset(p) }
	start := off(fd.Pos())
	if fd.Doc != nil {
		start = off(fd.Doc.Pos())
	}
	sig := t.fn.Type().(*types.Signature)
	reps := []rep{
		{off(fd.Name.Pos()), off(fd.Name.End()), t.name},
		{off(fd.Type.TypeParams.Opening), off(fd.Type.TypeParams.Closing) + 1, ""},
	}
	reps = append(reps, c.paramUses(fd, fd.Type.TypeParams, argSources(sig.TypeParams(), t.args, namer))...)
	return applyReps(c.file.src.String(), start, off(fd.End()), reps), nil
}

// recvCopy names the receiver of a method's copy.
const recvCopy = hook + "_rcv"

// A type's copy and its methods' copies are written with the instances
// as the session's code has them (Tree[int], not the copy's name): the
// check then sees one type where the session's generic funcs return or
// take an instance (r := NewSet[T]() in a method of Set). Only a
// method's receiver is of the copy's type, and the body starts by
// converting it into the instance, whose underlying type is the copy's
// (the lowering writes both as the copy):
//
//	func (s *Set[T]) Union(o *Set[T]) *Set[T] { r := NewSet[T](); … }
//	  ->  func (__gt_rcv *__gtt_Set_1) Union(o *Set[int]) *Set[int] { s := (*Set[int])(__gt_rcv); _ = s; r := NewSet[int](); … }

// selfInstance writes the receiver type recv of a method of generic
// type tn as the instance for the type arguments args (*Set[int]).
func selfInstance(recv ast.Expr, tn *types.TypeName, tps *types.TypeParamList, args map[*types.TypeParam]string) string {
	star := ""
	for {
		if st, ok := recv.(*ast.StarExpr); ok {
			star += "*"
			recv = st.X
		} else if pe, ok := recv.(*ast.ParenExpr); ok {
			recv = pe.X
		} else {
			break
		}
	}
	parts := make([]string, tps.Len())
	for i := range parts {
		parts[i] = args[tps.At(i)]
	}
	return star + tn.Name() + "[" + strings.Join(parts, ", ") + "]"
}

// methodCopy is the copy of a method of a generic type.
type methodCopy struct {
	name, of, text string
}

// typeSpecText writes the copy of a generic type for t, and of its
// methods, as specText does for funcs.
func (c *checked) typeSpecText(t *specTarget, namer *typeNamer) (string, []methodCopy, error) {
	off := func(p token.Pos) int { return c.tf.Offset(p) }
	src := c.file.src.String()
	named := t.tn.Type().(*types.Named)
	var text string
	for _, d := range c.ast.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			if c.info.Defs[ts.Name] != t.tn || ts.TypeParams == nil {
				continue
			}
			reps := []rep{
				{off(ts.Name.Pos()), off(ts.Name.End()), t.name},
				{off(ts.TypeParams.Opening), off(ts.TypeParams.Closing) + 1, ""},
			}
			reps = append(reps, c.paramUses(ts, ts.TypeParams, argSources(named.TypeParams(), t.args, namer))...)
			if len(gd.Specs) == 1 && !gd.Lparen.IsValid() {
				start := off(gd.Pos())
				if gd.Doc != nil {
					start = off(gd.Doc.Pos())
				}
				text = applyReps(src, start, off(gd.End()), reps)
			} else {
				text = "type " + applyReps(src, off(ts.Pos()), off(ts.End()), reps)
			}
		}
	}
	if text == "" {
		return "", nil, fmt.Errorf("the declaration of %s is not in the session", t.tn.Name())
	}
	var methods []methodCopy
	for _, d := range c.ast.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		fn, _ := c.info.Defs[fd.Name].(*types.Func)
		if fn == nil {
			continue
		}
		sig := fn.Type().(*types.Signature)
		rt := fd.Recv.List[0].Type
		for {
			if st, ok := rt.(*ast.StarExpr); ok {
				rt = st.X
			} else if pe, ok := rt.(*ast.ParenExpr); ok {
				rt = pe.X
			} else {
				break
			}
		}
		var base ast.Expr
		switch x := rt.(type) {
		case *ast.IndexExpr:
			base = x.X
		case *ast.IndexListExpr:
			base = x.X
		}
		id, ok := base.(*ast.Ident)
		if !ok || c.info.Uses[id] != t.tn {
			continue
		}
		start := off(fd.Pos())
		if fd.Doc != nil {
			start = off(fd.Doc.Pos())
		}
		args := argSources(sig.RecvTypeParams(), t.args, namer)
		reps := []rep{{off(rt.Pos()), off(rt.End()), t.name}}
		reps = append(reps, c.paramUses(fd, rt, args)...)
		if names := fd.Recv.List[0].Names; len(names) == 1 && names[0].Name != "_" && fd.Body != nil {
			// The body sees the receiver as the instance it is in the
			// session's code (see selfInstance).
			recv := names[0].Name
			reps = append(reps, rep{off(names[0].Pos()), off(names[0].End()), recvCopy},
				rep{off(fd.Body.Lbrace) + 1, off(fd.Body.Lbrace) + 1, " " + recv + " := (" + selfInstance(fd.Recv.List[0].Type, t.tn, sig.RecvTypeParams(), args) + ")(" + recvCopy + "); _ = " + recv + ";"})
		}
		methods = append(methods, methodCopy{name: t.name + "." + fd.Name.Name, of: t.tn.Name() + "." + fd.Name.Name,
			text: applyReps(src, start, off(fd.End()), reps)})
	}
	return text, methods, nil
}

// specNamer names type arguments as the session does: by the names of
// the check file's imports.
func (c *checked) specNamer() *typeNamer {
	names := map[string]string{}
	for _, is := range c.ast.Imports {
		p, _ := strconv.Unquote(is.Path.Value)
		// A hidden import of the check file (for the type of a session
		// var, see checkFile) is no import of the session's: the
		// session's own name for the package comes first.
		if n := importName(is); !strings.HasPrefix(n, "__gtp_") || names[p] == "" {
			names[p] = n
		}
	}
	return &typeNamer{main: c.pkg, names: names, hidden: map[string]string{}}
}

// cellDecls describes the cell's imports, declarations and vars as
// session declarations, over the session's, for checking the copies.
func (c *checked) cellDecls(session []*Decl, drop map[*Decl]bool, vars map[string]VarType) []*Decl {
	p := c.plan
	var out []*Decl
	for _, d := range session {
		if drop[d] || p.staleSpec(d) {
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
	for _, n := range sortedKeys(vars) {
		out = append(out, &Decl{Kind: "var", Name: n, VarType: vars[n].Type, Imports: vars[n].Imports})
	}
	return out
}

// specsMade are the copies a cell's check has written so far, by name,
// with their declarations (the copy's original text; a type's with its
// methods').
type specsMade struct {
	done  map[string]bool
	decls map[string][]*Decl
}

// mentioned returns ds with the declarations of the copies made so far
// that text mentions by name, and those these mention in turn, but for
// name's (the copy text declares): a copy made in another copy's check
// (the key2[int, float64] of a _Metric2[int, float64]'s field) is
// named by its copy in the texts of the methods written after it.
func (h *specsMade) mentioned(ds []*Decl, text, name string) []*Decl {
	have := map[string]bool{name: true}
	for _, d := range ds {
		have[d.Name] = true
	}
	texts := []string{text}
	for len(texts) > 0 {
		t := texts[0]
		texts = texts[1:]
		for _, m := range copyName.FindAllStringSubmatch(t, -1) {
			made, ok := h.decls[m[1]]
			if !ok || have[m[1]] {
				continue
			}
			have[m[1]] = true
			for _, d := range made {
				ds = append(ds, d)
				texts = append(texts, d.Src)
			}
		}
	}
	return ds
}

// specialise writes, checks and lowers the copies of the targets (and of
// the instances the copies use in turn), over decls; have are the copies
// already written.
func (fe *Frontend) specialise(c *checked, targets []*specTarget, decls []*Decl, have *specsMade, res *Result) error {
	namer := c.specNamer()
	// Types first: a func's copy may name a type's (Id[Box[int]] takes a
	// __gtt_Box_…), which the func's check then finds among decls.
	// And a type's copy after those of the instances its type arguments
	// are (Box[Pair[string]] after Pair[string]).
	targets = slices.Clone(targets)
	slices.SortStableFunc(targets, func(a, b *specTarget) int {
		if c := cmp.Compare(boolInt(a.tn == nil), boolInt(b.tn == nil)); c != 0 {
			return c
		}
		return cmp.Compare(argsDepth(a.args), argsDepth(b.args))
	})
	for _, t := range targets {
		if have.done[t.name] {
			// Written for another copy's check: this one's needs its
			// declarations too (Combine2[int, string] returning
			// Gen[Pair[int, string]] after Combine made them).
			if !slices.ContainsFunc(decls, func(d *Decl) bool { return d.Name == t.name }) {
				decls = append(decls, have.decls[t.name]...)
			}
			continue
		}
		have.done[t.name] = true
		if len(have.done) > maxSpecs {
			return fmt.Errorf("the generic %s needs more than %d instances in this cell (does it use itself with new type arguments?); the notebook cannot run it", t.generic(), maxSpecs)
		}
		for _, a := range t.args {
			if mentionsLocal(a, c.pkg) && !c.allHoisted(a) {
				return fmt.Errorf("%s is instantiated with a type declared inside a func; the notebook runs generics only with types declared at the cell's top level", t.generic())
			}
		}
		if t.tn != nil && t.tn.Pkg() != c.pkg {
			if err := fe.stdSpec(c, t, namer, res); err != nil {
				return err
			}
			continue
		}
		var text string
		var methods []methodCopy
		var err error
		if t.fn != nil {
			text, err = c.specText(t, namer)
		} else {
			text, methods, err = c.typeSpecText(t, namer)
		}
		if err == nil && len(namer.hidden) > 0 {
			err = fmt.Errorf("a type argument of %s names a package the session does not import (%s); import it", t.generic(), namer.hidden[sortedKeys(namer.hidden)[0]])
		}
		if err != nil {
			return err
		}
		label := t.generic() + "[" + typeList(t.args, func(p *types.Package) string {
			if p == c.pkg {
				return ""
			}
			return p.Name()
		}) + "]"
		targs := typeList(t.args, func(p *types.Package) string {
			if p == c.pkg {
				return ""
			}
			return namer.pkgName(p)
		})
		kind := "func"
		if t.tn != nil {
			kind = "type"
		}
		// The copies of a type's methods are checked with the type's
		// copy and each other.
		var own []*Decl
		for _, d := range decls {
			if d.Name != t.name && !strings.HasPrefix(d.Name, t.name+".") {
				own = append(own, d)
			}
		}
		var made []*Decl
		if t.tn != nil {
			made = append(made, &Decl{Kind: "type", Name: t.name, Src: text})
		}
		for _, m := range methods {
			made = append(made, &Decl{Kind: "method", Name: m.name, Src: m.text})
		}
		own = append(own, made...)
		if t.tn != nil {
			// (Known before its methods' checks, which may make copies
			// that use it.)
			have.decls[t.name] = made
		}
		check := func(text, name string) (*Result, error) {
			var ds []*Decl
			for _, d := range own {
				if d.Name != name {
					ds = append(ds, d)
				}
			}
			wanted := text
			if t.tn != nil {
				// The copies of the same generic made so far are
				// declared too: the interpreter builds Vec[int]'s and
				// Vec[Level]'s as one reflect type unless twinTags
				// tells them apart, which it does for those it sees.
				prefix := hook + "t_" + t.tn.Name() + "_"
				for _, k := range sortedKeys(have.decls) {
					if k != name && strings.HasPrefix(k, prefix) && !strings.Contains(k, ".") {
						wanted += " " + k
					}
				}
			}
			ds = have.mentioned(ds, wanted, name)
			// (Marked as the cell is: a traceback through the copy
			// names its failing operation, see Spec.Sites.)
			return fe.check1(text, []Piece{{Kind: PieceDecl, Start: 0, End: len(text)}}, ds, have)
		}
		// A type switch of the generic may list a type parameter beside
		// the types it can stand for (case T: ... case int:), which the
		// copy for T = int would list twice: the later case never runs.
		checkFixed := func(text, name string) (*Result, string, error) {
			for range 8 {
				sub, err := check(text, name)
				fixed, ok := neverCases(text, err)
				if !ok {
					return sub, text, err
				}
				text = fixed
			}
			sub, err := check(text, name)
			return sub, text, err
		}
		sub, text, err := checkFixed(text, t.name)
		if err != nil {
			return fmt.Errorf("%s cannot run in the notebook: %v", label, err)
		}
		plain := label
		if t.tn != nil {
			// (A type argument that is itself a copy, in a generic
			// func's copy, is named as its instance: main.Opt[main.Opt[int]].)
			label = c.markLocal(instanceSpelled(goTypeName(c.instanceOf(t))), c.instanceOf(t))
		}
		res.Specs = append(res.Specs, Spec{Kind: kind, Name: t.name, Of: t.generic(), Label: label,
			TypeArgs: targs, Src: sub.Code, Orig: text, Sites: sub.Sites})
		subs := []*Result{sub}
		for _, m := range methods {
			ms, mtext, err := checkFixed(m.text, m.name)
			if err != nil {
				return fmt.Errorf("%s cannot run in the notebook: %v", m.of, err)
			}
			res.Specs = append(res.Specs, Spec{Kind: "method", Name: m.name, Of: m.of, Label: plain + m.name[len(t.name):],
				TypeArgs: targs, Src: ms.Code, Orig: mtext, Sites: ms.Sites})
			subs = append(subs, ms)
		}
		if t.tn != nil {
			// The later targets' copies may use this one.
			made[0].Src = text // as fixed by checkFixed
			decls = append(decls, made...)
		} else {
			have.decls[t.name] = []*Decl{{Kind: "func", Name: t.name, Src: text}}
		}
		for _, sub := range subs {
			res.Specs = append(res.Specs, sub.Specs...)
			res.Instances = append(res.Instances, sub.Instances...)
			res.Asserts = append(res.Asserts, sub.Asserts...)
		}
	}
	return nil
}

// argsDepth is how deeply instances of generic types nest in args: 0
// for plain types, 1 for Pair[string], 2 for Box[Pair[string]].
func argsDepth(args []types.Type) int {
	var depth func(t types.Type, d int) int
	depth = func(t types.Type, d int) int {
		if d > 10 {
			return d
		}
		switch t := t.(type) {
		case *types.Named:
			if t.TypeArgs().Len() == 0 {
				return 0
			}
			var args []types.Type
			for i := 0; i < t.TypeArgs().Len(); i++ {
				args = append(args, t.TypeArgs().At(i))
			}
			return 1 + argsDepth(args)
		case *types.Alias:
			return depth(types.Unalias(t), d+1)
		case *types.Pointer:
			return depth(t.Elem(), d+1)
		case *types.Slice:
			return depth(t.Elem(), d+1)
		case *types.Array:
			return depth(t.Elem(), d+1)
		case *types.Chan:
			return depth(t.Elem(), d+1)
		case *types.Map:
			return max(depth(t.Key(), d+1), depth(t.Elem(), d+1))
		}
		return 0
	}
	m := 0
	for _, a := range args {
		m = max(m, depth(a, 0))
	}
	return m
}

// instanceOf is the instance of a generic type a target stands for.
func (c *checked) instanceOf(t *specTarget) types.Type {
	inst, err := types.Instantiate(nil, t.tn.Type(), t.args, false)
	if err != nil {
		return t.tn.Type()
	}
	return inst
}

// staleSpec reports whether d is a copy of a generic that the cell
// redeclares (a type's copy is stale when the cell declares the type or
// one of its methods).
func (p *cellPlan) staleSpec(d *Decl) bool {
	if d.SpecOf == "" {
		return false
	}
	base, _, _ := strings.Cut(d.SpecOf, ".")
	if p.names[d.SpecOf] || p.names[base] {
		return true
	}
	if d.Kind == "type" || d.Kind == "method" {
		for n := range p.names {
			if strings.HasPrefix(n, base+".") {
				return true
			}
		}
	}
	return false
}

// stdSpec writes the copies of an instance of a standard library type
// (stdTypes).
func (fe *Frontend) stdSpec(c *checked, t *specTarget, namer *typeNamer, res *Result) error {
	arg := namer.str(t.args[0])
	if len(namer.hidden) > 0 {
		return fmt.Errorf("a type argument of %s.%s names a package the session does not import (%s); import it", t.tn.Pkg().Name(), t.tn.Name(), namer.hidden[sortedKeys(namer.hidden)[0]])
	}
	typ, methods := stdTypes[stdTypeKey(t.tn)](t.name, arg)
	of := t.tn.Pkg().Name() + "." + t.tn.Name()
	label := goTypeName(c.instanceOf(t))
	res.Specs = append(res.Specs, Spec{Kind: "type", Name: t.name, Of: of, Label: label, Src: typ, Orig: typ, Generated: true})
	names := make([]string, 0, len(methods))
	for m := range methods {
		names = append(names, m)
	}
	sort.Strings(names)
	for _, m := range names {
		res.Specs = append(res.Specs, Spec{Kind: "method", Name: t.name + "." + m, Of: of + "." + m,
			Label: of + "[" + arg + "]." + m, Src: methods[m], Orig: methods[m], Generated: true})
	}
	return nil
}

// boolInt is 1 for true.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// A struct embedding an instance of a generic type of the session
// (struct{ Container[string] }) embeds its copy, whose name is the
// field's: selecting or keying the field by the generic's name names the
// copy.
//
//	l.Container.Items  ->  l.__gtt_Container_95e97e5e.Items

// embeddedCopy returns the copy's name when v is a field embedding an
// instance of a generic type of the session; "" otherwise.
func (l *lowerer) embeddedCopy(v *types.Var) string {
	if v == nil || !v.Embedded() {
		return ""
	}
	t := v.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() == 0 || n.Obj().Pkg() != l.c.pkg || !concreteType(n, 0) {
		return ""
	}
	if iface, ok := n.Underlying().(*types.Interface); ok && iface.NumMethods() > 0 {
		return "" // a field named as the generic (see lower_embed.go)
	}
	args := make([]types.Type, n.TypeArgs().Len())
	for i := range args {
		args[i] = n.TypeArgs().At(i)
	}
	return specName(hook+"t", n.Obj().Name(), args)
}

// embeddedInstanceField lowers x.F where F is such a field.
func (l *lowerer) embeddedInstanceField(e *ast.SelectorExpr) {
	sel, ok := l.c.info.Selections[e]
	if !ok || sel.Kind() != types.FieldVal {
		return
	}
	if name := l.embeddedCopy(sel.Obj().(*types.Var)); name != "" {
		l.ed.replace(l.off(e.Sel.Pos()), l.off(e.Sel.End()), name)
	}
}

// embeddedInstanceKeys lowers the keys of a struct literal that name
// such fields.
func (l *lowerer) embeddedInstanceKeys(e *ast.CompositeLit) {
	for _, elt := range e.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		if v, ok := l.c.info.Uses[id].(*types.Var); ok {
			if name := l.embeddedCopy(v); name != "" {
				l.ed.replace(l.off(id.Pos()), l.off(id.End()), name)
			}
		}
	}
}

// neverCases rewrites, in the text of a generic's copy, each type
// switch case that err (the copy's check) reports as a duplicate of an
// earlier case or as impossible for the switch's operand into a type no
// value has, and reports whether it rewrote one. Go's generic code runs
// such a case never: the earlier case takes the type, or no operand has
// it.
func neverCases(text string, err error) (string, bool) {
	var es Errors
	if !errors.As(err, &es) {
		return text, false
	}
	at := map[[2]int]bool{}
	for _, e := range es {
		if strings.HasPrefix(e.Msg, "duplicate case") || strings.HasPrefix(e.Msg, "impossible type switch case") {
			at[[2]int{e.Line, e.Col}] = true
		}
	}
	if len(at) == 0 {
		return text, false
	}
	const head = "package p;"
	fset := token.NewFileSet()
	f, perr := parser.ParseFile(fset, "", head+text, parser.SkipObjectResolution)
	if perr != nil {
		return text, false
	}
	var spans []caseSpan
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSwitchStmt)
		if !ok {
			return true
		}
		for _, c := range ts.Body.List {
			cc := c.(*ast.CaseClause)
			for _, e := range cc.List {
				p := fset.Position(e.Pos())
				col := p.Column
				if p.Line == 1 {
					col -= len(head)
				}
				if !at[[2]int{p.Line, col}] {
					continue
				}
				off := func(p token.Pos) int { return fset.Position(p).Offset - len(head) }
				sp := caseSpan{off(e.Pos()), off(e.End()), -1, -1}
				if len(cc.List) == 1 && len(cc.Body) > 0 {
					// Its variable would have the never type: the body,
					// which never runs, goes (its lines stay).
					sp.bodyStart, sp.bodyEnd = off(cc.Body[0].Pos()), off(cc.Body[len(cc.Body)-1].End())
				}
				spans = append(spans, sp)
			}
		}
		return true
	})
	if len(spans) == 0 {
		return text, false
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start > spans[j].start })
	for i, sp := range spans {
		if sp.bodyStart >= 0 {
			body := text[sp.bodyStart:sp.bodyEnd]
			// (A panic ends it, as its statements may have ended the
			// func: a switch of such clauses is a terminating statement.)
			text = text[:sp.bodyStart] + "panic(0)" + strings.Repeat("\n", strings.Count(body, "\n")) + text[sp.bodyEnd:]
		}
		// (An interface no type has: it is possible for any operand.)
		text = text[:sp.start] + fmt.Sprintf("interface{ %snever%d() }", hook, i) + text[sp.end:]
	}
	return text, true
}

// caseSpan is a type switch case's type in a copy's text, and the
// clause's body when it goes with it (bodyStart -1 otherwise).
type caseSpan struct{ start, end, bodyStart, bodyEnd int }
