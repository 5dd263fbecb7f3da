package frontend

import (
	"go/ast"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// varTypes returns the types of the cell's top-level vars (only those in
// names when names is not nil), written with stable package names.
func (c *checked) varTypes(names map[string]bool) map[string]VarType {
	scope := c.cellScope()
	if scope == nil {
		return nil
	}
	out := map[string]VarType{}
	for _, name := range scope.Names() {
		if names != nil && !names[name] {
			continue
		}
		v, ok := scope.Lookup(name).(*types.Var)
		if !ok || mentionsLocal(v.Type(), c.pkg) || !validType(v.Type()) {
			continue
		}
		n := &typeNamer{main: c.pkg, hidden: map[string]string{}, stable: true}
		vt := VarType{Type: n.str(v.Type())}
		if len(n.hidden) > 0 {
			vt.Imports = n.hidden
		}
		out[name] = vt
	}
	return out
}

// validType reports whether t has no invalid part (the type of a var
// whose initialiser did not check).
func validType(t types.Type) bool {
	switch t := t.(type) {
	case *types.Basic:
		return t.Kind() != types.Invalid
	case *types.Map:
		return validType(t.Key()) && validType(t.Elem())
	case interface{ Elem() types.Type }: // pointer, slice, array, channel
		return validType(t.Elem())
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			if !validType(t.At(i).Type()) {
				return false
			}
		}
	case *types.Signature:
		return validType(t.Params()) && validType(t.Results())
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if !validType(t.Field(i).Type()) {
				return false
			}
		}
	}
	return true
}

// autoImport finds a package name the cell uses without importing it
// ("undefined: strings" at strings.ToUpper) and returns the import spec
// to add, as goimports would choose it, with a note when the name was
// ambiguous.
func (fe *Frontend) autoImport(c *checked, errs []types.Error) (spec string, notes []string) {
	for _, e := range errs {
		name, ok := strings.CutPrefix(e.Msg, "undefined: ")
		if !ok || strings.ContainsAny(name, ". ") {
			continue
		}
		sels := c.selectorsOf(name)
		if len(sels) == 0 {
			continue
		}
		cands := fe.candidates(name, sels)
		if len(cands) == 0 {
			continue
		}
		spec = strconv.Quote(cands[0])
		if packageName(cands[0]) != name {
			spec = name + " " + spec
		}
		if len(cands) > 1 {
			notes = append(notes, "note: added import "+strconv.Quote(cands[0])+" for "+name+" (also possible: "+strings.Join(quoteAll(cands[1:]), ", ")+")")
		}
		return spec, notes
	}
	return "", nil
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}

// selectorsOf lists the names the cell selects from the identifier name
// (name.X), when name is used only that way.
func (c *checked) selectorsOf(name string) []string {
	set := map[string]bool{}
	ast.Inspect(c.ast, func(n ast.Node) bool {
		if se, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := se.X.(*ast.Ident); ok && id.Name == name && c.inCell(id.Pos()) {
				if c.info.Uses[id] == nil {
					set[se.Sel.Name] = true
				}
			}
		}
		return true
	})
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// candidates lists the importable packages named name that export every
// one of sels, best first: the standard library before others, then the
// shorter path (math/rand before math/rand/v2 only if both fit).
func (fe *Frontend) candidates(name string, sels []string) []string {
	im := fe.cfg.Importer
	var cands []string
	for p := range im.symbols {
		if packageName(p) != name || strings.Contains(p, "internal") || strings.HasPrefix(p, "goteach.internal") {
			continue
		}
		pkg, err := im.Import(p)
		if err != nil {
			continue
		}
		ok := true
		for _, s := range sels {
			if obj := pkg.Scope().Lookup(s); obj == nil || !obj.Exported() {
				ok = false
				break
			}
		}
		if ok {
			cands = append(cands, p)
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		si, sj := isStd(cands[i]), isStd(cands[j])
		if si != sj {
			return si
		}
		// goimports prefers the newest major version of a standard
		// package only when asked; the plain path comes first.
		if len(cands[i]) != len(cands[j]) {
			return len(cands[i]) < len(cands[j])
		}
		return cands[i] < cands[j]
	})
	return cands
}
