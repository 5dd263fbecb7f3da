package frontend

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// hook is the name lowered code calls the engine's run-time support by.
const hook = "__gt"

// lowerer rewrites a checked cell.
type lowerer struct {
	c     *checked
	ed    *editList
	namer *typeNamer
	n     int // counter for generated names
	err   *Error
	loops map[types.Object]ast.Stmt // see loopFacts
	// labelNames are the labels renameLabels renamed, by their names in
	// the lowered code.
	labelNames map[*types.Label]string
	// instances are the instances of generic types the check uses
	// (usedInstances), once found.
	instances []*types.Named
	// addressed are the index expressions & takes the address of.
	addressed map[*ast.IndexExpr]*ast.UnaryExpr
	// readAs are the uses of variables that lowered code reads through
	// other text: those a cell's declaration reads and declares again
	// (see redeclare), the loop variables a func literal captures (see
	// derefCaptures). Text copied from the cell (len(x) of an index
	// check) takes it.
	readAs      map[*ast.Ident]string
	redeclStmts map[ast.Stmt]*redeclaration
	// called are the Fun expressions of calls (x.M there is no method
	// value).
	called map[ast.Expr]bool
	// goMethods are the methods go statements call (x.M there is bound
	// as a method value: the engine's goroutine wrapper takes x.M as a
	// value at the go statement, see kernel/engine's protectGo).
	goMethods map[ast.Expr]bool
	// goCalls are the calls of go statements (their arguments are kept
	// in variables, see kernel/engine's protectGo, and argToIface).
	goCalls map[*ast.CallExpr]bool
	// loopNodes are the spans of the cell's loops (loopSpans).
	loopNodes [][2]token.Pos
	// renamed are the loop variables given another name in their body.
	renamed map[types.Object]string
	// unstable are the variables code elsewhere may change (see
	// unstableVars), once found.
	unstable map[types.Object]bool
	// deferred are the func literals of defer statements.
	deferred map[*ast.FuncLit]bool
	// deferCalls are the calls of defer statements (deferStmt lowers
	// their variadic operands, see lower_variadic_nil.go).
	deferCalls map[*ast.CallExpr]bool
	// toCompiled are the func literals passed to compiled code.
	toCompiled map[*ast.FuncLit]bool
	// pendOf are the deferred literals of funcs whose deferred calls are
	// chained, with the func's pending variable (see deferChain); pendCall
	// the deferred calls of the program's funcs and methods there.
	pendOf   map[*ast.FuncLit]string
	pendCall map[*ast.DeferStmt]string
	// recovering are the deferred calls among pendCall of funcs that
	// recover (see recoveringCall).
	recovering map[*ast.DeferStmt]bool
	// localDecls are the type declarations of funcs (see localTypeViews);
	// localNames the names localTypeNames gives some of their types.
	localDecls []*ast.GenDecl
	localNames map[types.Object]string
	// structImpl are the session's struct types (as written) that
	// stdIface found implementing a compiled named interface by value,
	// with the interface: "T fmt.Stringer".
	structImpl map[string]bool
	// asCall are the expressions lowered into calls of a func literal.
	asCall map[ast.Expr]bool
	// okWrapped are the comma-ok operands commaOk has wrapped.
	okWrapped map[ast.Expr]bool
	// convConsts are the constants typedConst has converted.
	convConsts map[ast.Expr]bool
	// twins are the session's struct types that have a twin (see
	// twinStruct), computed at first use.
	twins map[*types.TypeName]bool
	// rawArgs are the arguments of calls of compiled funcs, which get a
	// composite value as it is (see compositeBox).
	rawArgs map[ast.Expr]bool
	// localCount counts the types the cell's funcs declare by name (see
	// localNamed), computed at first use.
	localCount map[string]int
	// kept are the receives left as written (recvKept), computed at
	// first use.
	kept map[*ast.UnaryExpr]bool
	// tupled are the assignments mapTuple lowered.
	tupled map[*ast.AssignStmt]bool
	// stdTwins are the standard interfaces with the methods of the
	// session's interfaces (see stdTwin), nil for none.
	stdTwins map[*types.Interface]types.Type
}

// fnCtx is the func a statement belongs to.
type fnCtx struct {
	sig  *types.Signature // nil for the cell's own statements
	cell bool
	// pending is the variable of the func whose deferred literal this is,
	// when that func's deferred calls are chained (see deferChain).
	pending string
	// defers is set when the func's body has defer statements of its
	// own (see ownFrame).
	defers bool
	// named is set in the body of a declared func or method.
	named bool
}

// frameKind is what a statement that break or continue may target is.
type frameKind int

const (
	frLoop      frameKind = iota // for or range
	frBreakable                  // switch, type switch, select
)

// frame is an enclosing loop or breakable statement.
type frame struct {
	kind  frameKind
	label string
	rf    *rangeFunc // a range-over-func loop
	// onContinue runs before a continue of this loop (per-iteration
	// copies carried over).
	onContinue string
	sel        *selectExit // a select statement
}

// rangeFunc is a range-over-func loop being lowered.
type rangeFunc struct {
	id      int
	exits   []string // post-call dispatch statements
	results []string // names of the vars holding a return's values
	fn      *fnCtx
	// defers names the stack of calls deferred in the loop's body (and
	// the bodies of loops inside it), "" while there are none.
	defers   string
	resTypes []string
}

// state is the context of the statement being walked.
type state struct {
	fn     *fnCtx
	frames []*frame
	label  string // a label for the next loop or breakable statement
}

func (s *state) with(f *frame) *state {
	frames := make([]*frame, len(s.frames), len(s.frames)+1)
	copy(frames, s.frames)
	return &state{fn: s.fn, frames: append(frames, f)}
}

// lower computes the edits of the cell.
func (c *checked) lower() (*editList, error) {
	l := &lowerer{c: c, ed: &editList{}, tupled: map[*ast.AssignStmt]bool{}}
	names := map[string]string{}
	for _, is := range c.ast.Imports {
		var obj *types.PkgName
		if o, ok := c.info.Defs[is.Name].(*types.PkgName); ok && is.Name != nil {
			obj = o
		} else if o, ok := c.info.Implicits[is].(*types.PkgName); ok {
			obj = o
		}
		// A hidden import of the check (for the type of a session var)
		// is not in the cell's code: generated code names that package
		// by an import of its own (typeNamer.hidden).
		if obj != nil && !strings.HasPrefix(obj.Name(), "__gtp_") {
			names[obj.Imported().Path()] = obj.Name()
		}
	}
	l.namer = &typeNamer{main: c.pkg, names: names, hidden: map[string]string{}}
	if c.nextSite != nil {
		// First: a rewrite that moves a statement takes its mark along.
		c.sites = append(c.sites, l.siteMarks(c.nextSite)...)
		c.sites = append(c.sites, l.selfCallMarks(c.nextSite)...)
	}
	for _, d := range c.decls {
		l.ifaceMapKeys(d)
		if c.inCell(d.Pos()) {
			l.nameParams(d)
			l.unnameFuncTypes(d)
		}
	}
	if c.body != nil {
		l.nameParams(c.body)
		l.unnameFuncTypes(c.body)
	}
	if c.body != nil {
		l.ifaceMapKeys(c.body)
	}
	l.renameLabels()
	l.topLevelNames()
	l.floatArrayLens()
	for _, d := range c.decls {
		if !c.inCell(d.Pos()) {
			continue
		}
		switch d := d.(type) {
		case *ast.FuncDecl:
			if l.genericStub(d) {
				continue
			}
			l.expr(d.Type, &state{})
			if d.Body != nil {
				sig, _ := c.info.Defs[d.Name].Type().(*types.Signature)
				l.zeroResults(d.Type, d.Body)
				l.deferChain(d.Body)
				l.recoverExits(d.Body)
				l.recoveringTwin(d)
				l.stackAppends(d.Body)
				l.block(d.Body.List, &state{fn: &fnCtx{sig: sig, defers: hasOwnDefer(d.Body), named: true}})
			}
		case *ast.GenDecl:
			l.globalFieldCalls(d)
			l.genericAliases(d)
			l.selfFuncTypes(d)
			l.mutualStructs(d)
			l.node(d, &state{fn: &fnCtx{}})
			l.embeddedIfaces(d)
			l.embeddedPtrMethods(d)
			l.twinTags(d)
			l.definedTypes(d)
			l.boxDecls(d)
			l.blankVarSpecs(d)
		}
	}
	if c.body != nil {
		for _, s := range c.body.List {
			l.redeclaredReads(s)
		}
		l.stackAppends(c.body)
		l.block(c.body.List, &state{fn: &fnCtx{cell: true}})
		for _, s := range c.body.List {
			if a, ok := s.(*ast.AssignStmt); ok && !l.blankOk(a) && !l.tupled[a] {
				l.commaOk(a.Lhs, a.Rhs)
			}
			l.redeclare(s)
			l.topIndexThroughPtr(s)
		}
	}
	l.recursiveStructs()
	l.blankFields()
	l.hoistTypes()
	l.localTypeNames()
	for _, d := range l.localDecls {
		l.localTypeViews(d)
	}
	l.iotaConsts()
	l.literalStructViews()
	if l.err != nil {
		return nil, Errors{l.err}
	}
	for _, name := range sortedKeys(l.namer.hidden) {
		l.ed.insertImport(name + " " + quote(l.namer.hidden[name]))
	}
	return l.ed, nil
}

// zeroResults sets a func's named results to their zero values when it
// starts: the interpreter lets a call's named results start with what
// the previous call from the same place returned, so that a func adding
// to its result (func sum(xs []int) (total int) { for … { total += x } })
// called in a loop gave 6, 12, 18.
//
//	func sum(xs []int) (total int) {  ->  func sum(xs []int) (total int) { total = *new(int);
func (l *lowerer) zeroResults(ft *ast.FuncType, body *ast.BlockStmt) {
	if ft.Results == nil || body == nil {
		return
	}
	var text strings.Builder
	for _, f := range ft.Results.List {
		t := l.c.info.Types[f.Type].Type
		if t == nil || mentionsLocal(t, l.c.pkg) {
			continue
		}
		zero := l.zeroText(t)
		for _, n := range f.Names {
			if n.Name != "_" {
				text.WriteString(" " + n.Name + " = " + zero + ";")
			}
		}
	}
	if text.Len() > 0 {
		l.ed.insert(l.off(body.Lbrace)+1, text.String())
	}
}

// zeroText is the text of the zero value of t.
func (l *lowerer) zeroText(t types.Type) string {
	if _, param := t.(*types.TypeParam); !param {
		switch t.Underlying().(type) {
		case *types.Interface, *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature:
			return "nil" // (the interpreter's *new of a cell's interface is no nil)
		}
	}
	return "*new(" + l.namer.str(t) + ")"
}

// blankVarSpecs gives the specs of d, a var declaration, that declare
// the blank identifier and have no values their zero values: the
// interpreter takes the blank one for a value ("cannot use _ as value"
// for var _ sync.Mutex).
//
//	var _, y int  ->  var _, y int = *new(int), *new(int)
func (l *lowerer) blankVarSpecs(d *ast.GenDecl) {
	if d.Tok != token.VAR {
		return
	}
	for _, sp := range d.Specs {
		vs := sp.(*ast.ValueSpec)
		if len(vs.Values) > 0 || vs.Type == nil || !slices.ContainsFunc(vs.Names, func(n *ast.Ident) bool { return n.Name == "_" }) {
			continue
		}
		t := l.c.info.Types[vs.Type].Type
		if t == nil || mentionsLocal(t, l.c.pkg) {
			continue
		}
		zeros := make([]string, len(vs.Names))
		for i := range zeros {
			zeros[i] = l.zeroText(t)
		}
		l.ed.insert(l.off(vs.Type.End()), " = "+strings.Join(zeros, ", "))
	}
}

// genericAliases keeps the declarations of generic aliases (type
// Set[T comparable] = map[T]struct{}, Go 1.24), which the interpreter
// cannot declare, as plain aliases of no use (type Set = /*
// map[T]struct{} */ struct{}):
// typeExpr writes each instance as the type it stands for, and the
// session keeps the declaration as written for the front end's checks.
func (l *lowerer) genericAliases(d *ast.GenDecl) {
	if d.Tok != token.TYPE {
		return
	}
	for _, sp := range d.Specs {
		ts := sp.(*ast.TypeSpec)
		if !ts.Assign.IsValid() || ts.TypeParams == nil {
			continue
		}
		text := l.c.plan.cell[l.off(ts.Type.Pos()):l.off(ts.Type.End())]
		if strings.Contains(text, "*/") {
			l.refuse(ts.Pos(), "this generic alias cannot be declared in the notebook; declare it without a comment inside")
			continue
		}
		// The aliased type stays, in a comment, so that the
		// declaration still maps to the user's.
		l.ed.replaceOver(l.off(ts.TypeParams.Pos()), l.off(ts.TypeParams.End()), "")
		l.ed.insertOuter(l.off(ts.Type.Pos()), "/* ")
		l.ed.insert(l.off(ts.Type.End()), " */ struct{}")
	}
}

// selfFuncTypes refuses a func type that refers to itself (type stateFn
// func(*lexer) stateFn): the interpreter cannot build it, and failed
// with an internal error.
func (l *lowerer) selfFuncTypes(d *ast.GenDecl) {
	for _, spec := range d.Specs {
		ts, ok := spec.(*ast.TypeSpec)
		if !ok {
			continue
		}
		ft, ok := unparen(ts.Type).(*ast.FuncType)
		if !ok {
			continue
		}
		self := false
		ast.Inspect(ft, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && l.c.info.Uses[id] == l.c.info.Defs[ts.Name] {
				self = true
			}
			return !self
		})
		if self {
			l.refuse(ts.Pos(), "the func type "+ts.Name.Name+" refers to itself, which the notebook's interpreter cannot build; "+
				"make the states values of an interface type instead (type state interface{ next(*lexer) state })")
		}
	}
	l.selfCompositeTypes(d)
	l.selfFuncFields(d)
}

// selfFuncFields refuses a struct type with a field holding, in a slice,
// array, map or channel, funcs that take or return the struct type
// (hooks []func(*O), states map[string]func(*Machine) int): the
// interpreter builds the func type before the struct and fails on the
// first call or store (a lone func field, next func(*O), works).
func (l *lowerer) selfFuncFields(d *ast.GenDecl) {
	for _, spec := range d.Specs {
		ts, ok := spec.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() {
			continue
		}
		st, ok := unparen(ts.Type).(*ast.StructType)
		if !ok {
			continue
		}
		def := l.c.info.Defs[ts.Name]
		for _, f := range st.Fields.List {
			self := false
			ast.Inspect(f.Type, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.StructType, *ast.InterfaceType:
					return false
				case *ast.ArrayType, *ast.MapType, *ast.ChanType:
					ast.Inspect(n, func(m ast.Node) bool {
						if ft, ok := m.(*ast.FuncType); ok {
							ast.Inspect(ft, func(x ast.Node) bool {
								if id, ok := x.(*ast.Ident); ok && def != nil && l.c.info.Uses[id] == def {
									self = true
								}
								return !self
							})
							return false
						}
						return !self
					})
					return false
				}
				return !self
			})
			if self {
				name := ts.Name.Name
				if len(f.Names) > 0 {
					name += "." + f.Names[0].Name
				}
				l.refuse(f.Pos(), "the field "+name+" holds funcs of "+ts.Name.Name+" itself in a slice, map, array or channel, which the notebook's interpreter cannot build; "+
					"hold values of an interface type there instead (type Hook interface{ Run(*"+ts.Name.Name+") })")
				break
			}
		}
	}
}

// selfCompositeTypes refuses a slice, array, map, channel or pointer type
// that refers to itself with no struct or interface type in between (type
// Tree []Tree, type JSON map[string]JSON): the interpreter fails on it
// with an internal error, or overflows its stack and ends the process.
func (l *lowerer) selfCompositeTypes(d *ast.GenDecl) {
	for _, spec := range d.Specs {
		ts, ok := spec.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() {
			continue
		}
		switch unparen(ts.Type).(type) {
		case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.StarExpr:
		default:
			continue
		}
		def := l.c.info.Defs[ts.Name]
		self := false
		ast.Inspect(ts.Type, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.StructType, *ast.InterfaceType, *ast.FuncType:
				return false // (a func type is refused above)
			case *ast.Ident:
				if def != nil && l.c.info.Uses[n] == def {
					self = true
				}
			}
			return !self
		})
		if self {
			l.refuse(ts.Pos(), "the type "+ts.Name.Name+" refers to itself with no struct in between, which the notebook's interpreter cannot build; "+
				"hold it in a struct instead (type "+ts.Name.Name+" struct{ children []"+ts.Name.Name+" })")
		}
	}
}

// mutualStructs refuses a struct type of d that forms, with another
// struct type of the session, a pair the interpreter builds as one
// another: A holds B by value, B points to A and to itself
// (container/list's List holding its root Element). Such a program's
// first store panics, or corrupts memory.
func (l *lowerer) mutualStructs(d *ast.GenDecl) {
	origin := func(t types.Type) *types.Named {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() != l.c.pkg {
			return nil
		}
		if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
			return nil
		}
		return n.Origin()
	}
	pointsTo := func(s, x *types.Named) bool {
		st := s.Underlying().(*types.Struct)
		for i := 0; i < st.NumFields(); i++ {
			if p, ok := st.Field(i).Type().(*types.Pointer); ok && origin(p.Elem()) == x {
				return true
			}
		}
		return false
	}
	holds := func(a *types.Named) []*types.Named {
		var out []*types.Named
		st := a.Underlying().(*types.Struct)
		for i := 0; i < st.NumFields(); i++ {
			if b := origin(st.Field(i).Type()); b != nil && b != a {
				out = append(out, b)
			}
		}
		return out
	}
	bad := func(a, b *types.Named) bool { return pointsTo(b, a) && pointsTo(b, b) }
	for _, spec := range d.Specs {
		ts, ok := spec.(*ast.TypeSpec)
		if !ok {
			continue
		}
		t := origin(l.c.info.Defs[ts.Name].Type())
		if t == nil {
			continue
		}
		var a, b *types.Named
		for _, h := range holds(t) {
			if bad(t, h) {
				a, b = t, h
			}
		}
		for _, name := range l.c.pkg.Scope().Names() {
			if o := origin(l.c.pkg.Scope().Lookup(name).Type()); o != nil && a == nil && slices.Contains(holds(o), t) && bad(o, t) {
				a, b = o, t
			}
		}
		if a != nil {
			l.refuse(ts.Pos(), fmt.Sprintf("the struct %s holds a %s by value while %s points to %s and to itself, which the notebook's interpreter builds wrongly; "+
				"hold it through a pointer (a field of type *%s)", a.Obj().Name(), b.Obj().Name(), b.Obj().Name(), a.Obj().Name(), b.Obj().Name()))
		}
	}
}

// inspectCell walks, with visit, the declarations the cell writes and
// its statements.
func (l *lowerer) inspectCell(visit func(ast.Node) bool) {
	for _, d := range l.c.decls {
		if l.c.inCell(d.Pos()) {
			ast.Inspect(d, visit)
		}
	}
	if l.c.body != nil {
		ast.Inspect(l.c.body, visit)
	}
}

// off is the cell offset of a position in the cell.
func (l *lowerer) off(p token.Pos) int {
	o, _ := l.c.cellOff(p)
	return o
}

// text is the cell's source of a node, as a rewrite writes it again
// (with the selections shadowText lowers lowered).
func (l *lowerer) text(n ast.Node) string {
	return l.shadowText(n, l.c.plan.cell[l.off(n.Pos()):l.off(n.End())])
}

// refuse records a construct the kernel cannot lower.
func (l *lowerer) refuse(at token.Pos, msg string) {
	if l.err != nil {
		return
	}
	e := &Error{Msg: msg}
	if o, ok := l.c.cellOff(at); ok {
		e.Line, e.Col = lineCol(l.c.plan.cell, o)
	}
	l.err = e
}

func (l *lowerer) name(prefix string) string {
	l.n++
	return fmt.Sprintf("%s_%s%d", hook, prefix, l.n)
}

func (l *lowerer) block(list []ast.Stmt, st *state) {
	// The cell's top-level statements declare the session's variables.
	top := l.c.body != nil && len(list) > 0 && len(l.c.body.List) > 0 && list[0] == l.c.body.List[0]
	for i, s := range list {
		l.stmt(s, st)
		if a, ok := s.(*ast.AssignStmt); ok && !l.mapTuple(a) {
			l.tupleAssign(a)
			l.ifaceTuple(a)
			l.ifaceCommaOk(a)
			if !top {
				l.commaOkZero(a)
			}
		}
		if !top {
			l.freshDecl(s, list[i:])
		}
	}
}

// stmt walks a statement.
func (l *lowerer) stmt(s ast.Stmt, st *state) {
	if s == nil {
		return
	}
	switch s := s.(type) {
	case *ast.LabeledStmt:
		inner := &state{fn: st.fn, frames: st.frames, label: s.Label.Name}
		if rs, ok := s.Stmt.(*ast.RangeStmt); ok {
			if t := l.c.info.Types[rs.X].Type; t != nil {
				if _, ok := t.Underlying().(*types.Signature); ok {
					// Every jump to the label is lowered: it goes.
					l.ed.replace(l.off(s.Pos()), l.off(s.Colon)+1, "")
				}
			}
		}
		if rs, ok := s.Stmt.(*ast.ReturnStmt); ok && len(rs.Results) == 0 {
			// The interpreter recurses without end compiling a label
			// on a bare return (done: return) that a goto jumps
			// forward to: the label goes on an empty statement.
			l.ed.insert(l.off(s.Colon)+1, " ;")
		}
		l.stmt(s.Stmt, inner)
	case *ast.ForStmt:
		l.forStmt(s, st)
	case *ast.RangeStmt:
		l.rangeStmt(s, st)
	case *ast.SwitchStmt:
		in := st.with(&frame{kind: frBreakable, label: st.label})
		l.stmt(s.Init, in)
		if s.Init != nil {
			l.freshDecl(s.Init, []ast.Stmt{s})
			l.initCommaOk(s.Init, s)
		}
		l.expr(s.Tag, in)
		for _, cc := range s.Body.List {
			for _, e := range cc.(*ast.CaseClause).List {
				if s.Tag == nil {
					l.assertCond(e)
				} else {
					l.ifaceConvThroughFunc(e) // (case any("x"))
				}
				l.expr(e, in)
			}
		}
		lowered := l.ifaceSwitch(s) || l.nilCaseSwitch(s) || l.middleDefault(s)
		if !lowered {
			l.switchInitTag(s)
		}
		l.boxCases(s)
		if !lowered {
			l.caseConsts(s)
		}
		for _, cc := range s.Body.List {
			cc := cc.(*ast.CaseClause)
			if !lowered {
				l.caseList(s, cc)
			}
			l.block(cc.Body, in)
		}
	case *ast.TypeSwitchStmt:
		in := st.with(&frame{kind: frBreakable, label: st.label})
		l.stmt(s.Init, in)
		if s.Init != nil {
			l.freshDecl(s.Init, []ast.Stmt{s})
		}
		l.stmt(s.Assign, in)
		for _, cc := range s.Body.List {
			for _, e := range cc.(*ast.CaseClause).List {
				l.expr(e, in)
			}
		}
		lowered := l.typeSwitch(s)
		if !lowered {
			l.bindTypeSwitch(s)
			l.boxTypeCases(s)
		}
		operand := lowered || l.stdSwitch(s)
		for _, cc := range s.Body.List {
			cc := cc.(*ast.CaseClause)
			if !operand {
				l.stdCase(s, cc)
			}
			l.block(cc.Body, in)
			if v, ok := l.c.info.Implicits[cc].(*types.Var); ok {
				l.clauseVars([]*types.Var{v}, cc.Body)
			}
		}
	case *ast.SelectStmt:
		if len(s.Body.List) == 0 {
			// select {}: the interpreter waits in a select of its own
			// (to be interrupted), which a deadlock names as "select";
			// the hook blocks as Go does, in "select (no cases)".
			l.ed.replace(l.off(s.Pos()), l.off(s.End()), hook+".SelectNoCases()")
			return
		}
		fr := &frame{kind: frBreakable, label: st.label, sel: &selectExit{pos: s.Pos()}}
		in := st.with(fr)
		for _, cc := range s.Body.List {
			cc := cc.(*ast.CommClause)
			l.stmt(cc.Comm, in)
			l.block(cc.Body, in)
			if a, ok := cc.Comm.(*ast.AssignStmt); ok && a.Tok == token.DEFINE {
				var vars []*types.Var
				for _, e := range a.Lhs {
					if id, ok := e.(*ast.Ident); ok {
						v, _ := l.c.info.Defs[id].(*types.Var)
						vars = append(vars, v)
					}
				}
				l.clauseVars(vars, cc.Body)
			}
		}
		l.selectExits(s, fr.sel)
		l.selectOperands(s)
	case *ast.BlockStmt:
		l.block(s.List, st)
	case *ast.IfStmt:
		l.stmt(s.Init, st)
		if a, ok := s.Init.(*ast.AssignStmt); ok && l.mapTuple(a) {
			// The lowered assignment is a block: it goes before the if.
			l.ed.replace(l.off(s.Pos()), l.off(s.Init.Pos()), "{ ")
			l.ed.insertOuter(l.off(s.Cond.Pos()), "if ")
			l.ed.insert(l.off(s.End()), " }")
		} else if s.Init != nil {
			l.freshDecl(s.Init, []ast.Stmt{s})
			l.initCommaOk(s.Init, s)
		}
		l.assertCond(s.Cond)
		l.expr(s.Cond, st)
		l.block(s.Body.List, st)
		l.stmt(s.Else, st)
	case *ast.BranchStmt:
		l.branch(s, st)
	case *ast.ReturnStmt:
		l.returnStmt(s, st)
	case *ast.DeferStmt:
		l.deferStmt(s, st)
	case *ast.GoStmt:
		l.goNilFunc(s)
		l.goLiteral(s)
		if l.goCalls == nil {
			l.goCalls = map[*ast.CallExpr]bool{}
		}
		l.goCalls[s.Call] = true
		if sel, ok := unparen(s.Call.Fun).(*ast.SelectorExpr); ok {
			if x := l.c.info.Selections[sel]; x != nil && x.Kind() == types.MethodVal {
				if l.goMethods == nil {
					l.goMethods = map[ast.Expr]bool{}
				}
				l.goMethods[sel] = true
			}
		}
		l.typedNilArgs(s.Call)
		l.expr(s.Call, st)
	case *ast.ExprStmt:
		l.expr(s.X, st)
	case *ast.SendStmt:
		if ch, ok := l.c.info.Types[s.Chan].Type.Underlying().(*types.Chan); ok {
			l.storeToIface(s.Value, ch.Elem())
		}
		l.expr(s.Chan, st)
		l.expr(s.Value, st)
	case *ast.IncDecStmt:
		l.expr(s.X, st)
		if t := l.c.info.Types[s.X].Type; t != nil {
			if b, ok := t.Underlying().(*types.Basic); ok && b.Kind() == types.Uintptr {
				// The interpreter's ++ and -- of a uintptr leave it as
				// it was (or end the cell); += and -= work.
				op := " += 1"
				if s.Tok == token.DEC {
					op = " -= 1"
				}
				l.ed.replace(l.off(s.TokPos), l.off(s.TokPos)+2, op)
			}
		}
	case *ast.AssignStmt:
		l.parenStructLits(s)
		l.blankRecv(s)
		l.blankBool(s)
		l.blankDeref(s)
		l.compiledVarStores(s)
		if s.Tok == token.DEFINE {
			l.runeDefaults(s.Rhs)
			if len(s.Lhs) > 1 && len(s.Rhs) == 1 && l.c.body != nil && slices.Contains(l.c.body.List, ast.Stmt(s)) {
				l.globalFieldCall(s.Rhs[0]) // a cell's variables
			}
		}
		if len(s.Lhs) > 1 && len(s.Lhs) == len(s.Rhs) {
			for _, r := range s.Rhs {
				l.typedConst(r) // (see lower_consts.go)
			}
			l.redeclaredIfaces(s)
		}
		if s.Tok == token.ASSIGN && len(s.Lhs) == len(s.Rhs) {
			for i, e := range s.Lhs {
				if _, elem := unparen(e).(*ast.IndexExpr); elem {
					l.storeToIface(s.Rhs[i], l.c.info.Types[e].Type)
				} else {
					l.copyToIface(s.Rhs[i], l.c.info.Types[e].Type)
				}
			}
		}
		for _, e := range s.Lhs {
			l.expr(e, st)
		}
		for _, e := range s.Rhs {
			if len(s.Rhs) == 1 && l.checkedCount(s.Tok, e) {
				l.shiftCount(s, e, st)
				continue
			}
			l.expr(e, st)
		}
		if len(s.Lhs) > 1 && len(s.Rhs) == 1 {
			l.resultsInto(s.Rhs[0], l.assignTargets(s))
		}
		if len(s.Lhs) > 1 && len(s.Rhs) == len(s.Lhs) {
			targets := make([]types.Type, len(s.Lhs))
			for i, e := range s.Lhs {
				targets[i] = l.c.info.Types[e].Type
			}
			l.severalValues(s.Rhs, targets)
		}
	case *ast.DeclStmt:
		l.node(s.Decl, st)
		if gd, ok := s.Decl.(*ast.GenDecl); ok {
			if l.c.body != nil && slices.Contains(l.c.body.List, ast.Stmt(s)) {
				l.globalFieldCalls(gd) // a cell's variables
			}
			l.definedTypes(gd)
			l.localTags(gd)
			if l.hoists(gd) {
				l.embeddedIfaces(gd) // declared at the package level
			}
			l.boxDecls(gd) // a func's own types get their boxes beside them
			l.blankVarSpecs(gd)
			l.localDecls = append(l.localDecls, gd) // see localTypeViews
		}
	}
}

// node walks any other node, looking for expressions.
func (l *lowerer) node(n ast.Node, st *state) {
	ast.Inspect(n, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok && ts.Assign.IsValid() && ts.TypeParams != nil {
			return false // a generic alias's type stays as written (see genericAliases)
		}
		if vs, ok := n.(*ast.ValueSpec); ok && vs.Type == nil && len(vs.Names) > 0 {
			// (A constant stays untyped: const c = 'x'; c + 2.0 is a
			// float.)
			if _, isConst := l.c.info.Defs[vs.Names[0]].(*types.Const); !isConst {
				l.runeDefaults(vs.Values)
			}
		}
		if vs, ok := n.(*ast.ValueSpec); ok && vs.Type != nil && len(vs.Values) == len(vs.Names) {
			for _, v := range vs.Values {
				l.copyToIface(v, l.c.info.Types[vs.Type].Type)
			}
		}
		if vs, ok := n.(*ast.ValueSpec); ok && vs.Type != nil && len(vs.Values) == 1 && len(vs.Names) > 1 {
			targets := make([]types.Type, len(vs.Names))
			for i := range targets {
				targets[i] = l.c.info.Types[vs.Type].Type
			}
			l.resultsInto(vs.Values[0], targets)
		}
		if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Values) > 1 && len(vs.Values) == len(vs.Names) {
			l.severalValues(vs.Values, nil)
			l.ifaceSpecValues(vs)
		}
		if e, ok := n.(ast.Expr); ok {
			l.expr(e, st)
			return false
		}
		return true
	})
}

// expr walks an expression.
func (l *lowerer) expr(e ast.Expr, st *state) {
	if e == nil {
		return
	}
	if name := l.specAt(e); name != "" {
		// An instance of a generic func of the session: its copy.
		l.ed.replace(l.off(e.Pos()), l.off(e.End()), name)
		return
	}
	if l.typeExpr(e) {
		return
	}
	if l.bigConstExpr(e) || l.constCompare(e) || l.realAsComplex(e) || l.bigUnsigned(e) {
		return
	}
	switch e := e.(type) {
	case *ast.FuncLit:
		l.expr(e.Type, st)
		sig, _ := l.c.info.Types[e].Type.(*types.Signature)
		l.zeroResults(e.Type, e.Body)
		l.deferChain(e.Body)
		l.recoverExits(e.Body)
		l.stackAppends(e.Body)
		l.block(e.Body.List, &state{fn: &fnCtx{sig: sig, pending: l.pendOf[e], defers: hasOwnDefer(e.Body)}})
		if !l.bindLit(e) {
			l.ownFrame(e, st)
		}
		return
	case *ast.CallExpr:
		l.exactConversion(e)
		l.sliceAsOneArg(e)
		l.nilVariadic(e)
		l.spreadNil(e)
		l.copyArgsToIface(e)
		l.namedFuncTypeArgs(e)
		l.appendedFuncs(e)
		l.noteCompiledArgs(e)
		l.sliceToArray(e)
		handled := l.call(e, st)
		l.ifaceResultArgs(e)
		l.ifaceResultArg(e)
		if handled {
			return
		}
	case *ast.CompositeLit:
		if t := l.c.info.Types[e].Type; t != nil {
			for _, el := range e.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					l.ifaceKeyOf(t, kv.Key)
				}
			}
		}
		l.templateFuncs(e)
		l.copyEltsToIface(e)
		l.embeddedInstanceKeys(e)
		l.elidedPointers(e)
	case *ast.BinaryExpr:
		if l.stdFloatConst(e) {
			return
		}
		l.ifaceCompare(e)
		l.convertedNilCompare(e)
		l.chanCompare(e)
		l.boxCompare(e)
		l.twinCompare(e)
		l.untypedShift(e)
		l.floatDivZero(e)
		if l.checkedCount(e.Op, e.Y) {
			l.expr(e.X, st)
			l.shiftCount(e, e.Y, st)
			return
		}
	case *ast.TypeAssertExpr:
		l.convertedAssert(e)
		if l.emptyAssert(e) {
			break
		}
		if !l.compositeAssert(e) && !l.boxAssert(e) {
			l.stdAssert(e)
			l.sessionAssert(e)
			l.assertViaAny(e)
		}
	case *ast.Ident:
		l.ident(e)
		return
	case *ast.UnaryExpr:
		if l.shadowingFieldAddr(e, st) {
			return
		}
		l.recvValue(e)
		l.addrThroughArrayPtr(e)
		l.freshArrayAddr(e)
		if ix, ok := ast.Unparen(e.X).(*ast.IndexExpr); ok && e.Op == token.AND {
			if l.addressed == nil {
				l.addressed = map[*ast.IndexExpr]*ast.UnaryExpr{}
			}
			l.addressed[ix] = e
		}
	case *ast.IndexListExpr:
		if sel, ok := e.X.(*ast.SelectorExpr); ok && l.genericValue(e, sel) {
			return // slices.Index[[]string, string]
		}
	case *ast.IndexExpr:
		if sel, ok := e.X.(*ast.SelectorExpr); ok && l.genericValue(e, sel) {
			return // cmp.Compare[int]
		}
		l.indexExpr(e)
		l.boxIndex(e)
		l.ifaceKey(e)
	case *ast.SliceExpr:
		l.sliceExpr(e)
	case *ast.SelectorExpr:
		if l.selector(e) || l.shadowingField(e, st) {
			return
		}
		l.embeddedInstanceField(e)
		l.convertedRecv(e)
		l.expr(e.X, st)
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if n == e {
			return true
		}
		if sub, ok := n.(ast.Expr); ok {
			l.expr(sub, st)
			return false
		}
		return true
	})
}

// specAt returns the name of the copy that an instance of a generic
// func (G, G[int], G[int, string]) stands for, or "".
func (l *lowerer) specAt(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.IndexExpr:
		e = x.X
	case *ast.IndexListExpr:
		e = x.X
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		e = sel.Sel // a standard library type (atomic.Pointer[T])
	}
	if id, ok := e.(*ast.Ident); ok {
		return l.c.specs[id]
	}
	return ""
}

// commaOk lowers a comma-ok assignment among a cell's statements (a type
// assertion, a map index or a receive giving two values), which the
// interpreter cannot compile at its top level ("nil type"), into a call
// of a func literal that does it:
//
//	n, ok := v.(int)  →  n, ok := func() (int, bool) { a, b := v.(int); return a, b }()
func (l *lowerer) commaOk(lhs, rhs []ast.Expr) {
	if len(lhs) != 2 || len(rhs) != 1 {
		return
	}
	x := ast.Unparen(rhs[0])
	tup, ok := l.c.info.Types[rhs[0]].Type.(*types.Tuple)
	if !ok || tup.Len() != 2 || l.okWrapped[x] || !isCommaOk(x, l.c.info) {
		return
	}
	// A variable of an interface type receives the value converted
	// (var s Shape; s, ok = m[k] stores a Rect): the interpreter's tuple
	// assignment panics on the conversion.
	vt, miss := tup.At(0).Type(), ""
	t := l.c.info.TypeOf(lhs[0])
	toIface := t != nil && types.IsInterface(t) && !types.Identical(t, vt) && !hasTypeParam(t, 0)
	if l.asCall[x] && !toIface {
		return // already a call, which the interpreter compiles anywhere
	}
	if l.okWrapped == nil {
		l.okWrapped = map[ast.Expr]bool{}
	}
	l.okWrapped[x] = true
	a, b := l.name("ok"), l.name("ok")
	value := a
	if toIface {
		// (A failed assertion's value is not of its type in the
		// interpreter: the value of a miss is set as commaOkZero
		// sets it.)
		if _, assert := x.(*ast.TypeAssertExpr); assert {
			miss = "; if !" + b + " { " + a + " = " + l.zeroText(vt) + " }"
		}
		value = l.ifaceText(a, vt, t)
		vt = t
	}
	l.ed.insertOuter(l.off(rhs[0].Pos()), "func() ("+l.namer.str(vt)+", bool) { "+a+", "+b+" := ")
	l.ed.insert(l.off(rhs[0].End()), miss+"; return "+value+", "+b+" }()")
}

// ifaceText returns the text that converts v, a variable of type vt, to
// the interface type t where lowered code assigns it (a return of a func
// literal, an assignment from a temporary), as copyInto converts an
// operand: a nil pointer stays a typed nil, a boxed value is boxed, a
// session struct in a standard interface rewrapped.
func (l *lowerer) ifaceText(v string, vt, t types.Type) string {
	if types.IsInterface(vt) {
		return v
	}
	if p, iface := l.typedNilPointer(vt, t); p != nil {
		return l.typedNilText(p, iface, t) + v + ")"
	}
	if bx := l.boxed(vt); bx != nil {
		open, closing := l.boxText(bx, t)
		return open + v + closing
	}
	if n, ok := types.Unalias(vt).(*types.Named); ok && n.Obj().Pkg() == l.c.pkg && isStruct(vt) && isCompiledNamed(t, l.c.pkg) && l.namedInPlace(vt) {
		return rewrapText(v, l.namer.str(t))
	}
	return v
}

// isCommaOk reports whether e is an operand that gives a second, ok
// value: a type assertion, a map index or a receive.
func isCommaOk(e ast.Expr, info *types.Info) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.TypeAssertExpr:
		return true
	case *ast.IndexExpr:
		_, isMap := info.Types[x.X].Type.Underlying().(*types.Map)
		return isMap
	case *ast.UnaryExpr:
		return x.Op == token.ARROW
	}
	return false
}

// localTypeNames lowers the types a func declares that the interpreter
// mistakes: an alias (type A = T) it cannot declare in a func, so its
// uses name the aliased type and the declaration goes (its line breaks
// kept); a type declared under a predeclared or package-level name
// (type int32 string; type Point struct{ Name string } in a func), which
// it resolves to that other type, so it gets another name.
func (l *lowerer) localTypeNames() {
	renamed := map[types.Object]string{}
	for id, obj := range l.c.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || !l.c.inCell(id.Pos()) || tn.Parent() == nil || tn.Parent() == l.c.pkg.Scope() {
			continue
		}
		switch {
		case tn.IsAlias():
			if !l.namedInPlace(types.Unalias(tn.Type())) {
				continue
			}
			renamed[obj] = l.namer.str(types.Unalias(tn.Type()))
		case types.Universe.Lookup(tn.Name()) != nil, l.c.pkg.Scope().Lookup(tn.Name()) != nil:
			renamed[obj] = l.name("lt") + "_" + tn.Name()
			if l.localNames == nil {
				l.localNames = map[types.Object]string{}
			}
			l.localNames[obj] = renamed[obj]
			l.ed.replaceOver(l.off(id.Pos()), l.off(id.End()), renamed[obj])
		}
	}
	if len(renamed) == 0 {
		return
	}
	for id, obj := range l.c.info.Uses {
		if name, ok := renamed[obj]; ok && l.c.inCell(id.Pos()) {
			l.ed.replaceOver(l.off(id.Pos()), l.off(id.End()), name)
		}
	}
	for _, d := range l.c.decls {
		l.dropLocalAliases(d, renamed)
	}
	if l.c.body != nil {
		l.dropLocalAliases(l.c.body, renamed)
	}
}

// dropLocalAliases removes the declarations of the local aliases that
// localTypeNames substituted.
func (l *lowerer) dropLocalAliases(root ast.Node, substituted map[types.Object]string) {
	ast.Inspect(root, func(n ast.Node) bool {
		ds, ok := n.(*ast.DeclStmt)
		if !ok {
			return true
		}
		gd, ok := ds.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			return false
		}
		blank := func(from, to token.Pos) {
			text := l.c.plan.cell[l.off(from):l.off(to)]
			l.ed.replace(l.off(from), l.off(to), strings.Repeat("\n", strings.Count(text, "\n")))
		}
		all := true
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			if _, ok := substituted[l.c.info.Defs[ts.Name]]; !ok || !ts.Assign.IsValid() {
				all = false
			}
		}
		if all {
			blank(ds.Pos(), ds.End())
			return false
		}
		for _, sp := range gd.Specs {
			ts := sp.(*ast.TypeSpec)
			if _, ok := substituted[l.c.info.Defs[ts.Name]]; ok && ts.Assign.IsValid() {
				blank(ts.Pos(), ts.End())
			}
		}
		return false
	})
}

// genericStub lowers a generic func the cell declares (not a method) to a
// stub of its name: every instance the cells use is a copy of its own
// (specialise.go), so the interpreter never runs it, and its own generics
// failed on some signatures (func Collect[T any](rs []Result[T])
// Result[[]T] with Result a generic type with methods refused the whole
// cell). The stub keeps the type parameters and the lines:
//
//	func Collect[T any](rs []Result[T]) Result[[]T] {  ->  func Collect[T any]() {
func (l *lowerer) genericStub(d *ast.FuncDecl) bool {
	if d.Recv != nil || d.Type.TypeParams == nil || d.Body == nil {
		return false
	}
	start, end := l.off(d.Type.Params.Pos()), l.off(d.Body.Rbrace)+1
	text := l.c.plan.cell[start:end]
	l.ed.replace(start, end, "() {"+strings.Repeat("\n", strings.Count(text, "\n"))+"}")
	return true
}

// assertCond puts in parentheses a condition that is a type assertion
// (if v.(bool), for ok.(bool), a tagless switch's case m[k].(bool)): the
// interpreter takes such a branch whatever the asserted bool's value,
// as if it tested the assertion's success. Called before the condition
// is lowered, so that the parentheses go around its own rewrites.
func (l *lowerer) assertCond(e ast.Expr) {
	if _, ok := e.(*ast.TypeAssertExpr); ok {
		l.ed.insertOpening(l.off(e.Pos()), "(")
		l.ed.insertClosing(l.off(e.End()), ")")
	}
}

// convertedAssert lowers an assertion on a conversion to an interface
// type named by a package-level name (I(t).(T), an idiom to ask what a
// value implements): the interpreter's assertion finds nothing in the
// conversion's result (ok false, or a panic saying the interface is
// nil), but does in a func's result of that type:
//
//	I(t).(T)  ->  ((func(v I) I { return v })((t))).(T)
func (l *lowerer) convertedAssert(e *ast.TypeAssertExpr) {
	call, ok := ast.Unparen(e.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return
	}
	tv, ok := l.c.info.Types[call.Fun]
	if !ok || !tv.IsType() || !types.IsInterface(tv.Type) {
		return
	}
	// (A name the cell's lowering may respell, a func's own type or a
	// generic instance, is left alone.)
	switch f := call.Fun.(type) {
	case *ast.Ident:
		if obj := l.c.info.Uses[f]; obj == nil || obj.Parent() != l.c.pkg.Scope() && obj.Parent() != types.Universe {
			return
		}
	case *ast.SelectorExpr:
		x, ok := f.X.(*ast.Ident)
		if !ok {
			return
		}
		if _, ok := l.c.info.Uses[x].(*types.PkgName); !ok {
			return
		}
	default:
		return
	}
	// (In parentheses, the operand and the result: an interface value
	// that a call returns, handed straight to a func, loses its
	// dynamic type in the interpreter.)
	typ := l.text(call.Fun)
	l.ed.replace(l.off(call.Fun.Pos()), l.off(call.Fun.End()), "((func(v "+typ+") "+typ+" { return v })")
	l.ed.replace(l.off(call.Lparen), l.off(call.Lparen)+1, "((")
	l.ed.replace(l.off(call.Rparen), l.off(call.Rparen)+1, ")))")
}

// renameLabels gives a label of the cell that shares its name with
// another name the cell uses or the package declares (done: beside a
// variable done, row: beside a type row, math: beside package math) a
// name of its own, at its statement and at every jump to it: labels
// have a namespace of their own in Go, which the interpreter does not
// keep ("label done not defined").
//
//	done: for { … break done }  ->  __gt_lbl_done: for { … break __gt_lbl_done }
func (l *lowerer) renameLabels() {
	others := map[string]bool{}
	for id, obj := range l.c.info.Defs {
		if _, isLabel := obj.(*types.Label); obj != nil && !isLabel {
			others[id.Name] = true
		}
	}
	for id, obj := range l.c.info.Uses {
		if _, isLabel := obj.(*types.Label); !isLabel {
			others[id.Name] = true
		}
	}
	for id, obj := range l.c.info.Defs {
		lbl, ok := obj.(*types.Label)
		if !ok || !l.c.inCell(id.Pos()) || !others[id.Name] && l.c.pkg.Scope().Lookup(id.Name) == nil {
			continue
		}
		if l.funcRangeLabel(id) {
			continue // (lowered with its loop: rangeFunc)
		}
		name := hook + "_lbl_" + id.Name
		if l.labelNames == nil {
			l.labelNames = map[*types.Label]string{}
		}
		l.labelNames[lbl] = name
		l.ed.replace(l.off(id.Pos()), l.off(id.End()), name)
		for use, o := range l.c.info.Uses {
			if o == lbl {
				l.ed.replace(l.off(use.Pos()), l.off(use.End()), name)
			}
		}
	}
}

// funcRangeLabel reports whether id is the label of a range over a
// func.
func (l *lowerer) funcRangeLabel(id *ast.Ident) bool {
	found := false
	inspectCell := func(n ast.Node) bool {
		ls, ok := n.(*ast.LabeledStmt)
		if !ok || ls.Label != id {
			return !found
		}
		if rs, ok := ls.Stmt.(*ast.RangeStmt); ok {
			if t := l.c.info.Types[rs.X].Type; t != nil {
				_, found = t.Underlying().(*types.Signature)
			}
		}
		return false
	}
	for _, d := range l.c.decls {
		ast.Inspect(d, inspectCell)
	}
	if l.c.body != nil {
		ast.Inspect(l.c.body, inspectCell)
	}
	return found
}

// topLevelNames refuses a cell's top-level or package-level declaration
// whose name the interpreter cannot take there, though Go can:
//   - a variable or constant named main (main := &F{} among main's
//     statements cut over cells): the interpreter takes the name for the
//     package's and failed with an internal error ("index out of range");
//   - a variable or constant named iota or nil (var iota = 7): the
//     interpreter reads Go's predeclared iota and nil there, so
//     fmt.Println(iota) printed 0 without an error;
//   - a constant named as another predeclared identifier (const len = 5,
//     const true = 0) or a type named as a predeclared type (type float32
//     struct{...}, type error string): the interpreter fails on them with
//     internal errors ("CFG post-order panic", a nil dereference).
//
// Inside a func the names work (see shadowRenamed), so the message says
// to rename the declaration or move it into a func.
func (l *lowerer) topLevelNames() {
	top := l.c.cellScope()
	var at token.Pos
	msg := ""
	for id, obj := range l.c.info.Defs {
		if obj == nil || !l.c.inCell(id.Pos()) || at.IsValid() && id.Pos() > at {
			continue
		}
		if p := obj.Parent(); p != l.c.pkg.Scope() && (p == nil || p != top) {
			continue
		}
		name := obj.Name()
		_, isType := types.Universe.Lookup(name).(*types.TypeName)
		why := ""
		switch o := obj.(type) {
		case *types.Var:
			switch {
			case name == "main":
				why = "a variable named main at a cell's top level is the package's name to the notebook's interpreter, which cannot compile it"
			case name == "iota" || name == "nil":
				why = "a variable named " + name + " at a cell's or the package's top level is Go's predeclared " + name + " to the notebook's interpreter"
			}
		case *types.Const:
			switch {
			case name == "main":
				why = "a constant named main at a cell's top level is the package's name to the notebook's interpreter, which cannot compile it"
			case types.Universe.Lookup(name) != nil && name != "max" && name != "min" && name != "clear":
				why = "a constant named " + name + " at a cell's or the package's top level is Go's predeclared " + name + " to the notebook's interpreter, which cannot compile it"
			}
		case *types.TypeName:
			if isType && !o.IsAlias() { // (type int32 = string runs)
				why = "a type named " + name + " at a cell's or the package's top level is Go's predeclared " + name + " to the notebook's interpreter, which cannot compile it"
			}
		}
		if why != "" {
			at, msg = id.Pos(), why+"; rename it (inside a func the name works)"
		}
	}
	if at.IsValid() {
		l.refuse(at, msg)
	}
}

// exactConversion gives a constant string converted to a byte or rune
// slice ([]byte("HD")) the capacity of its length, as the compiler
// allocates it, where the interpreter's run-time conversion rounds it up
// to a size class: appending to it twice then shared one array (HDd HDd
// where Go prints HDc HDd).
//
//	[]byte("HD")  ->  ([]byte("HD"))[:2:2]
func (l *lowerer) exactConversion(e *ast.CallExpr) {
	tv, ok := l.c.info.Types[e.Fun]
	if !ok || !tv.IsType() || len(e.Args) != 1 {
		return
	}
	arg := l.c.info.Types[e.Args[0]]
	if arg.Value == nil || arg.Value.Kind() != constant.String {
		return
	}
	sl, ok := tv.Type.Underlying().(*types.Slice)
	if !ok {
		return
	}
	b, ok := sl.Elem().Underlying().(*types.Basic)
	if !ok {
		return
	}
	n := 0
	switch b.Kind() {
	case types.Byte:
		n = len(constant.StringVal(arg.Value))
	case types.Rune:
		n = utf8.RuneCountInString(constant.StringVal(arg.Value))
	default:
		return
	}
	// (Inside the wrappers an enclosing call put around the operand
	// already: fmt.Println([]Nuc("AC")) wraps it in its Args.)
	l.ed.insert(l.off(e.Pos()), "(")
	l.ed.insertOuter(l.off(e.End()), ")[:"+strconv.Itoa(n)+":"+strconv.Itoa(n)+"]")
}
