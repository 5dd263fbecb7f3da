package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// A cell of declarations only (a whole program: package clause,
// imports, types, funcs and vars) initialises its vars as Go initialises
// a package's: a var once those its initialiser refers to are, directly
// or through the cell's funcs and methods, otherwise in the order
// written. The Go spec's example
//
//	var (
//		a = c + b  // == 9
//		b = f()    // == 4
//		c = f()    // == 5
//		d = 3      // == 5 after initialization has finished
//	)
//	func f() int { d++; return d }
//
// runs d, b, c, a. The interpreter orders a unit's vars by the vars
// their initialisers name, not through funcs, and each var piece of a
// cell is a unit of its own, compiled in turn; so when Go's order is not
// the written one, the cell's var pieces are put in Go's order, each
// spec of a var block that must move on its own (a spec piece: its text
// lacks the var keyword, which the front end and the unit add). A cell
// with statements runs its vars where they stand, as statements.

// initOrder returns pieces with the var pieces of a cell of
// declarations in Go's initialisation order; pieces itself when that is
// the written order or the cell has statements.
func initOrder(code string, pieces []*piece) []*piece {
	var vars []*piece // specs, in the order written
	split := map[*piece][]*piece{}
	for _, pc := range pieces {
		switch {
		case pc.kind == pkImport || pc.kind.isDecl():
		case pc.kind == pkVar && pc.decl != nil:
			specs := varSpecs(code, pc)
			if specs == nil {
				return pieces
			}
			split[pc] = specs
			vars = append(vars, specs...)
		default:
			return pieces // a statement
		}
	}
	if len(vars) < 2 {
		return pieces
	}
	order := goInitOrder(vars, pieces)
	same := true
	for i := range order {
		same = same && order[i] == vars[i]
	}
	if same {
		return pieces
	}
	out := make([]*piece, 0, len(pieces)+len(vars))
	placed := false
	for _, pc := range pieces {
		if _, ok := split[pc]; !ok {
			out = append(out, pc)
			continue
		}
		if !placed {
			out = append(out, order...)
			placed = true
		}
	}
	return out
}

// varSpecs returns the specs of a var piece as pieces of their own (the
// piece itself when it has one spec); nil when it cannot be parsed
// again.
func varSpecs(code string, pc *piece) []*piece {
	gd, ok := pc.decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR {
		return nil
	}
	if len(gd.Specs) == 1 {
		return []*piece{pc}
	}
	// Parsed as parsePiece parses a declaration, for the specs' offsets.
	lineStart := strings.LastIndexByte(code[:pc.docStart], '\n') + 1
	const header = "package main\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", header+padded(code, pc.docStart, pc.end), 0)
	if err != nil || len(f.Decls) != 1 {
		return nil
	}
	block, ok := f.Decls[0].(*ast.GenDecl)
	if !ok || len(block.Specs) != len(gd.Specs) {
		return nil
	}
	off := func(p token.Pos) int { return lineStart + fset.Position(p).Offset - len(header) }
	var out []*piece
	for _, s := range block.Specs {
		vs := s.(*ast.ValueSpec)
		start := off(vs.Pos())
		if vs.Doc != nil {
			start = off(vs.Names[0].Pos())
		}
		sp := &piece{kind: pkVar, start: start, end: off(vs.End()), docStart: start, spec: true,
			decl: &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{vs}}}
		sp.line, sp.col = lineCol(code, start)
		sp.names = declaredNames(sp)
		sp.uses, sp.sels = references(sp)
		out = append(out, sp)
	}
	return out
}

// goInitOrder orders vars (var pieces of one spec each, in the order
// written) as Go initialises package vars: repeatedly the earliest one
// whose dependencies are initialised. A var depends on the vars its
// initialiser refers to, directly or through the funcs and methods of
// the cell's other pieces. Vars in a cycle keep the written order.
func goInitOrder(vars, pieces []*piece) []*piece {
	varOf := map[string]*piece{}
	for _, v := range vars {
		for _, n := range v.names {
			varOf[n] = v
		}
	}
	funcs := map[string]*piece{}         // by name
	methods := map[string][]*piece{}     // by method name
	typeMethods := map[string][]*piece{} // by receiver type name
	for _, pc := range pieces {
		if pc.kind != pkFunc {
			continue
		}
		for _, n := range pc.names {
			if i := strings.LastIndexByte(n, '.'); i >= 0 {
				methods[n[i+1:]] = append(methods[n[i+1:]], pc)
				typeMethods[n[:i]] = append(typeMethods[n[:i]], pc)
			} else {
				funcs[n] = pc
			}
		}
	}
	typeNames := map[string]bool{}
	for _, pc := range pieces {
		if pc.kind == pkType {
			for _, n := range pc.names {
				typeNames[n] = true
			}
		}
	}
	deps := map[*piece]map[*piece]bool{}
	for _, v := range vars {
		d := map[*piece]bool{}
		seen := map[*piece]bool{}
		var walk func(pc *piece)
		walk = func(pc *piece) {
			if seen[pc] {
				return
			}
			seen[pc] = true
			for u := range pc.uses {
				if w := varOf[u]; w != nil && w != v {
					d[w] = true
				}
				if fn := funcs[u]; fn != nil {
					walk(fn)
				}
				// A func's types' methods too: a func that makes a
				// type an interface value (Command(counter(0))) is
				// compiled after them, and so after the vars they use;
				// so is a var that may, when its initialiser calls
				// nothing (var _ Getter = (*impl)(nil), var shapes =
				// []Shape{Circle{1}}). (Go counts no such reference;
				// the order differs from Go's only where both
				// initialisers have effects.)
				if pc.kind == pkFunc || pc == v && !callsAny(v, typeNames) {
					for _, m := range typeMethods[u] {
						walk(m)
					}
				}
			}
			for s := range pc.sels {
				for _, m := range methods[s] {
					walk(m)
				}
			}
		}
		walk(v)
		deps[v] = d
	}
	done := map[*piece]bool{}
	var order []*piece
	for len(order) < len(vars) {
		next := (*piece)(nil)
		for _, v := range vars {
			if done[v] {
				continue
			}
			ready := true
			for w := range deps[v] {
				ready = ready && done[w]
			}
			if ready {
				next = v
				break
			}
		}
		if next == nil {
			for _, v := range vars { // a cycle: the rest as written
				if !done[v] {
					order = append(order, v)
					done[v] = true
				}
			}
			break
		}
		order = append(order, next)
		done[next] = true
	}
	return order
}

// callsAny reports whether the initialiser of v, a var piece of lowered
// code, may call a func: it has a call that is no conversion to a type
// written as a type literal, in parentheses, or by the name of a type of
// typeNames or a predeclared one, nor a call of a func literal or the
// hook's that calls no other.
func callsAny(v *piece, typeNames map[string]bool) bool {
	found := false
	ast.Inspect(v.decl, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.StarExpr, *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType, *ast.StructType:
		case *ast.FuncLit:
			// (The front end's conversions are literals called at
			// once; what they call is looked at inside.)
		case *ast.SelectorExpr:
			// (So are the hook's, which convert and mark.)
			x, ok := fun.X.(*ast.Ident)
			found = !ok || x.Name != hookAlias
		case *ast.Ident:
			found = !typeNames[fun.Name] && !isPredeclaredType(fun.Name)
		default:
			found = true
		}
		return !found
	})
	return found
}

// isPredeclaredType reports whether name is one of Go's predeclared
// types.
func isPredeclaredType(name string) bool {
	switch name {
	case "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int16", "int32", "int64",
		"rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any", "comparable":
		return true
	}
	return false
}
