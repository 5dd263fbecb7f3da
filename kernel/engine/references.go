package engine

import (
	"go/ast"
	"go/token"
)

// references collects the identifiers a piece refers to outside itself
// (excluding the names it declares, the names declared inside it where
// they are in scope, and field or method names after a dot) and the
// names used after a dot. A local that shadows a global only in part of
// a body leaves the global's other uses counted.
func references(p *piece) (uses, sels map[string]bool) {
	w := &refWalker{uses: map[string]bool{}, sels: map[string]bool{}, own: map[string]bool{}}
	for _, n := range p.names {
		w.own[n] = true
	}
	if p.decl != nil {
		w.node(p.decl)
	} else if p.stmt != nil {
		if a, ok := p.stmt.(*ast.AssignStmt); ok && a.Tok == token.DEFINE {
			// A top-level x := ... declares globals: its names are the
			// piece's own.
			w.exprs(a.Rhs)
		} else {
			w.node(p.stmt)
		}
	}
	if fd, ok := p.decl.(*ast.FuncDecl); ok && fd.Recv == nil {
		delete(w.uses, fd.Name.Name)
	}
	return w.uses, w.sels
}

// refWalker walks a piece with the scopes of its local names.
type refWalker struct {
	scopes []map[string]bool
	uses   map[string]bool
	sels   map[string]bool
	own    map[string]bool
}

func (w *refWalker) push() { w.scopes = append(w.scopes, map[string]bool{}) }
func (w *refWalker) pop()  { w.scopes = w.scopes[:len(w.scopes)-1] }
func (w *refWalker) declare(id *ast.Ident) {
	if id != nil && len(w.scopes) > 0 {
		w.scopes[len(w.scopes)-1][id.Name] = true
	}
}

func (w *refWalker) local(name string) bool {
	for i := len(w.scopes) - 1; i >= 0; i-- {
		if w.scopes[i][name] {
			return true
		}
	}
	return false
}

func (w *refWalker) exprs(list []ast.Expr) {
	for _, e := range list {
		w.node(e)
	}
}

func (w *refWalker) stmts(list []ast.Stmt) {
	for _, s := range list {
		w.node(s)
	}
}

// fields declares the names of a parameter list after walking its types.
func (w *refWalker) fields(fl *ast.FieldList) {
	if fl == nil {
		return
	}
	for _, f := range fl.List {
		w.node(f.Type)
	}
	for _, f := range fl.List {
		for _, n := range f.Names {
			w.declare(n)
		}
	}
}

// defines declares the identifiers on the left of a :=.
func (w *refWalker) defines(lhs []ast.Expr) {
	for _, e := range lhs {
		if id, ok := e.(*ast.Ident); ok {
			w.declare(id)
		}
	}
}

func (w *refWalker) node(n ast.Node) {
	switch x := n.(type) {
	case nil:
	case *ast.Ident:
		if x.Name != "_" && !w.own[x.Name] && !w.local(x.Name) {
			w.uses[x.Name] = true
		}
	case *ast.FuncDecl:
		w.push()
		if x.Type.TypeParams != nil {
			// Type parameters are in scope in their own constraints.
			for _, f := range x.Type.TypeParams.List {
				for _, n := range f.Names {
					w.declare(n)
				}
			}
			for _, f := range x.Type.TypeParams.List {
				w.node(f.Type)
			}
		}
		w.fields(x.Recv)
		w.fields(x.Type.Params)
		w.fields(x.Type.Results)
		if x.Body != nil {
			w.stmts(x.Body.List)
		}
		w.pop()
	case *ast.FuncLit:
		w.push()
		w.fields(x.Type.Params)
		w.fields(x.Type.Results)
		w.stmts(x.Body.List)
		w.pop()
	case *ast.BlockStmt:
		w.push()
		w.stmts(x.List)
		w.pop()
	case *ast.AssignStmt:
		w.exprs(x.Rhs)
		if x.Tok == token.DEFINE {
			w.defines(x.Lhs)
		} else {
			w.exprs(x.Lhs)
		}
	case *ast.GenDecl:
		for _, sp := range x.Specs {
			switch s := sp.(type) {
			case *ast.ValueSpec:
				w.node(s.Type)
				w.exprs(s.Values)
				for _, id := range s.Names {
					w.declare(id)
				}
			case *ast.TypeSpec:
				w.declare(s.Name)
				w.push()
				if s.TypeParams != nil {
					for _, f := range s.TypeParams.List {
						for _, n := range f.Names {
							w.declare(n)
						}
					}
					for _, f := range s.TypeParams.List {
						w.node(f.Type)
					}
				}
				w.node(s.Type)
				w.pop()
			case *ast.ImportSpec:
			}
		}
	case *ast.IfStmt:
		w.push()
		w.node(x.Init)
		w.node(x.Cond)
		w.node(x.Body)
		w.node(x.Else)
		w.pop()
	case *ast.ForStmt:
		w.push()
		w.node(x.Init)
		w.node(x.Cond)
		w.node(x.Post)
		w.node(x.Body)
		w.pop()
	case *ast.RangeStmt:
		w.node(x.X)
		w.push()
		if x.Tok == token.DEFINE {
			w.defines([]ast.Expr{x.Key, x.Value})
		} else {
			w.node(x.Key)
			w.node(x.Value)
		}
		w.node(x.Body)
		w.pop()
	case *ast.SwitchStmt:
		w.push()
		w.node(x.Init)
		w.node(x.Tag)
		for _, c := range x.Body.List {
			cc := c.(*ast.CaseClause)
			w.exprs(cc.List)
			w.push()
			w.stmts(cc.Body)
			w.pop()
		}
		w.pop()
	case *ast.TypeSwitchStmt:
		w.push()
		w.node(x.Init)
		var bound *ast.Ident
		switch a := x.Assign.(type) {
		case *ast.AssignStmt:
			w.exprs(a.Rhs)
			if len(a.Lhs) == 1 {
				bound, _ = a.Lhs[0].(*ast.Ident)
			}
		case *ast.ExprStmt:
			w.node(a.X)
		}
		for _, c := range x.Body.List {
			cc := c.(*ast.CaseClause)
			w.exprs(cc.List)
			w.push()
			w.declare(bound)
			w.stmts(cc.Body)
			w.pop()
		}
		w.pop()
	case *ast.SelectStmt:
		for _, c := range x.Body.List {
			cc := c.(*ast.CommClause)
			w.push()
			w.node(cc.Comm)
			w.stmts(cc.Body)
			w.pop()
		}
	case *ast.LabeledStmt:
		w.node(x.Stmt)
	case *ast.BranchStmt:
	case *ast.SelectorExpr:
		w.sels[x.Sel.Name] = true
		w.node(x.X)
	case *ast.StructType:
		// Field names are not references.
		for _, f := range x.Fields.List {
			w.node(f.Type)
		}
	case *ast.InterfaceType:
		for _, f := range x.Methods.List {
			w.node(f.Type)
		}
	default:
		// Struct literal keys are field names, but map literal keys may
		// be variables: both count.
		ast.Inspect(n, func(m ast.Node) bool {
			if m == n {
				return true
			}
			w.node(m)
			return false
		})
	}
}
