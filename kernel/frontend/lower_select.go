package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
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
