package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// Go 1.26 gives the first append to an empty slice variable that never
// leaves its func a backing array of 32 bytes on the stack: the slice's
// capacity is then 32 bytes' worth of elements, where the interpreter's
// append, as Go's on the heap, allocates room for what is appended.
// Programs that show how a slice grows print it:
//
//	var s []int
//	for i := range 5 { s = append(s, i); fmt.Println(len(s), cap(s)) }
//
// prints capacities 4 4 4 4 8 under go run, 1 2 4 4 8 in the interpreter.
// The compiler does so for an append s = append(s, x, …) (no ...) whose
// result does not escape: the first such append to s in its func uses
// the stack array once per call of the func, when s is empty and too
// small for what is appended, and what is appended fits. The lowering
// gives the slice that capacity there:
//
//	s = append(s, i)  ->  if !__gt_sa1 && len(s) == 0 && cap(s) < 1 { __gt_sa1 = true; s = make([]int, 0, 4) }; s = append(s, i)
//
// with var __gt_sa1 bool at the start of the func. A slice counts as not
// escaping when every use is one the compiler's escape analysis keeps on
// the stack for certain: len, cap, copy and clear of it, reading or
// storing its elements, ranging over it, comparing it with nil,
// appending to it (s = append(s, …)), reslicing it into itself, and
// assigning to it. Any other use (passing it to a func, printing it,
// returning it, taking an address, a closure using it) leaves it as the
// interpreter has it, as Go's heap growth.

// stackArrayBytes is the size of the array the compiler puts on the stack.
const stackArrayBytes = 32

// stackAppends lowers the appends of one func's body (or of the cell's
// statements): the variables it declares, not those of func literals in
// it, which are funcs of their own.
func (l *lowerer) stackAppends(body *ast.BlockStmt) {
	if body == nil || len(body.List) == 0 {
		return
	}
	cands := map[*types.Var]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			v, ok := l.c.info.Defs[n].(*types.Var)
			if !ok || v == nil {
				return true
			}
			if elemSize(v.Type()) > 0 {
				cands[v] = true
			}
		}
		return true
	})
	if len(cands) == 0 {
		return
	}
	var sites map[*types.Var][]*ast.AssignStmt
	var stack []ast.Node
	lits := 0
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			if _, ok := stack[len(stack)-1].(*ast.FuncLit); ok {
				lits--
			}
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncLit:
			lits++
		case *ast.Ident:
			v, ok := l.c.info.Uses[n].(*types.Var)
			if !ok || !cands[v] {
				return true
			}
			if lits > 0 {
				delete(cands, v) // a closure holds it
				return true
			}
			if a := l.stackUse(v, stack); a != nil {
				if sites == nil {
					sites = map[*types.Var][]*ast.AssignStmt{}
				}
				if a.Lhs[0] != n {
					sites[v] = append(sites[v], a)
				}
			} else if !l.keepsOnStack(v, stack) {
				delete(cands, v)
			}
		}
		return true
	})
	vars := make([]*types.Var, 0, len(cands))
	for v := range cands {
		if len(sites[v]) > 0 {
			vars = append(vars, v)
		}
	}
	sort.Slice(vars, func(i, j int) bool { return vars[i].Pos() < vars[j].Pos() })
	var flags []string
	for _, v := range vars {
		as := sites[v]
		sort.Slice(as, func(i, j int) bool { return as[i].Pos() < as[j].Pos() })
		call := as[0].Rhs[0].(*ast.CallExpr)
		n := len(call.Args) - 1
		k := int(stackArrayBytes / elemSize(v.Type()))
		if n < 1 || n > k || !l.inStmtList(as[0], body) {
			continue
		}
		elem := v.Type().Underlying().(*types.Slice).Elem()
		flag := l.name("sa")
		flags = append(flags, flag)
		s := v.Name()
		l.ed.insertLead(l.off(as[0].Pos()), "if !"+flag+" && len("+s+") == 0 && cap("+s+") < "+strconv.Itoa(n)+" { "+flag+" = true; "+s+" = make([]"+l.namer.str(elem)+", 0, "+strconv.Itoa(k)+") }; ")
	}
	if len(flags) == 0 {
		return
	}
	decl := "var " + strings.Join(flags, ", ") + " bool;"
	if l.c.body == body {
		l.ed.insertLead(l.off(body.List[0].Pos()), decl+" ")
	} else {
		l.ed.insert(l.off(body.Lbrace)+1, " "+decl)
	}
}

// elemSize is the size of the elements of a slice type t, when the
// compiler may give a slice of it a stack array: 0 when not (elements
// of no size or larger than the array, of a type parameter or of a type
// a func declares).
func elemSize(t types.Type) int64 {
	st, ok := t.Underlying().(*types.Slice)
	if !ok || hasTypeParam(st.Elem(), 0) {
		return 0
	}
	n := sizes.Sizeof(st.Elem())
	if n > stackArrayBytes {
		return 0
	}
	return n
}

// stackUse returns the statement s = append(s, …) that the use of v
// (the last node of stack) is the target or first operand of, when the
// append has no ... and v is a plain variable there.
func (l *lowerer) stackUse(v *types.Var, stack []ast.Node) *ast.AssignStmt {
	id := stack[len(stack)-1].(*ast.Ident)
	var a *ast.AssignStmt
	switch p := stack[len(stack)-2].(type) {
	case *ast.AssignStmt:
		a = p
	case *ast.CallExpr:
		if len(stack) < 3 || len(p.Args) == 0 || p.Args[0] != id {
			return nil
		}
		a, _ = stack[len(stack)-3].(*ast.AssignStmt)
	}
	if a == nil || a.Tok != token.ASSIGN || len(a.Lhs) != 1 || len(a.Rhs) != 1 {
		return nil
	}
	call, ok := a.Rhs[0].(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() || !l.isBuiltin(call.Fun, "append") || len(call.Args) == 0 {
		return nil
	}
	lhs, ok1 := a.Lhs[0].(*ast.Ident)
	arg, ok2 := call.Args[0].(*ast.Ident)
	if !ok1 || !ok2 || l.c.info.Uses[lhs] != v || l.c.info.Uses[arg] != v {
		return nil
	}
	return a
}

// keepsOnStack reports whether the use of v (the last node of stack),
// other than an append's, leaves its backing array on the stack (see
// above).
func (l *lowerer) keepsOnStack(v *types.Var, stack []ast.Node) bool {
	id := stack[len(stack)-1].(*ast.Ident)
	parent := stack[len(stack)-2]
	switch p := parent.(type) {
	case *ast.CallExpr:
		for _, b := range []string{"len", "cap", "copy", "clear"} {
			if l.isBuiltin(p.Fun, b) && p.Fun != ast.Expr(id) {
				return true
			}
		}
	case *ast.IndexExpr:
		if p.X != ast.Expr(id) || len(stack) < 3 {
			return false
		}
		switch g := stack[len(stack)-3].(type) {
		case *ast.UnaryExpr:
			return g.Op != token.AND // &s[i]
		case *ast.SliceExpr:
			return g.X != ast.Expr(p) // s[i][:] of an array element
		case *ast.SelectorExpr:
			// A method of the element with a pointer receiver takes its
			// address.
			sel, ok := l.c.info.Selections[g]
			if !ok || sel.Kind() == types.FieldVal {
				return true
			}
			_, ptr := sel.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer)
			return !ptr
		}
		return true
	case *ast.RangeStmt:
		return p.X == ast.Expr(id)
	case *ast.BinaryExpr:
		other := p.X
		if other == ast.Expr(id) {
			other = p.Y
		}
		return (p.Op == token.EQL || p.Op == token.NEQ) && l.c.info.Types[other].IsNil()
	case *ast.SliceExpr:
		// s = s[i:j], len(s[i:j]), cap(s[i:j])
		if p.X != ast.Expr(id) || len(stack) < 3 {
			return false
		}
		switch g := stack[len(stack)-3].(type) {
		case *ast.AssignStmt:
			if len(g.Lhs) == 1 && len(g.Rhs) == 1 && g.Rhs[0] == ast.Expr(p) && g.Tok == token.ASSIGN {
				lhs, ok := g.Lhs[0].(*ast.Ident)
				return ok && l.c.info.Uses[lhs] == v
			}
		case *ast.CallExpr:
			return l.isBuiltin(g.Fun, "len") || l.isBuiltin(g.Fun, "cap")
		}
	case *ast.AssignStmt:
		// Assigned to (s = nil, s = s[:0], s = make(…)): the target of
		// the assignment, not a value assigned.
		for _, e := range p.Lhs {
			if e == ast.Expr(id) {
				return p.Tok == token.ASSIGN
			}
		}
	}
	return false
}

// isBuiltin reports whether e names the predeclared func name.
func (l *lowerer) isBuiltin(e ast.Expr, name string) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := l.c.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// inStmtList reports whether s is a statement of a list in root (a
// block's or a clause's), where a statement may go before it.
func (l *lowerer) inStmtList(s ast.Stmt, root ast.Node) bool {
	found := false
	ast.Inspect(root, func(n ast.Node) bool {
		if found {
			return false
		}
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		}
		for _, x := range list {
			if x == s {
				found = true
			}
		}
		return true
	})
	return found
}
