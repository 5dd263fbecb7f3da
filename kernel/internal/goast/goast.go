// Package goast holds small helpers over go/ast shared by the cell engine
// and completion.
package goast

import "go/ast"

// BaseTypeName is the name of the type in a receiver, an embedded field or
// a type expression: T for T, *T, (T), T[P], T[K, V] and pkg.T; "" for
// anything else.
func BaseTypeName(e ast.Expr) string {
	switch x := base(e).(type) {
	case *ast.SelectorExpr:
		return x.Sel.Name
	case *ast.Ident:
		return x.Name
	}
	return ""
}

// Qualified reports whether the type expression e names a package's type
// (pkg.T, *pkg.T, pkg.T[int]).
func Qualified(e ast.Expr) bool {
	_, ok := base(e).(*ast.SelectorExpr)
	return ok
}

// base is e without the pointer, parentheses and type arguments around
// the type's name.
func base(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		default:
			return e
		}
	}
}
