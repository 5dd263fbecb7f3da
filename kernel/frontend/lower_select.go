package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The interpreter mishandles branches inside a select's clauses: a
// `break` nested in an if of a clause ends the whole func silently; the
// last statement of a clause is sent to the end of the select whatever
// it is, so that a `continue` there ends the select instead of starting
// the loop's next iteration (a `for { select { case v := <-ch: …;
// continue }; break }` loop stopped after one value); and a continue
// nested deeper in a clause of a loop without a condition makes the cell
// fail to compile. A goto to a label after the select is handled right,
// so every branch from a select's clause that leaves it becomes one: a
// break of the select jumps past it, and a continue or labelled break of
// a statement around it jumps past it and then says where to go next:
//
//	select {                        { var __gt_sx1 int; select {
//	case v := <-ch:            ->   case v := <-ch:
//		if v < 0 { break }              if v < 0 { goto __gt_sx1e }
//		continue                        __gt_sx1 = 1; goto __gt_sx1e
//	}                               }; __gt_sx1e: ; if __gt_sx1 == 1 { continue } }
//
// A label of the select now names the block; every break naming it is
// one of those gotos.

// selectExit collects the branches leaving a select statement.
type selectExit struct {
	name  string   // the variable saying which branch was taken
	exits []string // the dispatch after the select
	pos   token.Pos
}

// label is where the branches leaving the select go.
func (sx *selectExit) label() string { return sx.name + "e" }

// selectBranch is the text of a branch at the innermost of frames to
// frames[t], leaving the select statement of frames[r] (r >= t).
func (l *lowerer) selectBranch(frames []*frame, r, t int, tok token.Token, label string) string {
	sx := frames[r].sel
	if sx.name == "" {
		sx.name = l.name("sx")
	}
	if r == t {
		return "goto " + sx.label() // a break of the select itself
	}
	after := l.branchText(frames[:r], t, tok, label)
	if after == "" {
		after = tok.String()
		if label != "" {
			after += " " + label
		}
	}
	code := len(sx.exits) + 1
	sx.exits = append(sx.exits, fmt.Sprintf("if %s == %d { %s }", sx.name, code, after))
	return fmt.Sprintf("%s = %d; goto %s", sx.name, code, sx.label())
}

// selectGoto lowers a goto in a select's clause to a label before the
// select (or on it), which the interpreter cannot compile (it recurses
// until the stack overflows) or leaves silently: the goto leaves the
// outermost select it jumps out of as a break does, and is made after
// it. It reports whether it did.
//
//	again: select { case <-ch: goto again }  ->  again: { var __gt_sx1 int; select { case <-ch: __gt_sx1 = 1; goto __gt_sx1e }; __gt_sx1e: ; if __gt_sx1 == 1 { goto again }; }
func (l *lowerer) selectGoto(s *ast.BranchStmt, frames []*frame) bool {
	lbl, ok := l.c.info.Uses[s.Label].(*types.Label)
	if !ok {
		return false
	}
	for _, f := range frames {
		if f.sel == nil || lbl.Pos() >= f.sel.pos {
			continue
		}
		sx := f.sel
		if sx.name == "" {
			sx.name = l.name("sx")
		}
		name := s.Label.Name
		if n, ok := l.labelNames[lbl]; ok {
			name = n
		}
		code := len(sx.exits) + 1
		sx.exits = append(sx.exits, fmt.Sprintf("if %s == %d { goto %s }", sx.name, code, name))
		l.ed.replace(l.off(s.Pos()), l.off(s.End()), fmt.Sprintf("%s = %d; goto %s", sx.name, code, sx.label()))
		return true
	}
	return false
}

// selectExits writes the variable, the label and the dispatch of the
// branches leaving select statement s (see above).
func (l *lowerer) selectExits(s *ast.SelectStmt, sx *selectExit) {
	if sx.name == "" {
		return
	}
	l.ed.insert(l.off(s.Pos()), "{ var "+sx.name+" int; ")
	tail := "; " + sx.label() + ": ; "
	for _, e := range sx.exits {
		tail += e + "; "
	}
	if len(sx.exits) == 0 {
		tail += "_ = " + sx.name + "; "
	}
	l.ed.insert(l.off(s.End()), tail+"}")
}

// The interpreter evaluates a select's send operand wrongly when it is
// more than a name (case out <- s[1]: sent s[0]; case out <- id*100 + i:
// sent i), and cannot run a receive assigned to existing variables
// (case x = <-ch: panicked with "reflect.Select: invalid Dir"). The
// operands are evaluated before the select, as Go evaluates them on
// entering it, and a receive assigned is declared in the case and
// assigned first thing in its clause, when Go assigns it:
//
//	select {                         { __gt_sv1 := s[1]; select {
//	case out <- s[1]:           ->   case out <- __gt_sv1:
//	case x = <-ch:                   case __gt_rv2 := <-ch: x = __gt_rv2;
//	}                                } }
//
// A label of the select then names the block (see selectExits).

// selectOperands lowers s's send operands and assigned receives as above.
func (l *lowerer) selectOperands(s *ast.SelectStmt) {
	var pre []string
	for _, c := range s.Body.List {
		cc := c.(*ast.CommClause)
		switch comm := cc.Comm.(type) {
		case *ast.SendStmt:
			if tv := l.c.info.Types[comm.Value]; tv.Value != nil {
				// A constant: of the channel's element type (the
				// interpreter's select sends 123 as an int on a chan
				// int32).
				if ch, ok := l.c.info.Types[comm.Chan].Type.Underlying().(*types.Chan); ok {
					l.ed.insertOuter(l.off(comm.Value.Pos()), l.namer.str(ch.Elem())+"(")
					l.ed.insertClosing(l.off(comm.Value.End()), ")")
				}
				continue
			}
			switch unparen(comm.Value).(type) {
			case *ast.Ident, *ast.BasicLit:
				continue
			}
			v := l.name("sv")
			text := l.ed.take(l.c.plan.cell, l.off(comm.Value.Pos()), l.off(comm.Value.End()))
			l.ed.replace(l.off(comm.Value.Pos()), l.off(comm.Value.End()), v)
			pre = append(pre, v+" := "+text+"; ")
		case *ast.AssignStmt:
			if len(comm.Lhs) == 2 {
				// v, ok := <-r.values: the interpreter's select never
				// takes a comma-ok receive from a channel it reaches
				// through a selector or an index; it gets one of its own.
				if recv, ok := unparen(comm.Rhs[0]).(*ast.UnaryExpr); ok && recv.Op == token.ARROW {
					if _, plain := unparen(recv.X).(*ast.Ident); !plain {
						v := l.name("sc")
						text := l.ed.take(l.c.plan.cell, l.off(recv.X.Pos()), l.off(recv.X.End()))
						l.ed.replace(l.off(recv.X.Pos()), l.off(recv.X.End()), v)
						pre = append(pre, v+" := "+text+"; ")
					}
				}
			}
			if comm.Tok != token.ASSIGN {
				continue
			}
			names := make([]string, len(comm.Lhs))
			for i := range names {
				names[i] = l.name("rv")
			}
			lhs := l.ed.take(l.c.plan.cell, l.off(comm.Lhs[0].Pos()), l.off(comm.Lhs[len(comm.Lhs)-1].End()))
			l.ed.replace(l.off(comm.Lhs[0].Pos()), l.off(comm.TokPos)+1, strings.Join(names, ", ")+" :=")
			l.ed.insert(l.off(cc.Colon)+1, " "+lhs+" = "+strings.Join(names, ", ")+";")
		}
	}
	if len(pre) == 0 {
		return
	}
	l.ed.insertOuter(l.off(s.Pos()), "{ "+strings.Join(pre, ""))
	l.ed.insert(l.off(s.End()), " }")
}
