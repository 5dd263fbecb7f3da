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
//
// The reads are found before the cell's statements are lowered
// (redeclaredReads), so that text copied from the cell there reads the
// old value too (len(queue) of queue[0]'s index check), and rewritten
// after.
func (l *lowerer) redeclare(s ast.Stmt) {
	r := l.redeclStmts[s]
	if r == nil {
		return
	}
	for _, id := range r.reads {
		l.ed.replaceOver(l.off(id.Pos()), l.off(id.End()), l.readAs[id])
	}
	for _, v := range r.order {
		l.ed.insert(l.off(s.Pos()), hook+".Stash("+quote(r.keys[v])+", "+v.Name()+"); ")
	}
}

// redeclaration is what redeclare rewrites in a declaration: the reads
// of the variables it declares again, and the key each is kept by.
type redeclaration struct {
	reads []*ast.Ident
	keys  map[types.Object]string
	order []types.Object
}

// redeclaredReads finds, in s, a cell's top-level statement, the reads
// redeclare rewrites, and the text each is read by.
func (l *lowerer) redeclaredReads(s ast.Stmt) {
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
	r := &redeclaration{keys: map[types.Object]string{}}
	for _, e := range rhs {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				// A closure reads the variable when it runs.
				return false
			case *ast.Ident:
				// A constant of the session's that the statement
				// declares a variable of the name of (limit := limit +
				// 1): its value, which the new variable hides.
				if c, ok := l.c.info.Uses[n].(*types.Const); ok && names[c.Name()] && c.Parent() == l.c.pkg.Scope() && !mentionsLocal(c.Type(), l.c.pkg) {
					if l.readAs == nil {
						l.readAs = map[*ast.Ident]string{}
					}
					if l.redeclStmts == nil {
						l.redeclStmts = map[ast.Stmt]*redeclaration{}
					}
					l.readAs[n] = "(" + l.constText(types.TypeAndValue{Type: c.Type(), Value: c.Val()}) + ")"
					r.reads = append(r.reads, n)
					return true
				}
				// (One this statement declares is a new one: var (z =
				// Z{}; p = &z) reads the z before it.)
				v, ok := l.c.info.Uses[n].(*types.Var)
				if !ok || v.IsField() || !names[v.Name()] || inside(v.Pos(), s) {
					return true
				}
				key, ok := r.keys[v]
				if !ok {
					key = l.name("sv")
					r.keys[v] = key
					r.order = append(r.order, v)
				}
				t := l.namer.str(v.Type())
				if l.readAs == nil {
					l.readAs = map[*ast.Ident]string{}
				}
				if l.redeclStmts == nil {
					l.redeclStmts = map[ast.Stmt]*redeclaration{}
				}
				l.readAs[n] = "func() " + t + " { v, _ := " + hook + ".Unstash(" + quote(key) + ").(" + t + "); return v }()"
				r.reads = append(r.reads, n)
			}
			return true
		})
	}
	if len(r.reads) > 0 {
		l.redeclStmts[s] = r
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
