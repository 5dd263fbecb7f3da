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
//   - B is an int literal, a const, a local variable or parameter of the
//     func (never address-taken in the func nor used by a func literal,
//     not assigned in BODY), or len(x) of such a local x that BODY only
//     reads by index;
//   - BODY does not assign i, take its address, use it in a func literal
//     or call a method on it;
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
// names the edits declare.
func chunkLoop(fset *token.FileSet, src string, fn ast.Node, loop *ast.ForStmt, label string, n int) []edit {
	iv, bound, ok := countedLoop(loop)
	if !ok {
		return nil
	}
	if !invariantBound(fn, loop.Body, bound) || !untouched(loop.Body, iv.Obj) || !plainJumps(loop.Body, label) || !computeOnly(loop.Body) {
		return nil
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	b := src[off(bound.Pos()):off(bound.End())]
	e, m := fmt.Sprintf("__gtE%d", n), fmt.Sprintf("__gtM%d", n)
	head := fmt.Sprintf("; { %s var %s int = %s; if %s := %s + %d; %s > %s && %s < %s { %s = %s }; for ; %s < %s; %s++ {",
		pollCall, e, b, m, iv.Name, chunkStep, m, iv.Name, m, e, e, m, iv.Name, e, iv.Name)
	return []edit{
		{off: off(loop.Cond.End()), del: off(loop.Body.Lbrace) + 1 - off(loop.Cond.End()), text: head},
		{off: off(loop.Body.Rbrace) + 1, text: "}"},
	}
}

// countedLoop matches `for i := A; i < B; i++` with A giving an int.
func countedLoop(loop *ast.ForStmt) (iv *ast.Ident, bound ast.Expr, ok bool) {
	init, ok1 := loop.Init.(*ast.AssignStmt)
	cond, ok2 := loop.Cond.(*ast.BinaryExpr)
	post, ok3 := loop.Post.(*ast.IncDecStmt)
	if !ok1 || !ok2 || !ok3 || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return nil, nil, false
	}
	iv, _ = init.Lhs[0].(*ast.Ident)
	if iv == nil || iv.Obj == nil || iv.Name == "_" || !intValued(init.Rhs[0]) {
		return nil, nil, false
	}
	if cond.Op != token.LSS || !isIdent(cond.X, iv.Obj) || post.Tok != token.INC || !isIdent(post.X, iv.Obj) {
		return nil, nil, false
	}
	return iv, cond.Y, true
}

// intValued reports whether e is an int: an integer literal, or len or
// cap of something.
func intValued(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.CallExpr:
		id, ok := e.Fun.(*ast.Ident)
		return ok && id.Obj == nil && (id.Name == "len" || id.Name == "cap") && len(e.Args) == 1
	}
	return false
}

func isIdent(e ast.Expr, obj *ast.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && obj != nil && id.Obj == obj
}

// invariantBound reports whether the loop's bound keeps its value while
// body runs (see chunkLoop).
func invariantBound(fn ast.Node, body *ast.BlockStmt, bound ast.Expr) bool {
	switch b := ast.Unparen(bound).(type) {
	case *ast.BasicLit:
		return b.Kind == token.INT
	case *ast.Ident:
		if b.Obj == nil {
			return false
		}
		if b.Obj.Kind == ast.Con {
			return true
		}
		return b.Obj.Kind == ast.Var && local(fn, b.Obj) && !escapes(fn, b.Obj) && untouched(body, b.Obj)
	case *ast.CallExpr:
		id, ok := b.Fun.(*ast.Ident)
		if !ok || id.Obj != nil || id.Name != "len" || len(b.Args) != 1 {
			return false
		}
		x, ok := ast.Unparen(b.Args[0]).(*ast.Ident)
		return ok && x.Obj != nil && x.Obj.Kind == ast.Var && local(fn, x.Obj) && !escapes(fn, x.Obj) && onlyIndexed(body, x.Obj)
	}
	return false
}

// local reports whether obj is declared inside fn (a parameter or a
// variable of its body).
func local(fn ast.Node, obj *ast.Object) bool {
	d, ok := obj.Decl.(ast.Node)
	return ok && fn.Pos() <= d.Pos() && d.End() <= fn.End()
}

// escapes reports whether fn takes obj's address or uses it in a func
// literal (either could change it behind the loop's back).
func escapes(fn ast.Node, obj *ast.Object) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if n.Op == token.AND && rootIs(n.X, obj) {
				found = true
			}
		case *ast.FuncLit:
			if n != fn && mentions(n.Body, obj) {
				found = true
			}
		}
		return !found
	})
	return found
}

// untouched reports whether body leaves obj alone: no assignment to it,
// no address of it, no func literal using it, no method called on it.
func untouched(body ast.Node, obj *ast.Object) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if rootIs(l, obj) {
					ok = false
				}
			}
		case *ast.IncDecStmt:
			if rootIs(n.X, obj) {
				ok = false
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN && (rootIs(n.Key, obj) || rootIs(n.Value, obj)) {
				ok = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && rootIs(n.X, obj) {
				ok = false
			}
		case *ast.FuncLit:
			if mentions(n.Body, obj) {
				ok = false
			}
		case *ast.SelectorExpr:
			if isIdent(n.X, obj) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// onlyIndexed reports whether body uses obj only as x[i] read or len(x):
// never assigned, passed, sliced or indexed for a store.
func onlyIndexed(body ast.Node, obj *ast.Object) bool {
	ok := true
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if rootIs(l, obj) {
					ok = false
				}
			}
		case *ast.IncDecStmt:
			if rootIs(n.X, obj) {
				ok = false
			}
		case *ast.IndexExpr:
			if isIdent(n.X, obj) {
				ast.Inspect(n.Index, walk)
				return false
			}
		case *ast.CallExpr:
			if id, isID := n.Fun.(*ast.Ident); isID && id.Obj == nil && id.Name == "len" && len(n.Args) == 1 && isIdent(n.Args[0], obj) {
				return false
			}
		case *ast.Ident:
			if n.Obj == obj {
				ok = false
			}
		}
		return ok
	}
	ast.Inspect(body, walk)
	return ok
}

// rootIs reports whether e is obj or an element, field or dereference of
// it (x, x[i], x.f, *x).
func rootIs(e ast.Expr, obj *ast.Object) bool {
	for e != nil {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x.Obj == obj
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

func mentions(n ast.Node, obj *ast.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Obj == obj {
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

// computeOnly reports whether body only computes (see chunkLoop).
func computeOnly(body *ast.BlockStmt) bool {
	ok := true
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
			ok = ok && ownCall(n.Fun)
		}
		return ok
	})
	return ok
}

// ownCall reports whether a call of fun runs only code of the compiled
// package (which polls) or of the language (builtins, conversions).
func ownCall(fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.FuncLit, *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType, *ast.StructType, *ast.StarExpr:
		return true
	case *ast.IndexExpr: // an instantiated generic func
		return ownCall(f.X)
	case *ast.IndexListExpr:
		return ownCall(f.X)
	case *ast.Ident:
		// Unresolved: a builtin, a predeclared type, or a func or type
		// of another cell's declarations, all fine; a variable holding
		// a func may hold anything.
		return f.Obj == nil || f.Obj.Kind == ast.Fun || f.Obj.Kind == ast.Typ
	}
	return false
}
