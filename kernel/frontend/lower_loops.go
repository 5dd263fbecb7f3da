package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// forStmt lowers Go 1.22's per-iteration loop variables of a three-clause
// loop: where the body captures a loop variable (a closure or an address
// of it), each iteration gets its own copy, as the compiler does.
func (l *lowerer) forStmt(s *ast.ForStmt, st *state) {
	fr := &frame{kind: frLoop, label: st.label}
	in := st.with(fr)
	outer := &state{fn: st.fn, frames: st.frames}
	l.stmt(s.Init, outer)
	l.assertCond(s.Cond)
	l.expr(s.Cond, in)
	l.stmt(s.Post, in)
	if s.Init != nil && s.Cond == nil && s.Post == nil {
		// for i := 0; ; { …; i++ }: the interpreter starts each
		// iteration from the init statement again unless the loop has
		// a condition or a post statement; an empty one is given.
		if between := l.c.plan.cell[l.off(s.Init.End()):l.off(s.Body.Lbrace)]; strings.Trim(between, "; \t") == "" {
			l.ed.replace(l.off(s.Init.End()), l.off(s.Body.Lbrace), "; ; _ = 0 ")
		}
	}
	if as, ok := s.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
		var pre, post []string
		for _, lhs := range as.Lhs {
			id, ok := lhs.(*ast.Ident)
			if !ok || id.Name == "_" {
				continue
			}
			obj := l.c.info.Defs[id]
			if obj == nil || !l.captured(obj, s.Body) {
				continue
			}
			redeclared := false
			if sc := l.c.info.Scopes[s.Body]; sc != nil {
				redeclared = sc.Lookup(id.Name) != nil
			}
			assigned := l.assigned(obj, s.Body)
			if !assigned && !redeclared {
				pre = append(pre, id.Name+" := "+id.Name)
				continue
			}
			// The body changes the variable, or declares its name again
			// (i := i * 10): give the iteration its own copy under another
			// name, and carry a changed value over to the next iteration.
			copyName := l.name("lv")
			l.rename(obj, s.Body, copyName)
			pre = append(pre, copyName+" := "+id.Name)
			if assigned {
				post = append(post, id.Name+" = "+copyName)
			}
		}
		if len(pre) > 0 {
			l.ed.insert(l.off(s.Body.Lbrace)+1, " "+strings.Join(pre, "; ")+";")
		}
		if len(post) > 0 {
			back := strings.Join(post, "; ")
			fr.onContinue = back
			l.ed.insert(l.off(s.Body.Rbrace), "; "+back+" ")
		}
	}
	l.block(s.Body.List, in)
}

// captured reports whether body captures obj: a func literal refers to
// it, or its address is taken (explicitly, by slicing an array or by a
// pointer method).
func (l *lowerer) captured(obj types.Object, body *ast.BlockStmt) bool {
	found := false
	var inLit int
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			inLit++
			ast.Inspect(n.Body, walk)
			inLit--
			return false
		case *ast.Ident:
			if inLit > 0 && l.c.info.Uses[n] == obj {
				found = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && l.refersTo(n.X, obj) {
				found = true
			}
		case *ast.SliceExpr:
			// Slicing an array takes its address.
			if _, isArray := l.c.info.Types[n.X].Type.Underlying().(*types.Array); isArray && l.refersTo(n.X, obj) {
				found = true
			}
		case *ast.SelectorExpr:
			if sel := l.c.info.Selections[n]; sel != nil && l.refersTo(n.X, obj) {
				if f, ok := sel.Obj().(*types.Func); ok {
					if recv := f.Type().(*types.Signature).Recv(); recv != nil {
						if _, ptr := recv.Type().(*types.Pointer); ptr {
							if _, isPtr := obj.Type().Underlying().(*types.Pointer); !isPtr {
								found = true
							}
						}
					}
				}
			}
		}
		return true
	}
	ast.Inspect(body, walk)
	return found
}

// refersTo reports whether e is obj (or a field/element of it).
func (l *lowerer) refersTo(e ast.Expr, obj types.Object) bool {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return l.c.info.Uses[x] == obj
		case *ast.ParenExpr:
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			if _, ok := l.c.info.Types[x.X].Type.Underlying().(*types.Array); !ok {
				return false
			}
			e = x.X
		default:
			return false
		}
	}
}

// assigned reports whether body assigns obj.
func (l *lowerer) assigned(obj types.Object, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, e := range n.Lhs {
				if id, ok := e.(*ast.Ident); ok && l.c.info.Uses[id] == obj {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := n.X.(*ast.Ident); ok && l.c.info.Uses[id] == obj {
				found = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && l.refersTo(n.X, obj) {
				found = true
			}
		}
		return !found
	})
	return found
}

// rename replaces every use of obj in body with name.
func (l *lowerer) rename(obj types.Object, body *ast.BlockStmt, name string) {
	if l.renamed == nil {
		l.renamed = map[types.Object]string{}
	}
	l.renamed[obj] = name
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && l.c.info.Uses[id] == obj {
			l.ed.replace(l.off(id.Pos()), l.off(id.End()), name)
		}
		return true
	})
}

// rangeStmt lowers range over integers and funcs, and per-iteration
// variables of other range loops.
func (l *lowerer) rangeStmt(s *ast.RangeStmt, st *state) {
	t := l.c.info.Types[s.X].Type
	if t == nil {
		return
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsInteger != 0 {
			l.rangeInt(s, t, st)
			return
		}
		if u.Info()&types.IsString != 0 {
			l.rangeString(s, st)
			return
		}
	case *types.Signature:
		l.rangeFunc(s, u, st)
		return
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); ok && (s.Tok == token.DEFINE || s.Key == nil) {
			l.rangeIndexed(s, st)
			return
		}
	case *types.Slice:
		if _, ok := u.Elem().Underlying().(*types.Chan); ok && s.Value != nil && s.Tok == token.DEFINE {
			l.rangeIndexed(s, st)
			return
		}
	case *types.Array:
		if _, ok := u.Elem().Underlying().(*types.Chan); ok && s.Value != nil && s.Tok == token.DEFINE {
			l.rangeIndexed(s, st)
			return
		}
	case *types.Map:
		if _, ok := u.Elem().Underlying().(*types.Chan); ok && s.Value != nil && !isBlank(s.Value) && s.Tok == token.DEFINE && (pure(s.X) || st.label == "") {
			l.rangeMapChans(s, st)
			return
		}
	}
	if _, isMap := t.Underlying().(*types.Map); isMap && s.Key != nil && isBlank(s.Value) {
		// for k, _ := range m: the interpreter's map range fails on the
		// blank value (a nil pointer dereference); it is for k := range m.
		l.ed.replace(l.off(s.Key.End()), l.off(s.Value.End()), "")
	}
	fr := &frame{kind: frLoop, label: st.label}
	in := st.with(fr)
	l.expr(s.X, &state{fn: st.fn, frames: st.frames})
	if s.Tok == token.DEFINE {
		var pre []string
		for _, e := range []ast.Expr{s.Key, s.Value} {
			id, ok := e.(*ast.Ident)
			if !ok || id.Name == "_" {
				continue
			}
			if obj := l.c.info.Defs[id]; obj != nil && l.captured(obj, s.Body) {
				pre = append(pre, id.Name+" := "+id.Name)
			}
		}
		if len(pre) > 0 {
			l.ed.insert(l.off(s.Body.Lbrace)+1, " "+strings.Join(pre, "; ")+";"+l.ownBlock(s.Body, rangeNames(s)...))
		}
	} else if s.Tok == token.ASSIGN {
		l.rangeAssign(s, in)
	}
	l.block(s.Body.List, in)
}

// rangeAssign lowers a range loop that assigns existing variables
// (`for i = range s`, `for k, v = range m`, `for p.x = range s`), whose
// assignments the interpreter drops, into one that declares its own and
// assigns them first thing in each iteration, as Go does:
//
//	for k, v = range m {  ->  for __gt_rk1, __gt_rv2 := range m { k, v = __gt_rk1, __gt_rv2;
func (l *lowerer) rangeAssign(s *ast.RangeStmt, st *state) {
	var lhs, rhs []string
	iface := false
	kt, vt := rangeTypes(l.c.info.TypeOf(s.X))
	for i, e := range []ast.Expr{s.Key, s.Value} {
		if e == nil {
			continue
		}
		if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		l.expr(e, st)
		name := l.name("rv")
		lhs = append(lhs, l.ed.take(l.c.plan.cell, l.off(e.Pos()), l.off(e.End())))
		rhs = append(rhs, name)
		if t := l.c.info.TypeOf(e); t != nil && types.IsInterface(t) && !hasTypeParam(t, 0) {
			iface = true
			if et := []types.Type{kt, vt}[i]; et != nil {
				rhs[len(rhs)-1] = l.ifaceText(name, et, t)
			}
		}
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), name)
	}
	if len(lhs) == 0 {
		return
	}
	l.ed.replace(l.off(s.TokPos), l.off(s.TokPos)+1, ":=")
	assign := " " + strings.Join(lhs, ", ") + " = " + strings.Join(rhs, ", ") + ";"
	if iface {
		// One at a time: the interpreter's tuple assignment to a
		// variable of an interface type panics (see ifaceTuple).
		assign = ""
		for i := range lhs {
			assign += " " + lhs[i] + " = " + rhs[i] + ";"
		}
	}
	l.ed.insert(l.off(s.Body.Lbrace)+1, assign)
}

// rangeTypes returns the types of the key and the value of a range over
// an operand of type t (a slice, an array or a pointer to one, a string,
// a map or a channel), nil where it has none.
func rangeTypes(t types.Type) (key, value types.Type) {
	if t == nil {
		return nil, nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	integer := types.Typ[types.Int]
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return integer, u.Elem()
	case *types.Array:
		return integer, u.Elem()
	case *types.Map:
		return u.Key(), u.Elem()
	case *types.Chan:
		return u.Elem(), nil
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return integer, types.Typ[types.Rune]
		}
	}
	return nil, nil
}

// rangeInt lowers `for i := range n` (Go 1.22):
//
//	for __gt_i1, __gt_n1 := T(0), T(n); __gt_i1 < __gt_n1; __gt_i1++ { i := __gt_i1; ...
func (l *lowerer) rangeInt(s *ast.RangeStmt, t types.Type, st *state) {
	typ := l.namer.str(types.Default(t))
	i, n := l.name("i"), l.name("n")
	l.ed.replace(l.off(s.For), l.off(s.X.Pos()), fmt.Sprintf("for %s, %s := %s(0), %s(", i, n, typ, typ))
	l.expr(s.X, &state{fn: st.fn, frames: st.frames})
	head := fmt.Sprintf("); %s < %s; %s++ {", i, n, i)
	if s.Key != nil {
		if id, ok := s.Key.(*ast.Ident); ok && s.Tok == token.DEFINE {
			if id.Name != "_" {
				head += fmt.Sprintf(" %s := %s; _ = %s;", id.Name, i, id.Name) + l.ownBlock(s.Body, id.Name)
			}
		} else {
			head += fmt.Sprintf(" %s = %s;", l.text(s.Key), i)
		}
	}
	l.ed.replace(l.off(s.X.End()), l.off(s.Body.Lbrace)+1, head)
	l.block(s.Body.List, st.with(&frame{kind: frLoop, label: st.label}))
}

// rangeIndexed lowers range loops the interpreter mishandles into the
// indexed loops they mean: over a pointer to an array (it panics), and
// over a slice or an array of channels (it gives the value variable the
// index). The ranged operand is evaluated once, as range does (an array
// is copied, a slice or pointer is not), and each element is read at its
// iteration:
//
//	for i, v := range p {  ->  for __gt_p1, __gt_i2 := p, 0; __gt_i2 < len(__gt_p1); __gt_i2++ { i := __gt_i2; _ = i; v := __gt_p1[i]; _ = v;
func (l *lowerer) rangeIndexed(s *ast.RangeStmt, st *state) {
	p, i := l.name("p"), l.name("i")
	l.ed.replace(l.off(s.For), l.off(s.X.Pos()), fmt.Sprintf("for %s, %s := ", p, i))
	l.expr(s.X, &state{fn: st.fn, frames: st.frames})
	n := "len(" + p + ")"
	if ptr, ok := l.c.info.Types[s.X].Type.Underlying().(*types.Pointer); ok {
		// An array's length, known without the pointer (nil ranges too).
		n = fmt.Sprint(ptr.Elem().Underlying().(*types.Array).Len())
	}
	head := fmt.Sprintf(", 0; %s < %s; %s++ {", i, n, i)
	key := i
	if id, ok := s.Key.(*ast.Ident); ok && id.Name != "_" {
		head += fmt.Sprintf(" %s := %s; _ = %s;", id.Name, i, id.Name)
		key = id.Name
	}
	if id, ok := s.Value.(*ast.Ident); ok && id.Name != "_" {
		head += fmt.Sprintf(" %s := %s[%s]; _ = %s;", id.Name, p, key, id.Name)
	}
	head += l.ownBlock(s.Body, rangeNames(s)...)
	l.ed.replace(l.off(s.X.End()), l.off(s.Body.Lbrace)+1, head)
	l.block(s.Body.List, st.with(&frame{kind: frLoop, label: st.label}))
}

// rangeMapChans lowers a range loop over a map of channels, which the
// interpreter fails on (a nil pointer dereference) when it gives the
// value, into one over the keys that reads each value at its iteration
// (m is an operand without calls, which reads the same each time, or a
// variable of a block around the loop that holds it, when the loop has
// no label):
//
//	for k, ch := range subs {  ->  for __gt_k1 := range subs { k := __gt_k1; _ = k; ch := subs[__gt_k1]; _ = ch;
func (l *lowerer) rangeMapChans(s *ast.RangeStmt, st *state) {
	key := l.name("k")
	m := ""
	if !pure(s.X) {
		m = l.name("m")
		l.ed.replace(l.off(s.For), l.off(s.X.Pos()), "{ "+m+" := ")
		l.ed.insert(l.off(s.X.End()), "; for "+key+" := range "+m)
		l.ed.insertClosing(l.off(s.Body.Rbrace)+1, " }")
	} else {
		l.ed.replace(l.off(s.For), l.off(s.X.Pos()), "for "+key+" := range ")
	}
	l.expr(s.X, &state{fn: st.fn, frames: st.frames})
	if m == "" {
		m = l.text(s.X)
	}
	head := " {"
	if id, ok := s.Key.(*ast.Ident); ok && id.Name != "_" {
		head += fmt.Sprintf(" %s := %s; _ = %s;", id.Name, key, id.Name) // (one per iteration)
	}
	v := s.Value.(*ast.Ident).Name
	head += fmt.Sprintf(" %s := %s[%s]; _ = %s;", v, m, key, v) + l.ownBlock(s.Body, rangeNames(s)...)
	l.ed.replace(l.off(s.X.End()), l.off(s.Body.Lbrace)+1, head)
	l.block(s.Body.List, st.with(&frame{kind: frLoop, label: st.label}))
}

// rangeFunc lowers range over a func (Go 1.23) the way the compiler
// does: the body becomes the yield func; break, continue, return and
// labelled jumps out of it set a state the code after the call acts on.
//
//	{ var S int; var D bool; X(func(k K, v V) bool { if D { panic(...) }; BODY; return true }); D = true; if S == 1 { ... } }
func (l *lowerer) rangeFunc(s *ast.RangeStmt, sig *types.Signature, st *state) {
	if sig.Params().Len() != 1 {
		l.refuse(s.X.Pos(), "cannot range over this func")
		return
	}
	yield, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok {
		l.refuse(s.X.Pos(), "cannot range over this func")
		return
	}
	l.n++
	rf := &rangeFunc{id: l.n, fn: st.fn}
	sVar, dVar := fmt.Sprintf("%s_rs%d", hook, rf.id), fmt.Sprintf("%s_rd%d", hook, rf.id)
	var params, assigns []string
	for i := 0; i < yield.Params().Len(); i++ {
		typ := l.namer.str(yield.Params().At(i).Type())
		var e ast.Expr
		if i == 0 {
			e = s.Key
		} else if i == 1 {
			e = s.Value
		}
		name := "_"
		if e != nil {
			if id, ok := e.(*ast.Ident); ok && s.Tok == token.DEFINE {
				name = id.Name
			} else if !(ok && id.Name == "_") {
				name = fmt.Sprintf("%s_rp%d_%d", hook, rf.id, i)
				assigns = append(assigns, l.text(e)+" = "+name)
			}
		}
		params = append(params, name+" "+typ)
	}
	l.expr(s.X, &state{fn: st.fn, frames: st.frames})
	bVar := fmt.Sprintf("%s_rb%d", hook, rf.id)
	head := fmt.Sprintf("(func(%s) bool { if %s { panic(%s.RangeContinued()) }; %s = true; ", strings.Join(params, ", "), dVar, hook, bVar)
	for _, a := range assigns {
		head += a + "; "
	}
	var names []string
	if s.Tok == token.DEFINE {
		names = rangeNames(s)
	}
	// The body's own block (see ownBlock), closed before the yield
	// func's return.
	bodyOpen := l.redeclares(s.Body, names)
	if bodyOpen {
		head += "{ "
	}
	l.ed.replace(l.off(s.X.End()), l.off(s.Body.Lbrace)+1, head)
	in := st.with(&frame{kind: frLoop, label: st.label, rf: rf})
	l.block(s.Body.List, in)
	// After the body: what the lowered branches asked for.
	prefix := fmt.Sprintf("{ var %s int; var %s, %s bool; _, _, _ = %s, %s, %s; ", sVar, dVar, bVar, sVar, dVar, bVar)
	for i, r := range rf.results {
		prefix += fmt.Sprintf("var %s %s; ", r, rf.resTypes[i])
	}
	if rf.defers != "" {
		// Calls deferred in the body run when the enclosing func
		// returns, from here in its order of deferred calls.
		run := fmt.Sprintf("func() { for i := len(%s) - 1; i >= 0; i-- { %s[i]() } }", rf.defers, rf.defers)
		if rf.fn != nil && rf.fn.cell {
			// At the cell's top level: when the cell's statements end.
			prefix += fmt.Sprintf("var %s []func(); %s.Defer(%s); ", rf.defers, hook, run)
		} else {
			prefix += fmt.Sprintf("var %s []func(); defer %s(); ", rf.defers, run)
		}
	}
	l.ed.replace(l.off(s.For), l.off(s.X.Pos()), prefix)
	// The body's exits clear bVar: still set after the call, the body
	// panicked and the iterator recovered instead of panicking on.
	site := -1
	if l.c.nextSite != nil {
		site = l.c.nextSite()
		l.c.sites = append(l.c.sites, Site{ID: site, Line: l.line(s.Body.Rbrace), Kind: "range recovered"})
	}
	tail := fmt.Sprintf("; %s = false; return true }); %s = true; if %s { panic(%s.RangeRecovered(%d)) }", bVar, dVar, bVar, hook, site)
	if bodyOpen {
		tail = "}" + tail
	}
	for _, x := range rf.exits {
		tail += "; " + x
	}
	l.ed.replace(l.off(s.Body.Rbrace), l.off(s.Body.Rbrace)+1, tail+" }")
}

// target finds the frame a break or continue jumps to (-1: none).
func target(frames []*frame, tok token.Token, label string) int {
	for i := len(frames) - 1; i >= 0; i-- {
		f := frames[i]
		switch {
		case label != "":
			if f.label == label {
				return i
			}
		case tok == token.CONTINUE:
			if f.kind == frLoop {
				return i
			}
		default:
			return i
		}
	}
	return -1
}

// branch lowers break and continue out of range-over-func bodies, and
// continue of loops whose variables get per-iteration copies.
func (l *lowerer) branch(s *ast.BranchStmt, st *state) {
	label := ""
	if s.Label != nil {
		label = s.Label.Name
	}
	switch s.Tok {
	case token.GOTO:
		for _, f := range st.frames {
			if f.rf != nil {
				l.refuse(s.Pos(), "goto inside the body of a range-over-func loop is not supported by the notebook; use break or continue with a label")
				return
			}
		}
		l.selectGoto(s, st.frames)
		return
	case token.BREAK, token.CONTINUE:
	default:
		return
	}
	t := target(st.frames, s.Tok, label)
	if t < 0 {
		return
	}
	if text := l.branchText(st.frames, t, s.Tok, label); text != "" {
		l.ed.replace(l.off(s.Pos()), l.off(s.End()), text)
	}
}

// branchText is what a break or continue to frames[t] becomes when it
// is at the innermost of frames ("" when it stays as it is).
func (l *lowerer) branchText(frames []*frame, t int, tok token.Token, label string) string {
	r := -1
	for i := len(frames) - 1; i > t; i-- {
		if frames[i].rf != nil || frames[i].sel != nil {
			r = i
			break
		}
	}
	if r >= 0 && frames[r].sel != nil {
		return l.selectBranch(frames, r, t, tok, label)
	}
	if r < 0 && frames[t].sel != nil {
		return l.selectBranch(frames, t, t, tok, label)
	}
	tgt := frames[t]
	if r < 0 {
		if tgt.rf != nil {
			if tok == token.CONTINUE {
				return fmt.Sprintf("{ %s_rb%d = false; return true }", hook, tgt.rf.id)
			}
			return leaveBody(tgt.rf, "")
		}
		if tok == token.CONTINUE && tgt.onContinue != "" {
			return "{ " + tgt.onContinue + "; continue " + label + " }"
		}
		return ""
	}
	rf := frames[r].rf
	after := l.branchText(frames[:r], t, tok, label)
	if after == "" {
		after = tok.String()
		if label != "" {
			after += " " + label
		}
	}
	code := len(rf.exits) + 1
	rf.exits = append(rf.exits, fmt.Sprintf("if %s_rs%d == %d { %s }", hook, rf.id, code, after))
	return leaveBody(rf, fmt.Sprintf("%s_rs%d = %d; ", hook, rf.id, code))
}

// leaveBody is the statement that leaves rf's body for good (break,
// return, or a jump out of the loop), after what first does.
func leaveBody(rf *rangeFunc, first string) string {
	return fmt.Sprintf("{ %s%s_rd%d = true; %s_rb%d = false; return false }", first, hook, rf.id, hook, rf.id)
}

// returnStmt lowers a return from inside range-over-func bodies: the
// values are kept, the loop stops, and the func returns after the call.
func (l *lowerer) returnStmt(s *ast.ReturnStmt, st *state) {
	if st.fn != nil && st.fn.sig != nil && st.fn.sig.Results().Len() == len(s.Results) {
		for i, e := range s.Results {
			l.copyToIface(e, st.fn.sig.Results().At(i).Type())
			l.declaredFuncValue(e, st.fn.sig.Results().At(i).Type())
		}
	}
	temps := innermostRF(st.frames) < 0 && l.funcResultTemps(s, st)
	for _, e := range s.Results {
		l.expr(e, st)
	}
	l.parenAfterIface(s, st)
	if len(s.Results) == 1 && st.fn != nil && st.fn.sig != nil && st.fn.sig.Results().Len() > 1 {
		targets := make([]types.Type, st.fn.sig.Results().Len())
		for i := range targets {
			targets[i] = st.fn.sig.Results().At(i).Type()
		}
		l.resultsInto(s.Results[0], targets)
	}
	if len(s.Results) > 1 {
		// Out of a range-over-func body the values are assigned to
		// temporaries, where a nil needs its result's type; so are
		// func values (lower_return.go).
		var targets []types.Type
		if (temps || innermostRF(st.frames) >= 0) && st.fn != nil && st.fn.sig != nil && st.fn.sig.Results().Len() == len(s.Results) {
			for i := range s.Results {
				targets = append(targets, st.fn.sig.Results().At(i).Type())
			}
		}
		l.severalValues(s.Results, targets)
	}
	r := innermostRF(st.frames)
	if r < 0 {
		return
	}
	rf := st.frames[r].rf
	l.prepareResults(rf)
	if len(s.Results) == 0 {
		l.ed.replace(l.off(s.Pos()), l.off(s.End()), l.retExit(st.frames, r, false))
		return
	}
	l.ed.replace(l.off(s.Return), l.off(s.Results[0].Pos()),
		fmt.Sprintf("{ %s_rs%d = -1; %s = ", hook, rf.id, strings.Join(rf.results, ", ")))
	l.retExit(st.frames, r, true)
	l.ed.insert(l.off(s.End()), fmt.Sprintf("; %s_rd%d = true; %s_rb%d = false; return false }", hook, rf.id, hook, rf.id))
}

// parenAfterIface puts in parentheses each binary operation that s, a
// return of several values, gives after a value of an interface type:
// the interpreter stores the operation's result straight into the
// result's slot, one off when a value before it went into an interface,
// and panics (reflect.Set: value of type interp.valueInterface is not
// assignable to type int).
//
//	return S(1), p + 1  ->  return S(1), (p + 1)
func (l *lowerer) parenAfterIface(s *ast.ReturnStmt, st *state) {
	if len(s.Results) < 2 || st.fn == nil || st.fn.sig == nil || st.fn.sig.Results().Len() != len(s.Results) {
		return
	}
	iface := false
	for i, e := range s.Results {
		rt := st.fn.sig.Results().At(i).Type()
		if _, ok := e.(*ast.BinaryExpr); ok && iface && l.c.info.Types[e].Value == nil && !types.IsInterface(rt) {
			// (After the operation's own lowering: outside it. One
			// stored in an interface has its parentheses already, see
			// parenOperation.)
			l.ed.insertOuter(l.off(e.Pos()), "(")
			l.ed.insert(l.off(e.End()), ")")
		}
		iface = iface || types.IsInterface(rt)
	}
}

// retExit registers on frames[r] (a range-over-func loop) what its code
// after the call does for a return, and returns the statement that
// leaves its body for a bare return. A return with values leaves with
// state -1, its values in rf.results; a bare return (named results)
// with state -2. As in the compiler's rewrite, the values go through
// temporaries, assigned to the func's results only by the return after
// the call: a result name may be shadowed inside the loop (for _, err :=
// range seq { return err }).
func (l *lowerer) retExit(frames []*frame, r int, withValues bool) string {
	rf := frames[r].rf
	code := -2
	if withValues {
		code = -1
	}
	exit := fmt.Sprintf("if %s_rs%d == %d {", hook, rf.id, code)
	if !slices.ContainsFunc(rf.exits, func(x string) bool { return strings.HasPrefix(x, exit) }) {
		var after string
		outer := innermostRF(frames[:r])
		switch {
		case outer >= 0 && withValues:
			o := frames[outer].rf
			l.prepareResults(o)
			after = leaveBody(o, fmt.Sprintf("%s_rs%d = -1; %s = %s; ", hook, o.id, strings.Join(o.results, ", "), strings.Join(rf.results, ", ")))
			l.retExit(frames, outer, true)
		case outer >= 0:
			after = l.retExit(frames, outer, false)
		case withValues:
			after = "return " + strings.Join(rf.results, ", ")
		default:
			after = "return"
		}
		rf.exits = append(rf.exits, exit+" "+after+" }")
	}
	return leaveBody(rf, fmt.Sprintf("%s_rs%d = %d; ", hook, rf.id, code))
}

// prepareResults names the vars that carry a return's values out of
// rf's body.
func (l *lowerer) prepareResults(rf *rangeFunc) {
	if rf.results != nil || rf.fn == nil || rf.fn.sig == nil {
		return
	}
	res := rf.fn.sig.Results()
	rf.results = []string{}
	for i := 0; i < res.Len(); i++ {
		rf.results = append(rf.results, fmt.Sprintf("%s_rr%d_%d", hook, rf.id, i))
		rf.resTypes = append(rf.resTypes, l.namer.str(res.At(i).Type()))
	}
}

func innermostRF(frames []*frame) int {
	for i := len(frames) - 1; i >= 0; i-- {
		if frames[i].rf != nil {
			return i
		}
	}
	return -1
}

// rangeString lowers a range over a string: the interpreter steps over
// an invalid UTF-8 byte by three bytes where Go steps by one, and with
// no rune variable (for i := range s) it counts runes (0 1 2 for
// "héllo"'s first three) where Go gives byte offsets (0 1 3), so the
// lowered loop decodes as Go does.
//
//	for __gt_p1, __gt_s2 := 0, s; __gt_p1 < len(__gt_s2); { i, r := __gt_p1, rune(0); var __gt_w3 int; r, __gt_w3 = utf8.DecodeRuneInString(__gt_s2[__gt_p1:]); __gt_p1 += __gt_w3; ...
func (l *lowerer) rangeString(s *ast.RangeStmt, st *state) {
	p, str, w := l.name("p"), l.name("s"), l.name("w")
	utf8 := l.namer.pkgNameOr("unicode/utf8")
	l.ed.replace(l.off(s.For), l.off(s.X.Pos()), fmt.Sprintf("for %s, %s := 0, ", p, str))
	l.expr(s.X, &state{fn: st.fn, frames: st.frames})
	key, val := "_", "_"
	if s.Key != nil {
		key = l.text(s.Key)
	}
	if s.Value != nil {
		val = l.text(s.Value)
	}
	var head string
	if s.Tok == token.DEFINE {
		head = fmt.Sprintf("; %s < len(%s); { %s, %s := %s, rune(0); var %s int; %s, %s = %s.DecodeRuneInString(%s[%s:]); %s += %s; ",
			p, str, key, val, p, w, val, w, utf8, str, p, p, w)
		if key != "_" {
			head += "_ = " + key + "; "
		}
		if val != "_" {
			head += "_ = " + val + "; "
		}
	} else {
		head = fmt.Sprintf("; %s < len(%s); { var %s int; var %s rune; %s, %s = %s.DecodeRuneInString(%s[%s:]); ",
			p, str, w, "__gt_r"+p, "__gt_r"+p, w, utf8, str, p)
		if key != "_" {
			head += key + " = " + p + "; "
		}
		if val != "_" {
			head += val + " = __gt_r" + p + "; "
		}
		head += fmt.Sprintf("%s += %s; ", p, w)
	}
	if key == "_" && s.Tok == token.DEFINE {
		head = strings.Replace(head, "{ _, "+val+" := "+p+", rune(0);", "{ "+val+" := rune(0);", 1)
	}
	if s.Tok == token.DEFINE {
		head += l.ownBlock(s.Body, rangeNames(s)...)
	}
	l.ed.replace(l.off(s.X.End()), l.off(s.Body.Lbrace)+1, head)
	l.block(s.Body.List, st.with(&frame{kind: frLoop, label: st.label}))
}

// isBlank reports whether e is the blank identifier.
func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}

// rangeNames are the names a range loop's clause declares (not the
// blank identifier).
func rangeNames(s *ast.RangeStmt) []string {
	var names []string
	for _, e := range []ast.Expr{s.Key, s.Value} {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			names = append(names, id.Name)
		}
	}
	return names
}

// redeclares reports whether body's own block declares one of names
// again (for _, r := range s { r := unicode.ToUpper(r) }).
func (l *lowerer) redeclares(body *ast.BlockStmt, names []string) bool {
	sc := l.c.info.Scopes[body]
	if sc == nil {
		return false
	}
	for _, n := range names {
		if sc.Lookup(n) != nil {
			return true
		}
	}
	return false
}

// ownBlock gives body's statements a block of their own inside the
// loop's block when they declare again one of names, the iteration
// variables the lowered loop declares first thing in that block: Go
// scopes the body inside the loop's clause, where the same names in one
// block would be redeclarations. It returns the block's opening, for
// the caller to put after those declarations, and closes it before the
// body's brace ("" when the body declares none of names).
func (l *lowerer) ownBlock(body *ast.BlockStmt, names ...string) string {
	if !l.redeclares(body, names) {
		return ""
	}
	l.ed.insertClosing(l.off(body.Rbrace), "} ")
	return " {"
}
