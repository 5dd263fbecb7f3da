package frontend

import (
	"go/ast"
	"go/types"
	"strconv"
)

// SelfCallKind is the Kind of the Site of a statement calling the func it
// is in (see selfCallMarks).
const SelfCallKind = "self call"

// CallSlots is the size of the engine's stack of self calls (see
// selfCallMarks): deeper calls are not recorded.
const CallSlots = 1 << 12

// selfCallMarks marks the statements that call the func they are in, in
// each func of the cell that calls itself from two lines or more (a tree
// walk's left and right, a quicksort's two halves). The site marks of
// siteMarks tell only which of the lines ran last, which names the
// innermost call's line for every recursive frame. Here each call's
// statement pushes its site on a stack the engine reads after a panic,
// and pops it when the call returns; a panic leaves on it the line of
// each recursive frame, outermost first:
//
//	l := sum(n.Left)  ->  __gt.Push(7); l := sum(n.Left); __gt.Pop(7)
//
// A pop also drops what frames a recovered panic unwound left above the
// site. A call in an if statement's condition is popped first thing in
// each branch. A return statement's call is pushed and never popped: its
// frame ends with the call, and the pop of the statement that called
// the frame, or the traceback's taking the newest pushes, drops it; so
// each statement must then hold one self call. A func is left unmarked
// when one of its self calls is in any other statement (a loop's
// condition, a deferred call), as its stack would then be wrong, and so
// is a generic func.
func (l *lowerer) selfCallMarks(next func() int) []Site {
	var sites []Site
	for _, d := range l.c.decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || !l.c.inCell(fd.Pos()) || fd.Type.TypeParams != nil || fd.Recv != nil && hasRecvTypeParams(fd.Recv) {
			continue
		}
		obj, ok := l.c.info.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		anchors, ok := l.selfCallAnchors(fd.Body, obj)
		if !ok {
			continue
		}
		lines := map[int]bool{}
		returns, several := false, false
		for _, a := range anchors {
			lines[a.line] = true
			returns = returns || a.ret
			several = several || a.calls > 1
		}
		if len(lines) < 2 || returns && several {
			// (A return's push is never popped: a second call of its
			// statement, or of another, would push above what the
			// first left.)
			continue
		}
		for _, a := range anchors {
			id := next()
			sites = append(sites, Site{ID: id, Line: a.line, Kind: SelfCallKind})
			pop := hook + ".Pop(" + strconv.Itoa(id) + ")"
			l.ed.insertLead(l.off(a.stmt.Pos()), hook+".Push("+strconv.Itoa(id)+"); ")
			if a.ret {
				continue // never popped: the frame ends with its call (see above)
			}
			is, ok := a.stmt.(*ast.IfStmt)
			if !ok {
				l.ed.insertTrail(l.off(a.stmt.End()), "; "+pop)
				continue
			}
			l.ed.insert(l.off(is.Body.Lbrace)+1, " "+pop+";")
			if is.Else == nil {
				l.ed.insertTrail(l.off(is.Body.End()), " else { "+pop+" }")
			} else {
				l.ed.insert(l.off(is.Else.(*ast.BlockStmt).Lbrace)+1, " "+pop+";")
			}
		}
	}
	return sites
}

// selfCall is a statement of a func that calls the func (see
// selfCallMarks), on line.
type selfCall struct {
	stmt  ast.Stmt
	line  int
	calls int  // the self calls it holds
	ret   bool // a return statement
}

// selfCallAnchors returns the statements of body that call fn, each
// with the line of its calls; ok is false when a call of fn is
// elsewhere than in an expression statement, an assignment, a var
// declaration, a return or an if statement's init or condition (with no else if)
// of a statement list, or when one statement calls fn on two lines.
func (l *lowerer) selfCallAnchors(body *ast.BlockStmt, fn *types.Func) ([]selfCall, bool) {
	calls := func(n ast.Node) []int {
		var lines []int
		if n == nil {
			return nil
		}
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false // another func's call
			case *ast.CallExpr:
				var id *ast.Ident
				switch f := unparen(m.Fun).(type) {
				case *ast.Ident:
					id = f
				case *ast.SelectorExpr:
					id = f.Sel
				}
				if id != nil && l.c.info.Uses[id] == fn {
					lines = append(lines, l.line(m.Pos()))
				}
			}
			return true
		})
		return lines
	}
	total := len(calls(body))
	var anchors []selfCall
	found := 0
	var list func(stmts []ast.Stmt)
	list = func(stmts []ast.Stmt) {
		for _, s := range stmts {
			var own []int
			switch s := s.(type) {
			case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.ReturnStmt:
				own = calls(s)
			case *ast.IfStmt:
				if _, elseIf := s.Else.(*ast.IfStmt); !elseIf {
					own = append(calls(s.Init), calls(s.Cond)...)
				}
			}
			if len(own) > 0 {
				for _, line := range own[1:] {
					if line != own[0] {
						return // not counted: the func stays unmarked
					}
				}
				_, ret := s.(*ast.ReturnStmt)
				anchors = append(anchors, selfCall{s, own[0], len(own), ret})
				found += len(own)
			}
			ast.Inspect(s, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.BlockStmt:
					list(n.List)
					return false
				case *ast.CaseClause:
					list(n.Body)
					return false
				case *ast.CommClause:
					list(n.Body)
					return false
				}
				return true
			})
		}
	}
	list(body.List)
	return anchors, total > 0 && found == total
}
