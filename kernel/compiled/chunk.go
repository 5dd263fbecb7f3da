package compiled

import (
	"fmt"
	"go/ast"
	"go/token"
)

// A checkpoint in every iteration of a tight loop costs as much as the
// loop itself: `for i := 0; i < n; i++ { s += i & 1023 }` runs about
// twice as long with a test of the stop flag in its body. The common
// counted loop is therefore run in chunks: the loop polls once per
// 65536 iterations, and the iterations of a chunk run as the loop was
// written:
//
//	for i := 0; i < n; i++ { BODY }
//	->
//	for i := 0; i < n; { POLL; var __gtE1 int = n; if __gtM1 := i + 65536; __gtM1 > i && __gtM1 < __gtE1 { __gtE1 = __gtM1 }; for ; i < __gtE1; i++ { BODY }}
//
// on the same lines. That is the same loop only when nothing in BODY can
// change i or the bound, and when BODY's jumps mean the same in the inner
// loop, so chunkable accepts a loop only when:
//
//   - its init declares one variable from an int literal, len or cap
//     (so i is an int), its condition is i < B, its post i++;
//   - B is an int literal, a const (a %%compile cell declares no vars, so
//     a name the func does not declare is one), a local variable or
//     parameter of the func (never address-taken in the func nor used by
//     a func literal, not assigned in BODY), or len(x) of such a local x
//     that BODY only reads by index;
//   - BODY does not assign i, take its address, use it in a func literal
//     or call a method on it, and declares no other i, B or x;
//   - BODY has no goto, no break of this loop (a break inside a nested
//     for, switch or select is fine) and no continue naming its label;
//   - BODY only computes: it calls builtins, conversions and funcs of the
//     compiled package (which poll when they start), never another
//     package's funcs or methods, nor a func held in a variable (any of
//     which could sleep or wait), and has no channel operation or select.
//     Each of its iterations thus takes about as long as its code, and a
//     chunk ends soon after an interrupt.
//
// Other loops keep a checkpoint in every iteration.

// chunkStep is how many iterations run between two polls.
const chunkStep = 65536

// chunkLoop returns the edits that run loop in chunks, or nil when the
// loop does not qualify. fn is the func (declaration or literal) whose
// body holds the loop; label is the loop's label, if any; n numbers the
// names the edits declare. Names are matched by spelling: a loop whose
// body declares one of the names involved again is left alone, so that
// within the body a name means one thing.
func chunkLoop(fset *token.FileSet, src string, fn ast.Node, loop *ast.ForStmt, label string, n int) []edit {
	iv, bound, ok := countedLoop(loop)
	if !ok {
		return nil
	}
	inBody := declared(loop.Body)
	if inBody[iv] || !invariantBound(fn, loop.Body, bound, inBody) || !untouched(loop.Body, iv) || !plainJumps(loop.Body, label) || !computeOnly(fn, loop.Body) {
		return nil
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	b := src[off(bound.Pos()):off(bound.End())]
	e, m := fmt.Sprintf("__gtE%d", n), fmt.Sprintf("__gtM%d", n)
	head := fmt.Sprintf("; { %s var %s int = %s; if %s := %s + %d; %s > %s && %s < %s { %s = %s }; for ; %s < %s; %s++ {",
		pollCall, e, b, m, iv, chunkStep, m, iv, m, e, e, m, iv, e, iv)
	return []edit{
		{off: off(loop.Cond.End()), del: off(loop.Body.Lbrace) + 1 - off(loop.Cond.End()), text: head},
		{off: off(loop.Body.Rbrace) + 1, text: "}"},
	}
}

// countedLoop matches `for i := A; i < B; i++` with A giving an int, and
// returns i's name and B.
func countedLoop(loop *ast.ForStmt) (iv string, bound ast.Expr, ok bool) {
	init, ok1 := loop.Init.(*ast.AssignStmt)
	cond, ok2 := loop.Cond.(*ast.BinaryExpr)
	post, ok3 := loop.Post.(*ast.IncDecStmt)
	if !ok1 || !ok2 || !ok3 || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return "", nil, false
	}
	id, _ := init.Lhs[0].(*ast.Ident)
	if id == nil || id.Name == "_" || !intValued(init.Rhs[0]) {
		return "", nil, false
	}
	if cond.Op != token.LSS || !isIdent(cond.X, id.Name) || post.Tok != token.INC || !isIdent(post.X, id.Name) {
		return "", nil, false
	}
	return id.Name, cond.Y, true
}

// intValued reports whether e is an int: an integer literal, or len or
// cap of something.
func intValued(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.CallExpr:
		id, ok := e.Fun.(*ast.Ident)
		return ok && (id.Name == "len" || id.Name == "cap") && len(e.Args) == 1
	}
	return false
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == name
}

// declared returns the names n declares anywhere inside it: variables,
// consts, types and funcs' parameters and results.
func declared(n ast.Node) map[string]bool {
	out := map[string]bool{}
	add := func(ids ...*ast.Ident) {
		for _, id := range ids {
			if id != nil {
				out[id.Name] = true
			}
		}
	}
	fields := func(fl *ast.FieldList) {
		if fl != nil {
			for _, f := range fl.List {
				add(f.Names...)
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						add(id)
					}
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if id, ok := e.(*ast.Ident); ok {
						add(id)
					}
				}
			}
		case *ast.ValueSpec:
			add(n.Names...)
		case *ast.TypeSpec:
			add(n.Name)
		case *ast.FuncType:
			fields(n.Params)
			fields(n.Results)
		case *ast.FuncDecl:
			fields(n.Recv)
		case *ast.TypeSwitchStmt:
			if as, ok := n.Assign.(*ast.AssignStmt); ok {
				for _, l := range as.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						add(id)
					}
				}
			}
		}
		return true
	})
	return out
}

// invariantBound reports whether the loop's bound keeps its value while
// body runs (see chunkLoop); inBody are the names body declares.
func invariantBound(fn ast.Node, body *ast.BlockStmt, bound ast.Expr, inBody map[string]bool) bool {
	switch b := ast.Unparen(bound).(type) {
	case *ast.BasicLit:
		return b.Kind == token.INT
	case *ast.Ident:
		if inBody[b.Name] {
			return false
		}
		if !declared(fn)[b.Name] {
			return true // a const of the package
		}
		return !escapes(fn, b.Name) && untouched(body, b.Name)
	case *ast.CallExpr:
		id, ok := b.Fun.(*ast.Ident)
		if !ok || id.Name != "len" || len(b.Args) != 1 || declared(fn)["len"] {
			return false
		}
		x, ok := ast.Unparen(b.Args[0]).(*ast.Ident)
		return ok && !inBody[x.Name] && declared(fn)[x.Name] && !escapes(fn, x.Name) && onlyIndexed(body, x.Name)
	}
	return false
}

// escapes reports whether fn takes the address of a variable named name
// or uses the name in a func literal (either could change the variable
// behind the loop's back).
func escapes(fn ast.Node, name string) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if n.Op == token.AND && rootIs(n.X, name) {
				found = true
			}
		case *ast.FuncLit:
			if n != fn && mentions(n.Body, name) {
				found = true
			}
		}
		return !found
	})
	return found
}

// untouched reports whether body leaves the variable named name alone:
// no assignment to it, no address of it, no func literal using it, no
// method called on it.
func untouched(body ast.Node, name string) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		if assigns(n, name) {
			ok = false
		}
		switch n := n.(type) {
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN && (rootIs(n.Key, name) || rootIs(n.Value, name)) {
				ok = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && rootIs(n.X, name) {
				ok = false
			}
		case *ast.FuncLit:
			if mentions(n.Body, name) {
				ok = false
			}
		case *ast.SelectorExpr:
			if isIdent(n.X, name) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// onlyIndexed reports whether body uses the variable named name only as
// x[i] read or len(x): never assigned, passed, sliced or indexed for a
// store.
func onlyIndexed(body ast.Node, name string) bool {
	ok := true
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		if !ok {
			return false
		}
		if assigns(n, name) {
			ok = false
		}
		switch n := n.(type) {
		case *ast.IndexExpr:
			if isIdent(n.X, name) {
				ast.Inspect(n.Index, walk)
				return false
			}
		case *ast.CallExpr:
			if id, isID := n.Fun.(*ast.Ident); isID && id.Name == "len" && len(n.Args) == 1 && isIdent(n.Args[0], name) {
				return false
			}
		case *ast.Ident:
			if n.Name == name {
				ok = false
			}
		}
		return ok
	}
	ast.Inspect(body, walk)
	return ok
}

// assigns reports whether n is an assignment or an increment of the
// variable named name or of a part of it.
func assigns(n ast.Node, name string) bool {
	switch n := n.(type) {
	case *ast.AssignStmt:
		for _, l := range n.Lhs {
			if rootIs(l, name) {
				return true
			}
		}
	case *ast.IncDecStmt:
		return rootIs(n.X, name)
	}
	return false
}

// rootIs reports whether e is the variable named name or an element,
// field or dereference of it (x, x[i], x.f, *x).
func rootIs(e ast.Expr, name string) bool {
	for e != nil {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x.Name == name
		case *ast.IndexExpr:
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.SliceExpr:
			e = x.X
		default:
			return false
		}
	}
	return false
}

func mentions(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// plainJumps reports whether the jumps of body mean the same inside the
// inner loop of a chunk: no goto, no break of the loop itself, no
// continue of its label.
func plainJumps(body *ast.BlockStmt, label string) bool {
	ok := true
	var walk func(n ast.Node, inner bool) bool
	walk = func(n ast.Node, inner bool) bool {
		ast.Inspect(n, func(c ast.Node) bool {
			if !ok || c == n {
				return ok
			}
			switch c := c.(type) {
			case *ast.FuncLit:
				return false // its jumps are its own
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				walk(c, true)
				return false
			case *ast.BranchStmt:
				switch {
				case c.Tok == token.GOTO:
					ok = false
				case c.Tok == token.BREAK && c.Label == nil && !inner:
					ok = false
				case c.Tok == token.CONTINUE && c.Label != nil && c.Label.Name == label:
					ok = false
				}
			}
			return ok
		})
		return ok
	}
	walk(body, false)
	return ok
}

// computeOnly reports whether body only computes (see chunkLoop); fn
// is the func holding it.
func computeOnly(fn ast.Node, body *ast.BlockStmt) bool {
	ok := true
	locals := declared(fn)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SendStmt, *ast.SelectStmt:
			ok = false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		case *ast.RangeStmt:
			// A range over a channel receives; over a func, it calls.
			ok = false
		case *ast.CallExpr:
			ok = ok && ownCall(n.Fun, locals)
		}
		return ok
	})
	return ok
}

// ownCall reports whether a call of fun runs only code of the compiled
// package (which polls) or of the language (builtins, conversions);
// locals are the names the calling func declares.
func ownCall(fun ast.Expr, locals map[string]bool) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.FuncLit, *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType, *ast.StructType, *ast.StarExpr:
		return true
	case *ast.IndexExpr: // an instantiated generic func
		return ownCall(f.X, locals)
	case *ast.IndexListExpr:
		return ownCall(f.X, locals)
	case *ast.Ident:
		// A name the func does not declare is a builtin, a predeclared
		// type, or a func or type of the package (a %%compile cell
		// declares no vars); a local may hold any func.
		return !locals[f.Name]
	}
	return false
}
