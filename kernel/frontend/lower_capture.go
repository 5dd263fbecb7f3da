package frontend

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The interpreter binds some func literals to their enclosing frame
// lazily: a deferred literal, and a literal passed to compiled code (a
// WaitGroup.Go, a time.AfterFunc), read the frame's variables as they
// are when the literal runs, not the ones of the iteration that created
// it. For a variable declared inside a loop that is the last iteration's
// copy, so per-iteration variables would be shared again. Such
// literals get the address of each loop variable they capture as a
// parameter, taken where the literal is evaluated, which is what a Go
// closure holds:
//
//	defer func() { use(x) }()        ->  { __gt_cpa1 := &x; defer func(__gt_cp1 *T) { use((*__gt_cp1)) }(__gt_cpa1) }
//	wg.Go(func() { use(x) })         ->  wg.Go(func(__gt_cp1 *T) func() { return func() { use((*__gt_cp1)) } }(&x))
//	go func(a int) { use(x, a) }(1)  ->  go func(a int, __gt_cp1 *T) { use((*__gt_cp1), a) }(1, &x)
//
// Other literals (called where they stand, assigned to a variable,
// passed to a func of the session) are bound at once already; they stay
// as they are.

// loopCapture is a loop variable a func literal captures.
type loopCapture struct {
	obj   types.Object
	param string // the parameter holding its address
}

// loopSpans are the cell's for and range statements.
func (l *lowerer) loopSpans() [][2]token.Pos {
	if l.loopNodes != nil {
		return l.loopNodes
	}
	l.loopNodes = [][2]token.Pos{}
	visit := func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			l.loopNodes = append(l.loopNodes, [2]token.Pos{n.Pos(), n.End()})
		}
		return true
	}
	for _, d := range l.c.decls {
		ast.Inspect(d, visit)
	}
	if l.c.body != nil {
		ast.Inspect(l.c.body, visit)
	}
	return l.loopNodes
}

// loopCaptures lists the variables lit captures that are declared inside
// a loop enclosing lit, in order of first use; nil when there are none or
// when one is redeclared by a := inside lit (it could not become *p there).
func (l *lowerer) loopCaptures(lit *ast.FuncLit) []*loopCapture {
	var out []*loopCapture
	seen := map[types.Object]bool{}
	bad := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, e := range n.Lhs {
					if id, ok := e.(*ast.Ident); ok && l.c.info.Uses[id] != nil {
						if v, ok := l.c.info.Uses[id].(*types.Var); ok && !inside(v.Pos(), lit) {
							bad = true
						}
					}
				}
			}
		case *ast.Ident:
			v, ok := l.c.info.Uses[n].(*types.Var)
			if !ok || seen[v] || v.IsField() || v.Pkg() != l.c.pkg || v.Parent() == nil || v.Parent() == l.c.pkg.Scope() || inside(v.Pos(), lit) {
				return true
			}
			for _, sp := range l.loopSpans() {
				if sp[0] <= v.Pos() && v.Pos() < sp[1] && sp[0] <= lit.Pos() && lit.End() <= sp[1] {
					seen[v] = true
					out = append(out, &loopCapture{obj: v})
					break
				}
			}
		}
		return true
	})
	if bad {
		return nil
	}
	return out
}

// inside reports whether p lies within n.
func inside(p token.Pos, n ast.Node) bool { return n.Pos() <= p && p < n.End() }

// derefCaptures names each capture's parameter and makes lit's uses of
// the variables go through it. It returns the parameters' declarations
// and the operands that pass them ("&x", with the name the loop
// lowering gave x).
func (l *lowerer) derefCaptures(lit *ast.FuncLit, caps []*loopCapture) (params, addrs []string) {
	for _, c := range caps {
		c.param = l.name("cp")
		params = append(params, c.param+" *"+l.namer.str(c.obj.Type()))
		name := c.obj.Name()
		if r, ok := l.renamed[c.obj]; ok {
			name = r
		}
		addrs = append(addrs, "&"+name)
	}
	// A field of a struct variable is selected through the pointer
	// itself (p.s, not (*p).s: the interpreter fails to build
	// []string{(*p).s} in a loop); one of a pointer variable, an element
	// of a literal with no keys, is converted to its own type
	// (string((*p).s)), which the interpreter builds.
	fieldOf := map[*ast.Ident]bool{}
	elem := map[*ast.Ident]*ast.SelectorExpr{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if cl, ok := n.(*ast.CompositeLit); ok {
			for _, e := range cl.Elts {
				if sel, ok := e.(*ast.SelectorExpr); ok {
					if id := rootIdent(sel.X); id != nil {
						elem[id] = sel
					}
				}
			}
		}
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				if xs := l.c.info.Selections[sel]; xs != nil && xs.Kind() == types.FieldVal {
					_, isStruct := xs.Recv().Underlying().(*types.Struct)
					fieldOf[id] = isStruct
				}
			}
		}
		return true
	})
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			for _, c := range caps {
				if l.c.info.Uses[id] == c.obj {
					text := "(*" + c.param + ")"
					if fieldOf[id] {
						text = c.param
					} else if sel := elem[id]; sel != nil && l.c.info.Selections[sel] != nil && l.c.info.Selections[sel].Kind() == types.FieldVal {
						l.ed.insertOpening(l.off(sel.Pos()), l.convText(l.c.info.Types[sel].Type)+"(")
						l.ed.insertClosing(l.off(sel.End()), ")")
					}
					l.ed.replaceOver(l.off(id.Pos()), l.off(id.End()), text)
					if l.readAs == nil {
						l.readAs = map[*ast.Ident]string{}
					}
					l.readAs[id] = text
				}
			}
		}
		return true
	})
	return params, addrs
}

// rootIdent is the variable x that e selects or indexes from (x, x[i],
// x.f[i], (*x).f), or nil.
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x
		case *ast.ParenExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// noteCompiledArgs marks the func literals call passes to compiled code
// (a func or method of another package than the session's).
func (l *lowerer) noteCompiledArgs(call *ast.CallExpr) {
	fn, _ := l.callee(call.Fun)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == l.c.pkg {
		return
	}
	for _, a := range call.Args {
		if lit, ok := unparen(a).(*ast.FuncLit); ok {
			if l.toCompiled == nil {
				l.toCompiled = map[*ast.FuncLit]bool{}
			}
			l.toCompiled[lit] = true
		}
	}
}

// bindLit binds a func literal passed to compiled code to the loop
// variables it captures (see above). It reports whether it did.
func (l *lowerer) bindLit(lit *ast.FuncLit) bool {
	if !l.toCompiled[lit] {
		return false
	}
	caps := l.loopCaptures(lit)
	if len(caps) == 0 {
		return false
	}
	sig, ok := l.c.info.Types[lit].Type.(*types.Signature)
	if !ok {
		return false
	}
	params, addrs := l.derefCaptures(lit, caps)
	l.ed.insert(l.off(lit.Pos()), "func("+strings.Join(params, ", ")+") "+l.namer.str(sig)+" { return ")
	l.ed.insert(l.off(lit.End()), " }("+strings.Join(addrs, ", ")+")")
	return true
}

// ownFrame makes a func literal that a loop evaluates, or a func with
// defer statements, and that is not called where it stands, in a frame
// of its own:
//
//	for … { f := func() { … }; go f() }  ->  for … { f := func() func() { return func() { … } }(); go f() }
//
// The interpreter keeps the literal's value in a slot of the frame that
// makes it and puts the slot's old value back when a call of the
// literal returns. When that call returns in another goroutine (a go
// statement, a worker reading funcs from a channel) while the loop makes
// the literal again, the loop can pick up an earlier iteration's func or
// a nil one ("call of nil function"). Made by a func called at once, the
// literal's slot is in that call's frame, which nothing uses again.
// Putting the slot back takes the lock of the frame that holds it,
// which the frame's own deferred calls run under: a func's deferred
// call of a literal it made (cleanup := func() { … }; defer cleanup())
// would deadlock.
func (l *lowerer) ownFrame(lit *ast.FuncLit, st *state) {
	if l.called[lit] || l.deferred[lit] {
		return
	}
	loop := false
	for _, f := range st.frames {
		loop = loop || f.kind == frLoop
	}
	defers := st.fn != nil && st.fn.defers
	sig, ok := l.c.info.Types[lit].Type.(*types.Signature)
	if !(loop || defers) || !ok {
		return
	}
	l.ed.insert(l.off(lit.Pos()), "func() "+l.namer.str(sig)+" { return ")
	l.ed.insert(l.off(lit.End()), " }()")
}

// goLiteral binds the literal a go statement calls to the loop
// variables it captures (see above): their addresses become parameters
// after its own, passed by the go statement.
func (l *lowerer) goLiteral(s *ast.GoStmt) {
	lit, ok := unparen(s.Call.Fun).(*ast.FuncLit)
	if !ok || s.Call.Ellipsis.IsValid() {
		return
	}
	caps := l.loopCaptures(lit)
	if len(caps) == 0 {
		return
	}
	params, addrs := l.derefCaptures(lit, caps)
	sep := ""
	if lit.Type.Params.NumFields() > 0 {
		sep = ", "
	}
	l.ed.insert(l.off(lit.Type.Params.Closing), sep+strings.Join(params, ", "))
	sep = ""
	if len(s.Call.Args) > 0 {
		sep = ", "
	}
	l.ed.insert(l.off(s.Call.Rparen), sep+strings.Join(addrs, ", "))
}

// hasOwnDefer reports whether body has a defer statement outside the
// func literals in it.
func hasOwnDefer(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			found = true
		}
		return !found
	})
	return found
}

// goNilFunc checks the func value a go statement s starts when it is a
// variable or a field called with no arguments (go handler(), go
// s.cb()): Go starts that func itself, and stops the program with the
// fatal error "go of nil func value" for a nil one, where the
// interpreter started a goroutine that panicked. (Called with
// arguments, the func is called by a wrapper Go starts, which panics in
// the new goroutine, as the interpreter's does.)
//
//	go g()  ->  if g == nil { __gt.GoNilFunc() }; go g()
func (l *lowerer) goNilFunc(s *ast.GoStmt) {
	if len(s.Call.Args) > 0 {
		return
	}
	fun := unparen(s.Call.Fun)
	switch f := fun.(type) {
	case *ast.Ident:
		if _, ok := l.c.info.Uses[f].(*types.Var); !ok {
			return
		}
	case *ast.SelectorExpr:
		x, isID := unparen(f.X).(*ast.Ident)
		sel := l.c.info.Selections[f]
		if !isID || sel == nil || sel.Kind() != types.FieldVal {
			return
		}
		if _, ok := l.c.info.Uses[x].(*types.Var); !ok {
			return
		}
	default:
		return
	}
	if _, ok := l.c.info.TypeOf(fun).Underlying().(*types.Signature); !ok {
		return
	}
	l.ed.insert(l.off(s.Pos()), "if "+l.text(fun)+" == nil { "+hook+".GoNilFunc() }; ")
}
