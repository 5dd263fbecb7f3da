package frontend

import (
	"go/ast"
	"go/types"
	"sort"
)

// A cell may name its own variables as Go's predeclared identifiers
// (len := len(s); old, new := "a", "b"; func stats() (min, max int)),
// which Go allows. The lowered code calls builtins by name (len, cap,
// append, panic, new, ...) and names types (int, bool, error) where the
// cell's variables are in scope, and would get the variable instead: a
// cell indexing a slice after `len := 3` failed with "too many
// arguments". So the cell's text is checked and lowered again with each
// such variable or constant renamed to a name of the same length that
// no code of the check uses, which keeps every position, and so every
// line, column and site, as it was:
//
//	len := len(s); last := xs[len-1]  ->  _l0 := len(s); last := xs[_l0-1]
//
// Only names local to a func are renamed: the variables of a cell's top
// level are the session's, which later cells name as declared.

// shadowRenamed returns the cell's text with its func-local variables
// and constants named as predeclared identifiers renamed, as above, and
// whether there were any.
func (c *checked) shadowRenamed() (string, bool) {
	top := c.cellScope()
	renames := func(obj types.Object) bool {
		switch o := obj.(type) {
		case *types.Var:
			if o.IsField() {
				return false
			}
		case *types.Const:
		default:
			return false
		}
		p := obj.Parent()
		return obj.Pkg() == c.pkg && types.Universe.Lookup(obj.Name()) != nil &&
			p != nil && p != c.pkg.Scope() && p != top && p != types.Universe
	}
	at := map[int]string{} // cell offset -> the name there
	mark := func(id *ast.Ident) {
		if off, ok := c.cellOff(id.Pos()); ok {
			at[off] = id.Name
		}
	}
	for id, obj := range c.info.Defs {
		if obj != nil && renames(obj) {
			mark(id)
		}
	}
	for id, obj := range c.info.Uses {
		if renames(obj) {
			mark(id)
		}
	}
	// The name of a type switch's variable stands for a variable of each
	// clause.
	clauses := false
	for _, obj := range c.info.Implicits {
		if _, ok := obj.(*types.Var); ok && renames(obj) {
			clauses = true
		}
	}
	ast.Inspect(c.ast, func(n ast.Node) bool {
		if !clauses {
			return false
		}
		if ts, ok := n.(*ast.TypeSwitchStmt); ok {
			if as, ok := ts.Assign.(*ast.AssignStmt); ok && len(ts.Body.List) > 0 {
				if obj := c.info.Implicits[ts.Body.List[0]]; obj != nil && renames(obj) {
					mark(as.Lhs[0].(*ast.Ident))
				}
			}
		}
		return true
	})
	if len(at) == 0 {
		return "", false
	}
	used := map[string]bool{}
	ast.Inspect(c.ast, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			used[id.Name] = true
		}
		return true
	})
	names := map[string]string{}
	offs := make([]int, 0, len(at))
	for off, name := range at {
		offs = append(offs, off)
		if _, ok := names[name]; ok {
			continue
		}
		for _, r := range "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" {
			if cand := "_" + name[:len(name)-2] + string(r); !used[cand] {
				used[cand] = true
				names[name] = cand
				break
			}
		}
	}
	sort.Ints(offs)
	text := []byte(c.plan.cell)
	for _, off := range offs {
		name := at[off]
		to, ok := names[name]
		if !ok || off+len(name) > len(text) || string(text[off:off+len(name)]) != name {
			return "", false
		}
		copy(text[off:], to)
	}
	return string(text), true
}

// loweredNames are the predeclared identifiers the lowered code uses by
// name.
var loweredNames = map[string]bool{
	"any": true, "append": true, "bool": true, "cap": true, "close": true, "complex": true,
	"error": true, "false": true, "float64": true, "int": true, "int64": true, "len": true,
	"make": true, "new": true, "nil": true, "panic": true, "recover": true, "rune": true,
	"string": true, "true": true,
}

// sessionShadows returns the names of the session's variables and
// constants (declared at a cell's top level, this one's or an earlier
// one's) that are predeclared identifiers the lowered code uses. Such a
// name hides the builtin from the code of every cell, as Go's rule for a
// package-level name would from the cells' own code, and is not renamed
// (later cells name it as declared): when a cell's lowered code then does
// not compile, the error says why (see Result.Shadows).
func (c *checked) sessionShadows() []string {
	var out []string
	for _, sc := range []*types.Scope{c.pkg.Scope(), c.cellScope()} {
		if sc == nil {
			continue
		}
		for _, name := range sc.Names() {
			if !loweredNames[name] {
				continue
			}
			switch o := sc.Lookup(name).(type) {
			case *types.Var:
				if !o.IsField() {
					out = append(out, name)
				}
			case *types.Const:
				out = append(out, name)
			}
		}
	}
	sort.Strings(out)
	return out
}
