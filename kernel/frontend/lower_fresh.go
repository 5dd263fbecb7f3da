package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Some variables are one slot of the interpreter's frame, reused each
// time their declaration runs: a closure or a pointer taken in one run
// sees the values of the next (a loop appending &v, or starting
// go func() { use(v) }() per message). In Go each run declares a new
// variable. Where the code captures one (a func literal uses it, or its
// address is taken), the lowering makes it fresh:
//
//   - the variable a type switch binds in a clause (switch v := x.(type))
//     and one a select case declares (case v := <-ch): the clause's body
//     becomes a block starting with a copy of its own;
//
//     case v := <-ch:    ->   case v := <-ch: { v := v; _ = v;
//     use(&v)                  use(&v) }
//
//   - a comma-ok declaration (v, ok := m[k], x.(T) or <-ch): its operand
//     goes through a func literal's results, which are fresh (see
//     commaOk);
//
//   - an array declared with a composite literal (a := [2]int{i, i}, var
//     g = Grid{}): the literal is read through a pointer to it, which
//     copies it;
//
//     a := [2]int{i, i}  ->  a := *&[2]int{i, i}
//
//   - the address of an array's composite literal, wherever it is taken:
//     it is the address of a parameter, as new(expr) is lowered.
//
//     &[2]int{i, -i}  ->  (func(v [2]int) *[2]int { return &v })([2]int{i, -i})

// clauseVars gives the captured variables of a clause fresh copies (see
// above): vars are the clause's variables, body its statements.
func (l *lowerer) clauseVars(vars []*types.Var, body []ast.Stmt) {
	if len(body) == 0 {
		return
	}
	var fresh string
	for _, v := range vars {
		if v != nil && v.Name() != "_" && l.captured(v, &ast.BlockStmt{List: body}) {
			fresh += v.Name() + " := " + v.Name() + "; _ = " + v.Name() + "; "
		}
	}
	if fresh == "" {
		return
	}
	l.ed.insertOuter(l.off(body[0].Pos()), "{ "+fresh)
	l.ed.insertClosing(l.off(body[len(body)-1].End()), " }")
}

// freshDecl makes the variables that s (a := statement or a var
// declaration, not of the cell's top level) declares fresh where scope
// captures them (see above).
func (l *lowerer) freshDecl(s ast.Stmt, scope []ast.Stmt) {
	names, values, ok := declared(s)
	if !ok {
		return
	}
	captured := func(id *ast.Ident) bool {
		v, ok := l.c.info.Defs[id].(*types.Var)
		return ok && id.Name != "_" && l.captured(v, &ast.BlockStmt{List: scope})
	}
	if len(names) == 2 && len(values) == 1 && isCommaOk(values[0], l.c.info) {
		if a, ok := s.(*ast.AssignStmt); ok && (captured(names[0]) || captured(names[1])) {
			l.commaOk(a.Lhs, a.Rhs)
		}
		return
	}
	if len(names) != len(values) {
		return
	}
	for i, id := range names {
		lit, ok := ast.Unparen(values[i]).(*ast.CompositeLit)
		if !ok {
			continue
		}
		if t := l.c.info.Types[lit].Type; t != nil {
			if _, isArray := t.Underlying().(*types.Array); isArray && captured(id) {
				l.ed.insertOuter(l.off(lit.Pos()), "*&")
			}
		}
	}
}

// freshArrayAddr lowers the address of an array's composite literal (see
// above).
func (l *lowerer) freshArrayAddr(e *ast.UnaryExpr) {
	if e.Op != token.AND {
		return
	}
	lit, ok := e.X.(*ast.CompositeLit)
	if !ok {
		return
	}
	t := l.c.info.Types[lit].Type
	if t == nil || mentionsLocal(t, l.c.pkg) {
		return
	}
	if _, isArray := t.Underlying().(*types.Array); !isArray {
		return
	}
	name := l.namer.str(t)
	l.ed.replace(l.off(e.Pos()), l.off(lit.Pos()), "(func(v "+name+") *"+name+" { return &v })(")
	// (Inside the wrappers of the operand made before: a printed
	// &Matrix{} is the view's operand, __gt.As(…, "*T:main.Matrix").)
	l.ed.insertOuter(l.off(e.End()), ")")
}
