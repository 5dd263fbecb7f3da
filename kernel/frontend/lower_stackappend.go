package frontend

import (
	"fmt"
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
// assigning to it. Returning it or assigning it to another variable is
// below; any other use (passing it to a func, printing it, taking an
// address, a closure using it) leaves it as the interpreter has it, as
// Go's heap growth.

// stackArrayBytes is the size of the array the compiler puts on the stack.
const stackArrayBytes = 32

// A slice that leaves its func at one place only, outside any loop
// the slice was declared out of (return s; x = s), and is appended to
// more than once (an append in a loop counts twice), is on the stack
// too: Go copies it to the heap where it leaves (move2heap). What the
// interpreter must show is the capacity the slice had on the stack, and
// the one the copy gets: when the func reads the capacity (cap, a
// reslice, a slice literal assigned), each append that grows it within
// 32 bytes takes the next size class (1 2 3 4 ints), and the copy keeps
// it; when not, the first append takes the whole array, and the copy
// gets the size class of its length (3 ints: capacity 3). The uses of
// such a slice are those of the compiler's analysis (cmd/compile's
// slice package): any other leaves it on the heap.

// appendSlice is what stackAppends learns of a slice variable.
type appendSlice struct {
	v     *types.Var
	sites []*ast.AssignStmt // its appends s = append(s, …) without ...
	// local: every use keeps it in its func; understood: every use is
	// one the compiler's move to the heap understands.
	local, understood bool
	capUsed           bool
	leaves            []ast.Stmt // where it leaves the func
	leaveDepth        int        // the loop depth of the last of leaves
	declDepth, weight int
}

// stackAppends lowers the appends of one func's body (or of the cell's
// statements): the variables it declares, not those of func literals in
// it, which are funcs of their own.
func (l *lowerer) stackAppends(body *ast.BlockStmt) {
	if body == nil || len(body.List) == 0 {
		return
	}
	cands := map[*types.Var]*appendSlice{}
	depth := 0
	var stack []ast.Node
	lits := 0
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			switch stack[len(stack)-1].(type) {
			case *ast.FuncLit:
				lits--
			case *ast.ForStmt, *ast.RangeStmt:
				depth--
			}
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncLit:
			lits++
		case *ast.ForStmt, *ast.RangeStmt:
			depth++
		case *ast.Ident:
			if v, ok := l.c.info.Defs[n].(*types.Var); ok && v != nil && lits == 0 && elemSize(v.Type()) > 0 {
				cands[v] = &appendSlice{v: v, local: true, understood: true, declDepth: depth}
				return true
			}
			v, ok := l.c.info.Uses[n].(*types.Var)
			if !ok || cands[v] == nil {
				return true
			}
			a := cands[v]
			if lits > 0 {
				a.local, a.understood = false, false // a closure holds it
				return true
			}
			if as := l.stackUse(v, stack); as != nil {
				if as.Lhs[0] != n {
					a.sites = append(a.sites, as)
					a.weight += 1 + depth - a.declDepth
				}
				return true
			}
			local, understood, capUsed, leave := l.sliceUse(v, stack)
			a.local = a.local && local
			a.understood = a.understood && understood
			a.capUsed = a.capUsed || capUsed
			if leave != nil {
				a.leaves, a.leaveDepth = append(a.leaves, leave), depth
			}
		}
		return true
	})
	vars := make([]*appendSlice, 0, len(cands))
	for _, a := range cands {
		if len(a.sites) > 0 {
			vars = append(vars, a)
		}
	}
	sort.Slice(vars, func(i, j int) bool { return vars[i].v.Pos() < vars[j].v.Pos() })
	var decls []string
	for _, a := range vars {
		sort.Slice(a.sites, func(i, j int) bool { return a.sites[i].Pos() < a.sites[j].Pos() })
		switch {
		case a.local && len(a.leaves) == 0:
			decls = append(decls, l.firstAppendOnStack(a, body, "")...)
		case a.understood && len(a.leaves) == 1 && a.leaveDepth <= a.declDepth && a.weight >= 2 && l.inStmtList(a.leaves[0], body) && !l.inlinedInLoop(body):
			if a.capUsed {
				decls = append(decls, l.appendsOnStack(a, body)...)
			} else {
				decls = append(decls, l.firstAppendOnStack(a, body, l.name("sh"))...)
			}
		}
	}
	if len(decls) == 0 {
		return
	}
	decl := strings.Join(decls, "; ") + ";"
	if l.c.body == body {
		l.ed.insertLead(l.off(body.List[0].Pos()), decl+" ")
	} else {
		l.ed.insert(l.off(body.Lbrace)+1, " "+decl)
	}
}

// firstAppendOnStack gives the first append to a's slice the stack
// array (see above), and returns the declarations of the variables the
// lowering uses, at the start of the func. onStack, when not "", names a
// variable telling whether the slice is the array still: the slice then
// moves to the heap where it leaves, with the size class of its length.
func (l *lowerer) firstAppendOnStack(a *appendSlice, body *ast.BlockStmt, onStack string) []string {
	first := a.sites[0]
	n := len(first.Rhs[0].(*ast.CallExpr).Args) - 1
	size := elemSize(a.v.Type())
	k := int(stackArrayBytes / size)
	if n < 1 || n > k || !l.inStmtList(first, body) {
		return nil
	}
	elem := l.namer.str(a.v.Type().Underlying().(*types.Slice).Elem())
	flag := l.name("sa")
	s := a.v.Name()
	set := flag + " = true; "
	if onStack != "" {
		set += onStack + " = true; "
	}
	if onStack == "" {
		if fd := l.declOfBody(body); fd != nil && fd.Recv == nil && !strings.HasPrefix(fd.Name.Name, hook) && l.calledInLoopOnly(body) {
			// Inlined into a loop of its caller (main, mostly), the func
			// uses the array of that call site, once per call of the
			// caller: the flag is the session's. (Inlined elsewhere,
			// each call site has an array of its own.)
			flag := hook + "_sa_" + fd.Name.Name + "_" + s
			l.ed.insertLead(l.off(first.Pos()), "if !"+flag+" && len("+s+") == 0 && cap("+s+") < "+strconv.Itoa(n)+" { "+flag+" = true; "+s+" = make([]"+elem+", 0, "+strconv.Itoa(k)+") }; ")
			l.ed.insert(l.off(fd.End()), "; var "+flag+" bool")
			return nil
		}
		l.ed.insertLead(l.off(first.Pos()), "if !"+flag+" && len("+s+") == 0 && cap("+s+") < "+strconv.Itoa(n)+" { "+set+s+" = make([]"+elem+", 0, "+strconv.Itoa(k)+") }; ")
		return []string{"var " + flag + " bool"}
	}
	l.ed.insertLead(l.off(first.Pos()), "if !"+flag+" && len("+s+") == 0 && cap("+s+") < "+strconv.Itoa(n)+" { "+set+s+" = make([]"+elem+", 0, "+strconv.Itoa(k)+") }; ")
	l.leaveStack(a, onStack)
	// The move: to the size class of the length (a multiple of 8 bytes
	// within the array), nothing for an empty slice.
	l.ed.insertLead(l.off(a.leaves[0].Pos()), fmt.Sprintf("if %[1]s && cap(%[2]s) <= %[3]d { %[1]s = false; if len(%[2]s) == 0 { %[2]s = %[2]s[:0:0] } else { __gt_m := make([]%[4]s, len(%[2]s), (len(%[2]s)*%[5]d+7)/8*8/%[5]d); copy(__gt_m, %[2]s); %[2]s = __gt_m } }; ", onStack, s, k, elem, size))
	return []string{"var " + flag + ", " + onStack + " bool"}
}

// appendsOnStack makes every append to a's slice that grows it within
// the stack array take the next size class there (see above), and
// returns the declarations of the variables the lowering uses.
func (l *lowerer) appendsOnStack(a *appendSlice, body *ast.BlockStmt) []string {
	size := elemSize(a.v.Type())
	k := int(stackArrayBytes / size)
	for _, as := range a.sites {
		if !l.inStmtList(as, body) {
			return nil
		}
	}
	elem := l.namer.str(a.v.Type().Underlying().(*types.Slice).Elem())
	buf, onStack := l.name("sb"), l.name("sh")
	s := a.v.Name()
	for _, as := range a.sites {
		n := len(as.Rhs[0].(*ast.CallExpr).Args) - 1
		l.ed.insertLead(l.off(as.Pos()), fmt.Sprintf("if __gt_n := len(%[1]s) + %[2]d; __gt_n > cap(%[1]s) && __gt_n <= %[3]d { if %[4]s == nil { %[4]s = make([]%[5]s, %[3]d) }; __gt_c := (__gt_n*%[6]d+7)/8*8/%[6]d; __gt_b := %[4]s[:len(%[1]s):__gt_c]; copy(__gt_b, %[1]s); copy(%[4]s[len(%[1]s):__gt_c], make([]%[5]s, __gt_c-len(%[1]s))); %[1]s = __gt_b; %[7]s = true }; ", s, n, k, buf, elem, size, onStack))
	}
	l.leaveStack(a, onStack)
	// The move keeps the capacity.
	l.ed.insertLead(l.off(a.leaves[0].Pos()), fmt.Sprintf("if %[1]s && cap(%[2]s) <= %[3]d { %[1]s = false; __gt_m := make([]%[4]s, len(%[2]s), cap(%[2]s)); copy(__gt_m[:cap(%[2]s)], %[2]s[:cap(%[2]s)]); %[2]s = __gt_m }; ", onStack, s, k, elem))
	return []string{"var " + buf + " []" + elem, "var " + onStack + " bool"}
}

// leaveStack notes, after each append to a's slice, when it grew out of
// the stack array onto the heap.
func (l *lowerer) leaveStack(a *appendSlice, onStack string) {
	k := int(stackArrayBytes / elemSize(a.v.Type()))
	for _, as := range a.sites {
		l.ed.insert(l.off(as.End()), fmt.Sprintf("; if cap(%s) > %d { %s = false }", a.v.Name(), k, onStack))
	}
}

// inlineBudget is the cost up to which the compiler inlines a func, and
// callCost what a call adds to it (cmd/compile's inline package);
// variadicCost estimates what a call passing operands to a ... parameter
// adds (fmt.Println(x): the slice, the conversions to any).
const inlineBudget, callCost, variadicCost = 80, 57, 20

// calledInLoopOnly reports whether the cell calls the func whose body
// this is, which the compiler may inline, inside a loop.
func (l *lowerer) calledInLoopOnly(body *ast.BlockStmt) bool {
	inLoop, _ := l.calledInLoop(body)
	return inLoop
}

// declOfBody is the func declaration of the cell whose body this is.
func (l *lowerer) declOfBody(body *ast.BlockStmt) *ast.FuncDecl {
	for _, d := range l.c.decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body == body {
			return fd
		}
	}
	return nil
}

// inlinedInLoop reports whether the func whose body this is may be
// inlined (see mayInline) where a loop calls it: the compiler analyses
// it there, in the caller, where its slice leaves inside the loop and is
// not moved. (The calls are those the cell makes; a func the cell does
// not call counts as called from a loop.)
func (l *lowerer) inlinedInLoop(body *ast.BlockStmt) bool {
	inLoop, called := l.calledInLoop(body)
	return inLoop || !called
}

// calledInLoop reports, of the func whose body this is, when the
// compiler may inline it (see mayInline), whether the cell calls it
// inside a loop, and whether it calls it at all.
func (l *lowerer) calledInLoop(body *ast.BlockStmt) (inLoop, called bool) {
	if !l.mayInline(body) {
		return false, true
	}
	var fn types.Object
	if fd := l.declOfBody(body); fd != nil {
		fn = l.c.info.Defs[fd.Name]
	}
	if fn == nil || strings.HasPrefix(fn.Name(), hook) {
		return false, false // a func literal, or a generic func's copy: called from anywhere
	}
	visit := func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || inLoop {
			return !inLoop
		}
		var id *ast.Ident
		switch f := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			id = f
		case *ast.SelectorExpr:
			id = f.Sel
		case *ast.IndexExpr:
			id, _ = f.X.(*ast.Ident)
		case *ast.IndexListExpr:
			id, _ = f.X.(*ast.Ident)
		}
		if id == nil || l.c.info.Uses[id] != fn {
			return true
		}
		called = true
		for _, sp := range l.loopSpans() {
			if sp[0] <= call.Pos() && call.Pos() < sp[1] {
				inLoop = true
			}
		}
		return true
	}
	for _, d := range l.c.decls {
		ast.Inspect(d, visit)
	}
	if l.c.body != nil {
		ast.Inspect(l.c.body, visit)
	}
	return inLoop, called
}

// mayInline reports whether the compiler may inline the func whose body
// this is, by an estimate of its cost: a node each, more for a call, and
// never a func with defer, go, select or recover, the cell's statements
// (main's body) or main.
func (l *lowerer) mayInline(body *ast.BlockStmt) bool {
	if body == l.c.body {
		return false
	}
	if fd := l.declOfBody(body); fd != nil && fd.Recv == nil && fd.Name.Name == "main" {
		return false
	}
	cost, never := 0, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil:
			return false
		case *ast.DeferStmt, *ast.GoStmt, *ast.SelectStmt:
			never = true
		case *ast.CallExpr:
			if l.isBuiltin(n.Fun, "recover") {
				never = true
			}
			if tv := l.c.info.Types[n.Fun]; !tv.IsType() && !tv.IsBuiltin() {
				cost += callCost
				if sig, ok := underlying(tv.Type).(*types.Signature); ok && sig.Variadic() && !n.Ellipsis.IsValid() {
					cost += variadicCost // the slice of the operands, made there
				}
			}
		}
		cost++
		return !never
	})
	return !never && cost <= inlineBudget
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

// sliceUse tells, of a use of v other than an append's (the last node
// of stack), whether it keeps v's backing array in its func (local),
// whether the compiler's move to the heap understands it, whether it
// reads v's capacity, and the statement where v leaves the func when
// this is one (return v, x = v, x := v, var x = v).
func (l *lowerer) sliceUse(v *types.Var, stack []ast.Node) (local, understood, capUsed bool, leave ast.Stmt) {
	id := stack[len(stack)-1].(*ast.Ident)
	parent := stack[len(stack)-2]
	switch p := parent.(type) {
	case *ast.CallExpr:
		for _, b := range []string{"len", "cap", "copy", "clear"} {
			if l.isBuiltin(p.Fun, b) && p.Fun != ast.Expr(id) {
				return true, b == "len" || b == "cap", b == "cap", nil
			}
		}
	case *ast.IndexExpr:
		if p.X != ast.Expr(id) || len(stack) < 3 {
			return false, false, false, nil
		}
		switch g := stack[len(stack)-3].(type) {
		case *ast.UnaryExpr:
			ok := g.Op != token.AND // &s[i]
			return ok, ok, false, nil
		case *ast.SliceExpr:
			ok := g.X != ast.Expr(p) // s[i][:] of an array element
			return ok, ok, false, nil
		case *ast.SelectorExpr:
			// A method of the element with a pointer receiver takes its
			// address.
			sel, ok := l.c.info.Selections[g]
			if !ok || sel.Kind() == types.FieldVal {
				return true, true, false, nil
			}
			_, ptr := sel.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer)
			return !ptr, !ptr, false, nil
		}
		return true, true, false, nil
	case *ast.RangeStmt:
		ok := p.X == ast.Expr(id)
		return ok, ok, false, nil
	case *ast.BinaryExpr:
		other := p.X
		if other == ast.Expr(id) {
			other = p.Y
		}
		return (p.Op == token.EQL || p.Op == token.NEQ) && l.c.info.Types[other].IsNil(), false, false, nil
	case *ast.SliceExpr:
		// s = s[i:j], len(s[i:j]), cap(s[i:j])
		if p.X != ast.Expr(id) || len(stack) < 3 || p.Slice3 {
			return false, false, false, nil
		}
		switch g := stack[len(stack)-3].(type) {
		case *ast.AssignStmt:
			if len(g.Lhs) == 1 && len(g.Rhs) == 1 && g.Rhs[0] == ast.Expr(p) && g.Tok == token.ASSIGN {
				lhs, ok := g.Lhs[0].(*ast.Ident)
				ok = ok && l.c.info.Uses[lhs] == v
				return ok, ok, true, nil
			}
		case *ast.CallExpr:
			return l.isBuiltin(g.Fun, "len") || l.isBuiltin(g.Fun, "cap"), false, false, nil
		}
	case *ast.AssignStmt:
		for _, e := range p.Lhs {
			if e == ast.Expr(id) {
				// Assigned to (s = nil, s = s[:0], s = make(…)).
				if p.Tok != token.ASSIGN || len(p.Lhs) != len(p.Rhs) {
					return false, false, false, nil
				}
				for i, x := range p.Lhs {
					if x != ast.Expr(id) {
						continue
					}
					switch r := ast.Unparen(p.Rhs[i]).(type) {
					case *ast.CompositeLit:
						return true, true, true, nil
					case *ast.SliceExpr:
						x, ok := ast.Unparen(r.X).(*ast.Ident)
						self := ok && l.c.info.Uses[x] == v // s = s[i:j]
						return true, self, false, nil
					default:
						return true, l.c.info.Types[r].IsNil(), false, nil
					}
				}
			}
		}
		if p.Tok == token.ASSIGN || p.Tok == token.DEFINE {
			for _, e := range p.Rhs {
				if e == ast.Expr(id) && len(p.Lhs) == len(p.Rhs) {
					return false, true, false, p // x = s
				}
			}
		}
	case *ast.ValueSpec:
		for _, e := range p.Values {
			if e == ast.Expr(id) && len(p.Names) == len(p.Values) && len(stack) >= 5 {
				if ds, ok := stack[len(stack)-4].(*ast.DeclStmt); ok {
					return false, true, false, ds // var x = s
				}
			}
		}
	case *ast.ReturnStmt:
		return false, true, false, p
	}
	return false, false, false, nil
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
