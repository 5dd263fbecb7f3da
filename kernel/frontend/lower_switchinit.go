package frontend

import (
	"go/ast"
)

// The interpreter never evaluates the tag of a switch that has an init
// statement: it goes from the init statement straight to the cases, so
// `switch y := x; len(y) {` compares the cases with a zero value and no
// case matches. A name or a constant needs no evaluation and is right.
// Any other tag goes into a switch of its own, without an init statement,
// inside the default clause of the first (break, labelled break and
// fallthrough mean the same there):
//
//	switch y := x; len(y) {   ->   switch y := x; { default: switch len(y) {
//	…                              …
//	}                              }}

// switchInitTag lowers the tag of s as above.
func (l *lowerer) switchInitTag(s *ast.SwitchStmt) {
	if s.Init == nil || s.Tag == nil || l.needsNoEval(s.Tag) {
		return
	}
	l.ed.insertOuter(l.off(s.Tag.Pos()), "{ default: switch ")
	l.ed.insertClosing(l.off(s.Body.Rbrace), "}")
}
