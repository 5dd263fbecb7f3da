package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
)

// redeclare lowers a cell's top-level declaration that reads a variable
// it declares again, as in
//
//	name := name + "-local"
//	n, m := n+1, n*2
//	t, err := t.Parse(text)
//
// The interpreter makes the cell's variables session-wide and declares
// the new ones before it evaluates the values, so those would read the
// new, zero variable. The old value is kept at run time by a statement
// before, and the declaration reads it from there:
//
//	__gt.Stash("__gt_sv1", name); name := func() string { v, _ := __gt.Unstash("__gt_sv1").(string); return v }() + "-local"
func (l *lowerer) redeclare(s ast.Stmt) {
	lhs, rhs, ok := declared(s)
	if !ok {
		return
	}
	names := map[string]bool{}
	for _, id := range lhs {
		if id.Name != "_" {
			names[id.Name] = true
		}
	}
	keys := map[types.Object]string{}
	var order []types.Object
	for _, e := range rhs {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				// A closure reads the variable when it runs.
				return false
			case *ast.Ident:
				// (One this statement declares is a new one: var (z =
				// Z{}; p = &z) reads the z before it.)
				v, ok := l.c.info.Uses[n].(*types.Var)
				if !ok || v.IsField() || !names[v.Name()] || inside(v.Pos(), s) {
					return true
				}
				key, ok := keys[v]
				if !ok {
					key = l.name("sv")
					keys[v] = key
					order = append(order, v)
				}
				t := l.namer.str(v.Type())
				l.ed.replaceOver(l.off(n.Pos()), l.off(n.End()), "func() "+t+" { v, _ := "+hook+".Unstash("+quote(key)+").("+t+"); return v }()")
			}
			return true
		})
	}
	for _, v := range order {
		l.ed.insert(l.off(s.Pos()), hook+".Stash("+quote(keys[v])+", "+v.Name()+"); ")
	}
}

// declared returns the names that s, a := statement or a var
// declaration, declares and the values it gives them (in order, specs
// after one another); ok is false for another statement.
func declared(s ast.Stmt) (names []*ast.Ident, values []ast.Expr, ok bool) {
	switch s := s.(type) {
	case *ast.AssignStmt:
		if s.Tok != token.DEFINE {
			return nil, nil, false
		}
		for _, e := range s.Lhs {
			if id, ok := e.(*ast.Ident); ok {
				names = append(names, id)
			}
		}
		return names, s.Rhs, true
	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			return nil, nil, false
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			names = append(names, vs.Names...)
			values = append(values, vs.Values...)
		}
		return names, values, true
	}
	return nil, nil, false
}
