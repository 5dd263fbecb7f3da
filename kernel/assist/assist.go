// Package assist answers a notebook front end's questions about Go code
// that is being typed: completions (Tab), inspection (Shift+Tab), the
// pager's long documentation (`fmt.Println?`) and whether a cell is
// complete (the console's Enter).
//
// It works on text that is usually unfinished. It learns about the
// session through a Scope the cell engine provides: the imports and
// top-level declarations of cells run so far, the values of global
// variables, and the compiled packages cells may import. When the Scope
// is also a TypeView (the engine's is), the text is cut at the cursor,
// its open brackets closed, and type-checked over the session by the
// front end that checks cells before they run: types, members and names
// in scope are the checker's, and nothing else guesses them. Where the
// text cannot be checked (or the Scope has no type view), completion
// offers the session's names, the packages and the predeclared names,
// and a package's members after its name; inspection finds those too.
//
// Cursor positions, and the positions returned, count Unicode code points
// from the start of the code, as the Jupyter messaging protocol (5.2 and
// later) specifies; they are not byte offsets.
//
// See docs.go for where documentation comes from.
package assist

import "reflect"

// Scope is the view of the running session that this package needs. The
// cell engine implements it. Its methods may be called while a cell runs;
// they must not block on the execution, and Value must only return values
// that are safe to read concurrently (or none).
type Scope interface {
	// Imports maps the name a cell uses for a package to its import path,
	// e.g. "mp" -> "github.com/goteach/goteach/mpkit", "fmt" -> "fmt".
	Imports() map[string]string
	// Decls returns the session's top-level declarations, in order.
	Decls() []Decl
	// Value returns the current value of a global variable.
	Value(name string) (reflect.Value, bool)
	// Symbols returns the compiled packages importable from cells, keyed
	// as yaegi's interp.Exports: "path/name", e.g. "fmt/fmt".
	Symbols() map[string]map[string]reflect.Value
}

// Decl is one top-level declaration of the session.
type Decl struct {
	Name, Kind string // Kind: "func", "var", "const", "type"
	Signature  string // e.g. "func job(a, d int)", "var q *mp.Queue", "type T struct{...}"
	Doc        string // doc comment, if any
	Src        string // the declaration's source
}
