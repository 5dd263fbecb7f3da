// Package goast holds small helpers over go/ast shared by the cell engine
// and completion.
package goast

import "go/ast"

// BaseTypeName is the name of the type in a receiver, an embedded field or
// a type expression: T for T, *T, (T), T[P], T[K, V] and pkg.T; "" for
// anything else.
func BaseTypeName(e ast.Expr) string {
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
		case *ast.SelectorExpr:
			return x.Sel.Name
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
