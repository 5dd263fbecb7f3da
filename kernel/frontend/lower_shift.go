package frontend

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
)

// The interpreter shifts by a negative count of a signed type as by a
// huge one (1 << s with s == -1 is 0) where Go panics with the run-time
// error "negative shift amount". Such a count goes through the engine's
// ShiftCount, which panics as Go does and gives the count back,
// unsigned:
//
//	x << s   ->  x << __gt.ShiftCount(int64(s))
//	x >>= s  ->  x >>= __gt.ShiftCount(int64(s))
//
// A count that cannot be negative is left as written, which keeps hot
// loops fast: a constant, an unsigned one, len or cap of something, the
// key of a range over a sequence, a loop's counter counting up from a
// constant that is not negative, or down while it is not.

// checkedCount reports whether y, the count of a shift (the operator
// op), may be negative, as above.
func (l *lowerer) checkedCount(op token.Token, y ast.Expr) bool {
	switch op {
	case token.SHL, token.SHR, token.SHL_ASSIGN, token.SHR_ASSIGN:
	default:
		return false
	}
	tv := l.c.info.Types[y]
	if tv.Type == nil || tv.Value != nil {
		return false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsUnsigned != 0 || b.Info()&types.IsInteger == 0 {
		return false // (a type parameter's type set may hold both kinds)
	}
	return !l.nonNegative(y)
}

// shiftCount walks y, a count checkedCount reports of the shift op (an
// expression or an assignment), and lowers it as above. The check
// records that the shift ran (its site, kind "shift"): a traceback names
// the one that failed among a func's shifts.
func (l *lowerer) shiftCount(op ast.Node, y ast.Expr, st *state) {
	// The edits the enclosing expressions made at y's ends stay outside
	// the call (inserted before, they would go inside it).
	n := len(l.ed.edits)
	l.expr(y, st)
	start, end := l.off(y.Pos()), l.off(y.End())
	text := l.ed.takeSince(l.c.plan.cell, n, start, end)
	id := 0
	if l.c.nextSite != nil {
		id = l.c.nextSite()
		l.c.sites = append(l.c.sites, Site{ID: id, Line: l.line(op.Pos()), Kind: "shift"})
	}
	l.ed.replace(start, end, hook+".ShiftCount("+strconv.Itoa(id)+", int64("+text+"))")
}

// nonNegative reports whether e, an integer expression, cannot be
// negative, as shiftCount sees it.
func (l *lowerer) nonNegative(e ast.Expr) bool {
	e = unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if id, ok := unparen(call.Fun).(*ast.Ident); ok {
			if b, ok := l.c.info.Uses[id].(*types.Builtin); ok && (b.Name() == "len" || b.Name() == "cap") {
				return true
			}
		}
		return false
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	obj := l.c.info.Uses[id]
	switch s := l.loopFacts()[obj].(type) {
	case *ast.RangeStmt:
		if !l.assigned(obj, s.Body) {
			switch l.c.info.Types[s.X].Type.Underlying().(type) {
			case *types.Basic, *types.Slice, *types.Array, *types.Pointer:
				return true // a string's, an int's or a sequence's index
			}
		}
	case *ast.ForStmt:
		return l.countsWithin(s, obj)
	}
	return false
}

// countsWithin reports whether the for statement s keeps its counter
// obj from being negative: it starts at a constant that is not negative
// and counts up, or counts down while it is not negative.
func (l *lowerer) countsWithin(s *ast.ForStmt, obj types.Object) bool {
	as := s.Init.(*ast.AssignStmt)
	if len(as.Rhs) != 1 || l.assigned(obj, s.Body) {
		return false
	}
	inc, ok := s.Post.(*ast.IncDecStmt)
	if !ok {
		return false
	}
	if id, ok := inc.X.(*ast.Ident); !ok || l.c.info.Uses[id] != obj {
		return false
	}
	atLeast := func(e ast.Expr, min int64) bool {
		v := l.c.info.Types[e].Value
		if v == nil {
			return false
		}
		n, exact := constant.Int64Val(constant.ToInt(v))
		return exact && n >= min
	}
	if inc.Tok == token.INC {
		return atLeast(as.Rhs[0], 0)
	}
	cond, ok := s.Cond.(*ast.BinaryExpr)
	if !ok {
		return false
	}
	if id, ok := unparen(cond.X).(*ast.Ident); !ok || l.c.info.Uses[id] != obj {
		return false
	}
	switch cond.Op {
	case token.GEQ:
		return atLeast(cond.Y, 0)
	case token.GTR:
		return atLeast(cond.Y, -1)
	}
	return false
}
