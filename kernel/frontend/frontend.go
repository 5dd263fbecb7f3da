// Package frontend type-checks notebook cells with go/types and lowers the
// Go of today to the Go the interpreter executes.
//
// Every cell is checked, before anything runs, against the session's
// declarations at the language version of the toolchain that built the
// kernel: a cell that is not valid Go is refused with the compiler's
// message at the cell's line and column, and leaves the session as it
// was. Cell conventions stay: top-level statements, a trailing
// expression, and unused variables and imports at cell level are allowed.
//
// A checked cell is then lowered: constructs the interpreter (yaegi
// v0.16.1) lacks or gets wrong are rewritten, with the type information,
// into equivalent Go it runs correctly — range over integers and over
// funcs, per-iteration loop variables, min/max/clear, new(expr), deferred
// calls' arguments, the standard library's generic functions, the
// session's generic funcs and types (specialised per instance), printing of
// the session's own types, os.Exit, println. Lowering edits the cell's
// text in place and never moves a line, so errors and tracebacks of the
// lowered code name the cell's own lines.
package frontend

import (
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// PieceKind says what a top-level piece of a cell is.
type PieceKind int

// The kinds of pieces.
const (
	PieceImport PieceKind = iota // import declaration
	PieceDecl                    // type, const, func or method declaration
	PieceVar                     // top-level var declaration or x := ...
	PieceStmt                    // another statement
	PieceExpr                    // an expression statement
)

// Piece is a top-level piece of a cell, as the engine cut it.
type Piece struct {
	Kind       PieceKind
	Start, End int // byte offsets in the cell
	// Spec marks a var piece that is one spec of a var block, without
	// the var keyword: a cell of declarations whose vars Go initialises
	// in another order than written gives its var pieces in that order
	// (see the engine's initorder.go).
	Spec bool
}

// Decl is a declaration of the session, as the check needs it.
type Decl struct {
	// Kind is "import", "type", "const", "var", "func" or "method".
	Kind string
	// Name is the name declared (an import's name, "Recv.Method").
	Name string
	// Path is an import's path.
	Path string
	// Src is the declaration as the user wrote it (imports: unused).
	Src string
	// VarType is a var's type as Go source, packages named by Imports.
	VarType string
	// Imports maps the package names VarType uses to their paths.
	Imports map[string]string
	// Cell and Line locate the declaration (for messages).
	Cell, Line int
	// SpecOf is, for a specialised copy of a generic func (see Spec), the
	// generic's name; TypeArgs are the copy's type arguments.
	SpecOf, TypeArgs string
}

// Error is a problem found in a cell, at a 1-based line and column of
// the cell (0 when it has no position).
type Error struct {
	Line, Col int
	Msg       string
}

// Error formats the error as "line:col: msg".
func (e *Error) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	return strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col) + ": " + e.Msg
}

// Errors is what a cell that does not type-check gets: its errors in
// source order (at most ten, as the compiler reports them).
type Errors []*Error

// Error joins the errors, one per line.
func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// VarType is the type of a var a cell declares at top level.
type VarType struct {
	Type    string            // as Go source, packages named by Imports
	Imports map[string]string // package name used in Type -> import path
}

// Result is a checked and lowered cell.
type Result struct {
	// Code is the lowered cell: same lines as the cell.
	Code string
	// Vars are the types of the vars the cell declares at top level.
	Vars map[string]VarType
	// Shadows are the session's variables and constants named as
	// predeclared identifiers the lowered code uses (len, new, int):
	// they hide those from the lowered code, which may then not compile.
	Shadows []string
	// Instances are the session's generic types the cell instantiates.
	Instances []Instance
	// Specs are the copies of the session's generic funcs that the
	// lowered cell calls, to declare before it runs (see Spec).
	Specs []Spec
	// Asserts are the cell's type assertions from an interface to a
	// concrete type.
	Asserts []Assert
	// Sites are the places the lowered cell records running, for the
	// engine to tell which of several like operations of a func failed.
	Sites []Site
	// Notes are one-line messages for the cell's output (an import
	// added for an ambiguous name).
	Notes []string
	// Broken lists session declarations that no longer type-check with
	// this cell's declarations ("func callJob"), with why.
	Broken []BrokenDecl
	// edits maps positions of Code back to the cell.
	edits *editList
}

// BrokenDecl is a session declaration that a cell's new declarations
// break (a func calling one whose signature changed).
type BrokenDecl struct {
	Kind, Name string
	Cell, Line int
	Why        string
}

// OrigRange maps a byte range of Code to the cell's text.
func (r *Result) OrigRange(start, end int) (int, int) {
	if r == nil || r.edits == nil || r.edits.back == nil {
		return start, end
	}
	b := r.edits.back
	if start < 0 || end >= len(b) || start > end {
		return -1, -1
	}
	s := b[start]
	// A declaration's end maps to the end of its last byte (of the range
	// that byte's replacement stands for).
	e := s
	if end > start {
		e = max(s, r.edits.backEnd[end-1])
	}
	return s, e
}

// Column maps a 1-based column of line in Code to the cell's column.
func (r *Result) Column(line, col int) int {
	if r == nil || r.edits == nil {
		return col
	}
	return r.edits.origColumn(line, col)
}

// Config configures a Frontend.
type Config struct {
	// Importer provides the packages cells may import.
	Importer *Importer
	// GoVersion is the language version cells are checked at ("go1.26").
	GoVersion string
	// Generic reports whether the engine runs the standard library's
	// generic function name ("slices.Sort"); nil means all of them.
	Generic func(name string) bool
}

// Frontend checks and lowers cells.
type Frontend struct {
	cfg   Config
	fset  *token.FileSet
	sites atomic.Int64 // the last Site slot given
	// compiled are the compiled named types the session's code has had
	// values of, by package path and name (see compiledimpl.go).
	compiledMu sync.Mutex
	compiled   map[string]*types.Named
}

// New returns a front end.
func New(cfg Config) *Frontend {
	return &Frontend{cfg: cfg, fset: token.NewFileSet()}
}

// sizes are the platform's, for unsafe.Sizeof and constant overflow.
var sizes = types.SizesFor("gc", "amd64")
