package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// indexExpr checks the index of a slice, array or string against its
// length in the lowered code, so that an index out of range panics with
// Go's own message ("index out of range [5] with length 3"): the
// interpreter's says neither number. Indexes the loop makes safe (the
// key of a range over the same slice, i in `for i := 0; i < len(s); i++`)
// are left alone, which keeps hot loops fast.
//
//	s[i]  ->  s[__gt.Index(7, int(i), len(s))]   (7: the site, see Site)
func (l *lowerer) indexExpr(e *ast.IndexExpr) {
	xtv := l.c.info.Types[e.X]
	t := xtv.Type
	if t == nil || !xtv.IsValue() {
		return // an instance of a generic type (Stack[rune]) is no index
	}
	if l.c.info.Types[e.Index].Value != nil {
		// The compiler checks a constant index of an array or a
		// constant string; a slice's is checked when it runs.
		if _, ok := t.Underlying().(*types.Slice); !ok {
			if _, ok := t.Underlying().(*types.Basic); !ok || l.c.info.Types[e.X].Value != nil {
				return
			}
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Slice, *types.Array:
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return
		}
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); !ok {
			return
		}
	default:
		return
	}
	if l.safeIndex(e) {
		return
	}
	length := ""
	switch {
	case pure(e.X):
		length = "len(" + l.text(e.X) + ")"
	case arrayLen(t) >= 0:
		// An array's length is its type's, whatever the operand
		// ([...]string{"Unknown", "Red"}[c]).
		length = fmt.Sprint(arrayLen(t))
	default:
		// A slice literal without keys: as many as its elements.
		lit, ok := unparen(e.X).(*ast.CompositeLit)
		if !ok {
			l.indexOperand(e, t)
			return
		}
		for _, el := range lit.Elts {
			if _, keyed := el.(*ast.KeyValueExpr); keyed {
				return
			}
		}
		length = fmt.Sprint(len(lit.Elts))
	}
	it := l.c.info.Types[e.Index].Type
	check, conv := ".Index(", "int("
	if b, ok := it.Underlying().(*types.Basic); ok {
		switch b.Kind() {
		case types.Int:
			conv = "("
		case types.Uint, types.Uint64, types.Uintptr:
			// (Past the int's range it is named as Go names it:
			// index out of range [18446744073709551615].)
			check, conv = ".IndexU(", "uint64("
		}
	}
	// The check records that the index operation ran (its site): a
	// traceback names the one that failed among a func's index
	// operations.
	id := 0
	if l.c.nextSite != nil {
		id = l.c.nextSite()
		l.c.sites = append(l.c.sites, Site{ID: id, Line: l.line(e.Pos()), Kind: "index"})
	}
	l.ed.insert(l.off(e.Index.Pos()), hook+check+strconv.Itoa(id)+", "+conv)
	l.ed.insert(l.off(e.Index.End()), "), "+length+")")
}

// indexOperand checks an index of an operand that cannot be evaluated
// twice (a call's result: strings.Split(line, ",")[1]), of type t, a
// slice or a string: the operand and the index are a func's arguments,
// in their places and order, and an element of a slice is reached
// through its address, as it may be assigned.
//
//	f()[i]  ->  (*func(s []int, i int) *int { return &s[__gt.Index(7, i, len(s))] }(f(), int(i)))
//	&f()[i]  ->  func(s []int, i int) *int { return &s[__gt.Index(7, i, len(s))] }(f(), int(i))
//	g()[i]  ->  func(s string, i int) byte { return s[__gt.Index(8, i, len(s))] }(g(), int(i))
func (l *lowerer) indexOperand(e *ast.IndexExpr, t types.Type) {
	if mentionsLocal(t, l.c.pkg) || hasTypeParam(t, 0) {
		return
	}
	id := 0
	if l.c.nextSite != nil {
		id = l.c.nextSite()
		l.c.sites = append(l.c.sites, Site{ID: id, Line: l.line(e.Pos()), Kind: "index"})
	}
	typ := l.namer.str(t)
	check := "s[" + hook + ".Index(" + strconv.Itoa(id) + ", i, len(s))]"
	open, closing := "func(s "+typ+", i int) byte { return "+check+" }(", "))"
	if sl, ok := t.Underlying().(*types.Slice); ok {
		open, closing = "(*func(s "+typ+", i int) *"+l.namer.str(sl.Elem())+" { return &"+check+" }(", ")))"
		if u := l.addressed[e]; u != nil {
			// &f()[i]: the func's result is the address.
			l.ed.replace(l.off(u.OpPos), l.off(u.OpPos)+1, "")
			open, closing = open[2:], "))"
		}
	}
	l.ed.insert(l.off(e.X.Pos()), open)
	l.ed.replace(l.off(e.Lbrack), l.off(e.Lbrack)+1, ", int(")
	l.ed.replace(l.off(e.Rbrack), l.off(e.Rbrack)+1, closing)
}

// arrayLen is the length of t, an array type or a pointer to one; -1
// for another type.
func arrayLen(t types.Type) int64 {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if a, ok := t.Underlying().(*types.Array); ok {
		return a.Len()
	}
	return -1
}

// pure reports whether evaluating e twice is the same as once.
func pure(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return pure(x.X)
	case *ast.ParenExpr:
		return pure(x.X)
	case *ast.StarExpr:
		return pure(x.X)
	case *ast.IndexExpr:
		// grid[r] of grid[r][c]: checked (or a map's) before the outer
		// index is, as Go evaluates it.
		return pure(x.X) && pure(x.Index)
	case *ast.BinaryExpr:
		// (One that panics, as i/0 does, panics the first time.)
		return pure(x.X) && pure(x.Y)
	case *ast.UnaryExpr:
		return x.Op != token.ARROW && x.Op != token.AND && pure(x.X)
	}
	return false
}

// loopFacts maps loop variables to the loops that bound them.
func (l *lowerer) loopFacts() map[types.Object]ast.Stmt {
	if l.loops != nil {
		return l.loops
	}
	l.loops = map[types.Object]ast.Stmt{}
	ast.Inspect(l.c.ast, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.RangeStmt:
			if id, ok := s.Key.(*ast.Ident); ok && s.Tok == token.DEFINE {
				if obj := l.c.info.Defs[id]; obj != nil {
					l.loops[obj] = s
				}
			}
		case *ast.ForStmt:
			if as, ok := s.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) == 1 {
				if id, ok := as.Lhs[0].(*ast.Ident); ok {
					if obj := l.c.info.Defs[id]; obj != nil {
						l.loops[obj] = s
					}
				}
			}
		}
		return true
	})
	return l.loops
}

// safeIndex reports whether the loop that declares e's index keeps it
// within the length of e.X.
func (l *lowerer) safeIndex(e *ast.IndexExpr) bool {
	id, ok := e.Index.(*ast.Ident)
	if !ok {
		return false
	}
	obj := l.c.info.Uses[id]
	loop := l.loopFacts()[obj]
	if loop == nil {
		return false
	}
	x := l.text(e.X)
	switch s := loop.(type) {
	case *ast.RangeStmt:
		if l.text(s.X) != x || l.assigned(obj, s.Body) || l.assignsText(s.Body, x) {
			return false
		}
		return true
	case *ast.ForStmt:
		as := s.Init.(*ast.AssignStmt)
		if len(as.Rhs) != 1 {
			return false
		}
		if v := l.c.info.Types[as.Rhs[0]].Value; v == nil || v.String() == "" || v.String()[0] == '-' {
			return false
		}
		cond, ok := s.Cond.(*ast.BinaryExpr)
		if !ok || cond.Op != token.LSS {
			return false
		}
		if cid, ok := cond.X.(*ast.Ident); !ok || l.c.info.Uses[cid] != obj {
			return false
		}
		call, ok := cond.Y.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return false
		}
		if fid, ok := call.Fun.(*ast.Ident); !ok || fid.Name != "len" || l.text(call.Args[0]) != x {
			return false
		}
		inc, ok := s.Post.(*ast.IncDecStmt)
		if !ok || inc.Tok != token.INC {
			return false
		}
		return !l.assigned(obj, s.Body) && !l.assignsText(s.Body, x)
	}
	return false
}

// assignsText reports whether body assigns to an expression written x.
func (l *lowerer) assignsText(body *ast.BlockStmt, x string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if a, ok := n.(*ast.AssignStmt); ok {
			for _, e := range a.Lhs {
				if l.text(e) == x {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// sliceExpr checks the bounds of s[lo:hi] in the lowered code, so that a
// slice out of range panics with Go's message ("slice bounds out of
// range [:5] with capacity 3"): the interpreter's names no number.
//
//	s[i:n]  ->  s[i:__gt.SliceHigh(int(i), int(n), cap(s), false)]
func (l *lowerer) sliceExpr(e *ast.SliceExpr) {
	if e.Slice3 {
		l.slice3(e)
		return
	}
	t := l.c.info.Types[e.X].Type
	if t == nil {
		return
	}
	if !pure(e.X) {
		l.sliceOperand(e, t)
		return
	}
	byLen := false // Go names the length, else the capacity
	switch u := t.Underlying().(type) {
	case *types.Slice:
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return
		}
		byLen = true
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); !ok {
			return
		}
		byLen = true
	case *types.Array:
		byLen = true
	default:
		return
	}
	constant := func(x ast.Expr) bool { return x == nil || l.c.info.Types[x].Value != nil }
	if e.Low == nil && e.High == nil {
		return // s[:]
	}
	if constant(e.Low) && constant(e.High) && l.c.info.Types[e.X].Value != nil {
		return // of a constant string: go/types checks it
	}
	if e.Low != nil && !pure(e.Low) && !constant(e.Low) && e.High != nil {
		return // lo would be evaluated twice
	}
	x := l.text(e.X)
	max := "cap(" + x + ")"
	if byLen {
		max = "len(" + x + ")"
	}
	if e.High != nil {
		lo := "0"
		if e.Low != nil {
			lo = "int(" + l.text(e.Low) + ")"
		}
		l.ed.insert(l.off(e.High.Pos()), fmt.Sprintf("%s.SliceHigh(%s, int(", hook, lo))
		l.ed.insert(l.off(e.High.End()), fmt.Sprintf("), %s, %v)", max, byLen))
		return
	}
	l.ed.insert(l.off(e.Low.Pos()), hook+".SliceLow(int(")
	l.ed.insert(l.off(e.Low.End()), "), len("+x+"))")
}

// sliceOperand checks the bounds of a slice expression whose operand
// cannot be evaluated twice (a call's result: strings.Fields(line)[1:3]),
// of type t, a slice or a string, as indexOperand does an index: the
// operand and the bounds are a func's arguments, in their places and
// order.
//
//	f()[lo:hi]  ->  func(s []int, lo, hi int) []int { return s[lo:__gt.SliceHigh(lo, hi, cap(s), false)] }(f(), int(lo), int(hi))
func (l *lowerer) sliceOperand(e *ast.SliceExpr, t types.Type) {
	if e.Low == nil && e.High == nil || mentionsLocal(t, l.c.pkg) || hasTypeParam(t, 0) {
		return
	}
	max, byLen := "cap(s)", "false"
	switch u := t.Underlying().(type) {
	case *types.Slice:
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return
		}
		max, byLen = "len(s)", "true"
	default:
		return
	}
	cell := l.c.plan.cell
	colon := -1 // the colon between the bounds
	from, to := l.off(e.Lbrack)+1, l.off(e.Rbrack)
	if e.Low != nil {
		from = l.off(e.Low.End())
	}
	if e.High != nil {
		to = l.off(e.High.Pos())
	}
	if i := strings.IndexByte(cell[from:to], ':'); i >= 0 {
		colon = from + i
	}
	if colon < 0 {
		return
	}
	typ := l.namer.str(t)
	switch {
	case e.Low != nil && e.High != nil:
		l.ed.insert(l.off(e.X.Pos()), "func(s "+typ+", lo, hi int) "+typ+" { return s[lo:"+hook+".SliceHigh(lo, hi, "+max+", "+byLen+")] }(")
		l.ed.replace(l.off(e.Lbrack), l.off(e.Lbrack)+1, ", int(")
		l.ed.replace(colon, colon+1, "), int(")
	case e.High != nil:
		l.ed.insert(l.off(e.X.Pos()), "func(s "+typ+", hi int) "+typ+" { return s[:"+hook+".SliceHigh(0, hi, "+max+", "+byLen+")] }(")
		l.ed.replace(l.off(e.Lbrack), colon+1, ", int(")
	default:
		l.ed.insert(l.off(e.X.Pos()), "func(s "+typ+", lo int) "+typ+" { return s["+hook+".SliceLow(lo, len(s)):] }(")
		l.ed.replace(l.off(e.Lbrack), l.off(e.Lbrack)+1, ", int(")
		l.ed.replace(colon, colon+1, "")
	}
	l.ed.replace(l.off(e.Rbrack), l.off(e.Rbrack)+1, "))")
}

// slice3 checks a full slice expression's indices as Go does, in Go's
// order, where the interpreter fails with reflect's message:
//
//	s[i:j:k]  ->  s[i:j:__gt.SliceMax(int(i), int(j), int(k), cap(s), false)]
func (l *lowerer) slice3(e *ast.SliceExpr) {
	if !pure(e.X) || e.High == nil || e.Max == nil {
		return
	}
	t := l.c.info.Types[e.X].Type
	if t == nil {
		return
	}
	byLen := false // Go names the length, else the capacity
	switch u := t.Underlying().(type) {
	case *types.Slice:
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); !ok {
			return
		}
		byLen = true
	case *types.Array:
		byLen = true
	default:
		return
	}
	for _, x := range []ast.Expr{e.Low, e.High} {
		if x != nil && !pure(x) && l.c.info.Types[x].Value == nil {
			return // it would be evaluated twice
		}
	}
	lo := "0"
	if e.Low != nil {
		lo = "int(" + l.text(e.Low) + ")"
	}
	l.ed.insert(l.off(e.Max.Pos()), fmt.Sprintf("%s.SliceMax(%s, int(%s), int(", hook, lo, l.text(e.High)))
	l.ed.insert(l.off(e.Max.End()), fmt.Sprintf("), cap(%s), %v)", l.text(e.X), byLen))
}

// sliceToArray checks a conversion of a slice to an array or a pointer
// to an array as Go does, where the interpreter fails with reflect's
// message:
//
//	[4]int(s)  ->  [4]int(s[:__gt.ArrayLen(len(s), 4)])
//	[3]int(s[1:])  ->  [3]int(func(s []int) []int { return s[:__gt.ArrayLen(len(s), 3)] }(s[1:]))
func (l *lowerer) sliceToArray(e *ast.CallExpr) {
	tv, ok := l.c.info.Types[e.Fun]
	if !ok || !tv.IsType() || len(e.Args) != 1 {
		return
	}
	u := tv.Type.Underlying()
	if p, ok := u.(*types.Pointer); ok {
		u = p.Elem().Underlying()
	}
	arr, ok := u.(*types.Array)
	if !ok {
		return
	}
	st := l.c.info.Types[e.Args[0]].Type
	if _, ok := st.Underlying().(*types.Slice); !ok {
		return
	}
	if !pure(e.Args[0]) {
		if mentionsLocal(st, l.c.pkg) {
			return
		}
		typ := l.namer.str(st)
		l.ed.insertOuter(l.off(e.Args[0].Pos()), fmt.Sprintf("func(s %s) %s { return s[:%s.ArrayLen(len(s), %d)] }(", typ, typ, hook, arr.Len()))
		l.ed.insertClosing(l.off(e.Args[0].End()), ")")
		return
	}
	x := l.text(e.Args[0])
	l.ed.insert(l.off(e.Args[0].End()), fmt.Sprintf("[:%s.ArrayLen(len(%s), %d)]", hook, x, arr.Len()))
}

// The interpreter cannot take the address of an element of an array it
// reaches through a pointer (&p[i] for a p of type *[4]int: "cannot take
// address of int"), while it can once the pointer is dereferenced:
//
//	&p[i]  ->  &(*p)[i]

// addrThroughArrayPtr dereferences, in the operand of &, each pointer to
// an array that the operand indexes.
func (l *lowerer) addrThroughArrayPtr(e *ast.UnaryExpr) {
	if e.Op != token.AND {
		return
	}
	x := ast.Unparen(e.X)
	for {
		switch y := x.(type) {
		case *ast.IndexExpr:
			if t := l.c.info.Types[y.X].Type; t != nil {
				if p, ok := t.Underlying().(*types.Pointer); ok {
					if _, isArray := p.Elem().Underlying().(*types.Array); isArray {
						l.ed.insertOuter(l.off(y.X.Pos()), "(*")
						l.ed.insertClosing(l.off(y.X.End()), ")")
					}
				}
			}
			x = ast.Unparen(y.X)
		case *ast.SelectorExpr:
			if sel := l.c.info.Selections[y]; sel == nil || sel.Kind() != types.FieldVal {
				return
			}
			x = ast.Unparen(y.X)
		default:
			return
		}
	}
}

// Nor can it initialise a variable of the cell's top level (a session
// variable) from an element of an array it reaches through a pointer
// (w := p[1], q := &p[2] or &(*p)[2]), from a byte of a string (c :=
// s[1], d := s[0] - '0'), or from an element of a slice or map whose
// type it learns only by running a call (words := strings.Fields(line);
// w := words[0]): "constant definition loop", or a crash, while a func
// it calls can:
//
//	w := p[1]  ->  w := func() int { return p[1] }()

// topIndexThroughPtr wraps, in a declaration of the cell's top level,
// each value that indexes (see above).
func (l *lowerer) topIndexThroughPtr(s ast.Stmt) {
	_, values, _ := declared(s)
	// (A variable declared with its type needs no element's type: an
	// element of a slice or map goes in as it is.)
	typed := map[ast.Expr]bool{}
	if ds, ok := s.(*ast.DeclStmt); ok {
		for _, sp := range ds.Decl.(*ast.GenDecl).Specs {
			if vs := sp.(*ast.ValueSpec); vs.Type != nil {
				for _, v := range vs.Values {
					typed[v] = true
				}
			}
		}
	}
	for _, e := range values {
		if _, tuple := l.c.info.Types[e].Type.(*types.Tuple); tuple {
			continue // a call giving several
		}
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.IndexExpr:
				if t := l.c.info.Types[n.X].Type; t != nil {
					switch u := t.Underlying().(type) {
					case *types.Pointer:
						if _, isArray := u.Elem().Underlying().(*types.Array); isArray {
							found = true
						}
					case *types.Basic:
						found = found || u.Info()&types.IsString != 0
					case *types.Slice, *types.Map:
						_, fn := underlying(l.c.info.Types[n].Type).(*types.Signature)
						found = found || l.c.info.Types[n.X].IsValue() && !typed[e] && !fn
					}
				}
				if _, deref := ast.Unparen(n.X).(*ast.StarExpr); deref {
					found = true // (*p)[i]
				}
			}
			return !found
		})
		t := l.c.info.Types[e].Type
		if !found || t == nil || mentionsLocal(t, l.c.pkg) {
			continue
		}
		l.ed.insertOuter(l.off(e.Pos()), "func() "+l.namer.str(t)+" { return ")
		l.ed.insertClosing(l.off(e.End()), " }()")
	}
}
