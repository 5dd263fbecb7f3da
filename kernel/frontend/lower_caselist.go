package frontend

import (
	"go/ast"
)

// The interpreter evaluates only the first expression of a case list
// before testing the clause: `case x < 0, x > 9:` and `case f(), g():`
// test the first expression and a stale value for the others (names and
// constants, which need no evaluation, are right after a tag, but not in
// a switch without one). Such a list is lowered into one expression per
// case:
//
//	switch {              switch {
//	case x < 0, x > 9:    case (x < 0) || (x > 9):
//
//	switch n {            switch n {
//	case f(), g():   ->   case f(): fallthrough; case g():
//
// Both keep Go's order of evaluation, which stops at the first match.

// caseList lowers a case list of an expression switch as above.
func (l *lowerer) caseList(s *ast.SwitchStmt, cc *ast.CaseClause) {
	if len(cc.List) < 2 {
		return
	}
	stale := s.Tag == nil // even `case false, true:` there
	for _, e := range cc.List[1:] {
		if !l.needsNoEval(e) {
			stale = true
		}
	}
	if !stale {
		return
	}
	if s.Tag == nil {
		l.ed.insert(l.off(cc.List[0].Pos()), "(")
		for i, e := range cc.List[1:] {
			l.ed.replace(l.off(cc.List[i].End()), l.off(e.Pos()), ") || (")
		}
		l.ed.insert(l.off(cc.List[len(cc.List)-1].End()), ")")
		return
	}
	for i, e := range cc.List[1:] {
		l.ed.replace(l.off(cc.List[i].End()), l.off(e.Pos()), ": fallthrough; case ")
	}
}

// needsNoEval reports whether the interpreter has e's value without
// running code for it: a constant or a name.
func (l *lowerer) needsNoEval(e ast.Expr) bool {
	if tv, ok := l.c.info.Types[e]; ok && tv.Value != nil {
		return true
	}
	_, ok := ast.Unparen(e).(*ast.Ident)
	return ok
}

// caseConsts converts the constant cases of an expression switch made
// of untyped constants to the tag's type when it is not their default
// type (lower_consts.go): the interpreter compared them as their
// default type, so that `case 3:` matched a float64 tag holding 3.7,
// `case 0.1:` missed a float32 tag holding 0.1.
//
//	switch f { case 0.1:  ->  switch f { case float32(0.1):
func (l *lowerer) caseConsts(s *ast.SwitchStmt) {
	if s.Tag == nil {
		return
	}
	for _, cc := range s.Body.List {
		for _, e := range cc.(*ast.CaseClause).List {
			l.typedConst(e)
		}
	}
}
