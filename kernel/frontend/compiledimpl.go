package frontend

import (
	"go/ast"
	"go/types"
	"sort"
)

// The interpreter asserts to an interface the cells declare only the
// values it made itself: a time.Duration held in an any fails
// x.(Stringer) for a cell's `type Stringer interface{ String() string }`
// although it has the method, and a type switch's `case Stringer:` is
// not taken. It does hold such a value in the interface once the
// value's own type is written in the code (var s Stringer = d for a
// time.Duration d). So the lowered assertion tries, after the session's
// own types (sessionImpl), the compiled types that the session's values
// have had, those that implement the interface: a value comes from an
// expression the cells wrote, whose type the check saw, in this cell or
// an earlier one.

// noteCompiled records the compiled named types of c's expressions and
// returns all those the session's checks have seen, by name.
func (fe *Frontend) noteCompiled(c *checked) []*types.Named {
	fe.compiledMu.Lock()
	defer fe.compiledMu.Unlock()
	if fe.compiled == nil {
		fe.compiled = map[string]*types.Named{}
	}
	// The cell's own code: the earlier cells' was noted when they ran.
	var roots []ast.Node
	if c.body != nil {
		roots = append(roots, c.body)
	}
	for _, d := range c.decls {
		roots = append(roots, d)
	}
	for _, root := range roots {
		ast.Inspect(root, func(nd ast.Node) bool {
			e, ok := nd.(ast.Expr)
			if !ok {
				return true
			}
			t := c.info.Types[e].Type
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := t.(*types.Named); ok && compiledConcrete(n, c.pkg) {
				key := n.Obj().Pkg().Path() + "." + n.Obj().Name()
				if _, ok := fe.compiled[key]; !ok {
					fe.compiled[key] = n
				}
			}
			return true
		})
	}
	keys := make([]string, 0, len(fe.compiled))
	for k := range fe.compiled {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*types.Named, len(keys))
	for i, k := range keys {
		out[i] = fe.compiled[k]
	}
	return out
}

// compiledConcrete reports whether n is an exported, non-generic,
// non-interface type of a compiled package (not the cells' main).
func compiledConcrete(n *types.Named, main *types.Package) bool {
	obj := n.Obj()
	if obj.Pkg() == nil || obj.Pkg() == main || obj.Pkg().Path() == "main" || !obj.Exported() {
		return false
	}
	if n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0 {
		return false
	}
	_, isIface := n.Underlying().(*types.Interface)
	return !isIface
}

// compiledImpl returns what a value of a compiled type is asserted to
// before it is held as a session interface of iface's methods, as the
// lowered code writes it: a standard interface with the same methods
// (fmt.Stringer for a cell's Stringer), which holds for every compiled
// value that implements iface; else the compiled types seen (see
// noteCompiled) that implement iface: T when T does (then *T too), *T
// when only the pointer does.
func (l *lowerer) compiledImpl(iface *types.Interface) []string {
	if twin := l.stdTwin(iface); twin != nil {
		return []string{l.namer.str(twin)}
	}
	var out []string
	for _, n := range l.c.compiled {
		if types.Implements(n, iface) {
			out = append(out, l.namer.str(n))
		}
		if types.Implements(types.NewPointer(n), iface) {
			out = append(out, "*"+l.namer.str(n))
		}
	}
	return out
}

// twinPackages are searched first for a standard interface with the
// methods of a session's (stdTwin), after the packages the cells import.
var twinPackages = []string{"fmt", "io", "sort", "encoding", "flag"}

// stdTwin returns the standard interface type whose method set is
// iface's (error, fmt.Stringer, io.Writer, sort.Interface, …), nil when
// none of the packages searched has one: an assertion to it holds for
// exactly the compiled values an assertion to iface should take, and
// the interpreter holds its result in a session interface.
func (l *lowerer) stdTwin(iface *types.Interface) types.Type {
	if l.stdTwins == nil {
		l.stdTwins = map[*types.Interface]types.Type{}
	}
	if t, ok := l.stdTwins[iface]; ok {
		return t
	}
	var found types.Type
	errType := types.Universe.Lookup("error").Type()
	if types.Identical(errType.Underlying(), iface) {
		found = errType
	}
	var pkgs []*types.Package
	for _, p := range twinPackages {
		if l.c.importer == nil {
			break
		}
		if pkg, err := l.c.importer.Import(p); err == nil {
			pkgs = append(pkgs, pkg)
		}
	}
	pkgs = append(pkgs, l.c.pkg.Imports()...)
	for _, pkg := range pkgs {
		if found != nil {
			break
		}
		if !isStdPkg(pkg) {
			continue
		}
		for _, name := range pkg.Scope().Names() {
			tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
			if !ok || !tn.Exported() || tn.IsAlias() {
				continue
			}
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 && types.Identical(n.Underlying(), iface) {
				found = n
				break
			}
		}
	}
	l.stdTwins[iface] = found
	return found
}
