package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
)

// The interpreter builds the reflect types of struct types that refer to
// one another by pointer (a Dept with Staff []*Emp, an Emp with a Dept
// *Dept and a Manager *Emp) from the first of them a cell uses: a field
// that leads back to a struct still being built is a placeholder, and
// when the last one is built every placeholder is made the type where
// the first loop was found. With loops back to two types (Emp.Dept to
// Dept, Emp.Manager to Emp) one of them gets the other's type, and the
// first store into it panics (reflect.Set: value of type *struct {…} is
// not assignable). Built from a type that every loop goes through (Emp),
// every placeholder is that type, as it should be; so the cell names
// such a type's pointer type right after the last declaration of the
// group, which makes the interpreter build them from it:
//
//	type Emp struct{ Dept *Dept; Boss *Emp }  ->  type Emp struct{ Dept *Dept; Boss *Emp }; var _ = (*Emp)(nil)

// recursiveStructs names, for each group of the struct types the cell
// declares that refer to one another, a type every loop of the group
// goes through, after the group's last declaration.
func (l *lowerer) recursiveStructs() {
	var order []*types.Named
	specs := map[*types.Named]*ast.TypeSpec{}
	for _, d := range l.c.decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE || !l.c.inCell(gd.Pos()) {
			continue
		}
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			tn, ok := l.c.info.Defs[ts.Name].(*types.TypeName)
			if !ok || ts.TypeParams != nil || ts.Assign.IsValid() {
				continue
			}
			n, ok := tn.Type().(*types.Named)
			if _, isStruct := tn.Type().Underlying().(*types.Struct); ok && isStruct {
				order = append(order, n)
				specs[n] = ts
			}
		}
	}
	if len(order) < 2 {
		return
	}
	// edges: the cell's struct types each one's fields lead to, through
	// pointers, slices, maps, channels, funcs and other declared types.
	// byValue: those reached otherwise than right behind a pointer
	// ([]Task, not *Task).
	edges := map[*types.Named]map[*types.Named]bool{}
	byValue := map[*types.Named]bool{}
	for _, n := range order {
		out := map[*types.Named]bool{}
		type visit struct {
			t   types.Type
			ptr bool
		}
		seen := map[visit]bool{}
		var walk func(t types.Type, ptr bool)
		walk = func(t types.Type, ptr bool) {
			if seen[visit{t, ptr}] {
				return
			}
			seen[visit{t, ptr}] = true
			switch t := types.Unalias(t).(type) {
			case *types.Named:
				if _, ok := specs[t]; ok {
					out[t] = true
					byValue[t] = byValue[t] || !ptr
					return
				}
				if t.Obj().Pkg() == l.c.pkg {
					walk(t.Underlying(), false)
				}
			case *types.Pointer:
				walk(t.Elem(), true)
			case *types.Slice:
				walk(t.Elem(), false)
			case *types.Array:
				walk(t.Elem(), false)
			case *types.Chan:
				walk(t.Elem(), false)
			case *types.Map:
				walk(t.Key(), false)
				walk(t.Elem(), false)
			case *types.Signature:
				for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
					for i := 0; i < tup.Len(); i++ {
						walk(tup.At(i).Type(), false)
					}
				}
			case *types.Struct:
				for i := 0; i < t.NumFields(); i++ {
					walk(t.Field(i).Type(), false)
				}
			}
		}
		walk(n.Underlying(), false)
		edges[n] = out
	}
	reach := func(from *types.Named, skip *types.Named) map[*types.Named]bool {
		r := map[*types.Named]bool{}
		var visit func(n *types.Named)
		visit = func(n *types.Named) {
			for m := range edges[n] {
				if m != skip && !r[m] {
					r[m] = true
					visit(m)
				}
			}
		}
		visit(from)
		return r
	}
	done := map[*types.Named]bool{}
	for _, n := range order {
		if done[n] {
			continue
		}
		// n's group: the types it reaches that reach it.
		var group []*types.Named
		for m := range reach(n, nil) {
			if reach(m, nil)[n] {
				group = append(group, m)
			}
		}
		for _, m := range group {
			done[m] = true
		}
		if len(group) < 2 {
			continue
		}
		sort.Slice(group, func(i, j int) bool { return specs[group[i]].Pos() < specs[group[j]].Pos() })
		last := specs[group[len(group)-1]]
		// A type the others hold only through pointers first: the
		// placeholders of the type being built are then pointers' (a
		// []Task placeholder in Loop, built from Task, is not made the
		// type again).
		sort.SliceStable(group, func(i, j int) bool { return !byValue[group[i]] && byValue[group[j]] })
		for _, s := range group {
			// s is on every loop when, without it, no type of the
			// group reaches itself.
			loops := false
			for _, m := range group {
				if m != s && reach(m, s)[m] {
					loops = true
					break
				}
			}
			if !loops {
				l.ed.insert(l.off(l.typeDeclOf(last).End()), "; var _ = (*"+s.Obj().Name()+")(nil)")
				break
			}
		}
	}
}

// typeDeclOf is the type declaration that holds ts.
func (l *lowerer) typeDeclOf(ts *ast.TypeSpec) *ast.GenDecl {
	for _, d := range l.c.decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Pos() <= ts.Pos() && ts.End() <= gd.End() {
			return gd
		}
	}
	return nil
}
