package frontend

import (
	"go/ast"
	"go/types"
	"sort"
)

// Instance is an instance of a generic type of the session.
type Instance struct {
	Src  string // as Go source of the session's package: "Pair[string, int]"
	Name string // as the runtime names it: "main.Pair[string,int]"
}

// instances lists the session's generic types that the cell instantiates
// with concrete type arguments, so that the engine can register them for
// printing; instances naming other packages' types are left out.
func (c *checked) instances() []Instance {
	seen := map[string]bool{}
	var out []Instance
	for id, inst := range c.info.Instances {
		if !c.inCell(id.Pos()) {
			continue
		}
		n, ok := inst.Type.(*types.Named)
		if !ok || n.Obj().Pkg() != c.pkg || n.Obj().Parent() != c.pkg.Scope() || !concreteType(n, 0) {
			continue
		}
		if c.genericType(n.Obj()) != nil {
			continue // specialised: the copy is a declared type
		}
		other := false
		src := types.TypeString(n, func(p *types.Package) string {
			if p != c.pkg {
				other = true
			}
			return ""
		})
		if !other && !seen[src] {
			seen[src] = true
			out = append(out, Instance{Src: src, Name: goTypeName(n)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Src < out[j].Src })
	return out
}

// concreteType reports whether t mentions no type parameter.
func concreteType(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t := t.(type) {
	case *types.TypeParam:
		return false
	case *types.Named:
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if !concreteType(t.TypeArgs().At(i), depth+1) {
				return false
			}
		}
	case *types.Pointer:
		return concreteType(t.Elem(), depth+1)
	case *types.Slice:
		return concreteType(t.Elem(), depth+1)
	case *types.Array:
		return concreteType(t.Elem(), depth+1)
	case *types.Chan:
		return concreteType(t.Elem(), depth+1)
	case *types.Map:
		return concreteType(t.Key(), depth+1) && concreteType(t.Elem(), depth+1)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if !concreteType(t.Field(i).Type(), depth+1) {
				return false
			}
		}
	case *types.Signature:
		return false
	}
	return true
}

// Assert is a type assertion x.(T) of the cell whose operand has an
// interface type: the types as the runtime names them.
type Assert struct {
	Iface  string // the operand's static type: "main.Animal", "interface {}"
	Target string // T: "main.Dog"
}

// asserts lists the cell's type assertions to a type that is not an
// interface, but those with a comma-ok, which never fail, so that the engine can name the operand's type in the
// message of one that fails (the interpreter says "interface {}" for
// every interface).
func (c *checked) asserts() []Assert {
	seen := map[Assert]bool{}
	var out []Assert
	ast.Inspect(c.ast, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || !c.inCell(ta.Pos()) {
			return true
		}
		x, t := c.info.Types[ta.X].Type, c.info.Types[ta.Type].Type
		if x == nil || t == nil || types.IsInterface(t) || !types.IsInterface(x) {
			return true
		}
		if _, commaOk := c.info.Types[ta].Type.(*types.Tuple); commaOk {
			return true // (it never fails)
		}
		a := Assert{Iface: goTypeName(x), Target: goTypeName(t)}
		if it, ok := types.Unalias(x).(*types.Interface); ok && it.Empty() {
			a.Iface = "interface {}"
		}
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
		return true
	})
	return out
}
