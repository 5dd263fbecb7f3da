package engine

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/scanner"
	"go/token"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/goteach/goteach/kernel/frontend"
	"github.com/traefik/yaegi/interp"
)

// Decl is one entry of a session's declaration log: a top-level import,
// type, const, var, func or method that cells declared. The log is what a
// fresh interpreter replays to reach the same declarations (see Replica).
type Decl struct {
	// Kind is "import", "type", "const", "var", "func" or "method".
	Kind string
	// Name is the declared name: for an import the name cells use, for a
	// method "Recv.Method", for a const block its first name.
	Name string
	// Names lists every name a const block declares (just Name otherwise).
	Names []string
	// Path is the import path of an import.
	Path string
	// Src is the declaration as written (for a var, the whole statement
	// that declared it, initialiser included).
	Src string
	// Type is a var's type as Go source, valid in the session ("*mp.Queue").
	Type string
	// Typed declares a var without running its initialiser: "var q *mp.Queue".
	Typed string
	// Doc is the doc comment above the declaration, if any.
	Doc string
	// Uses lists the identifiers the declaration refers to.
	Uses []string
	// Cell is the execution count of the cell that declared it; Line and
	// Col the position of Src in that cell's text.
	Cell, Line, Col int
	// CellText is the text of that cell (for tracebacks).
	CellText string `json:"-"`
	// Imports are the hidden imports (alias -> path) a var's Typed form
	// needs for types from packages the session did not import.
	Imports map[string]string
	// Orig is the declaration as the user wrote it, when Src is its
	// lowered form (see kernel/frontend); the type checker reads it.
	Orig string `json:",omitempty"`
	// CheckType is a var's type as the type checker found it, packages
	// named by CheckImports.
	CheckType    string            `json:",omitempty"`
	CheckImports map[string]string `json:",omitempty"`
	// SpecOf is, for a specialised copy of a generic func (see
	// frontend.Spec), the generic's name; TypeArgs its type arguments and
	// Label how tracebacks name it ("Map[int, string]"). Its position is
	// the generic's, whose lines it keeps.
	SpecOf   string `json:",omitempty"`
	TypeArgs string `json:",omitempty"`
	Label    string `json:",omitempty"`

	sels map[string]bool // names used after a dot (methods and fields)
}

// Signature is a one-line summary: "func job(a, d int)", "var q *mp.Queue",
// "type T struct{...}", "const N = 10".
func (d *Decl) Signature() string {
	src := withoutDoc(d.Src)
	switch d.Kind {
	case "var":
		if d.Typed != "" {
			return d.Typed
		}
	case "import":
		if defaultImportName(d.Path) == d.Name {
			return "import " + strconv.Quote(d.Path)
		}
		return "import " + d.Name + " " + strconv.Quote(d.Path)
	case "func", "method":
		if i := strings.Index(src, "{"); i >= 0 && strings.HasPrefix(src, "func") {
			return strings.TrimSpace(src[:i])
		}
	}
	first := strings.TrimSpace(strings.SplitN(src, "\n", 2)[0])
	if strings.Contains(src, "\n") && strings.HasSuffix(first, "{") {
		first += "...}"
	} else if strings.HasSuffix(first, "(") {
		first += "...)"
	}
	return first
}

// withoutDoc is a declaration's source without the comment lines above
// it.
func withoutDoc(src string) string {
	src = strings.TrimSpace(src)
	for strings.HasPrefix(src, "//") {
		_, rest, ok := strings.Cut(src, "\n")
		if !ok {
			return ""
		}
		src = strings.TrimSpace(rest)
	}
	return src
}

func (d *Decl) clone() *Decl {
	c := *d
	c.Names = append([]string(nil), d.Names...)
	c.Uses = append([]string(nil), d.Uses...)
	return &c
}

// usesName reports whether the declaration refers to name (for a method
// name "T.M", whether it uses M after a dot).
func (d *Decl) usesName(name string) bool {
	if i := strings.IndexByte(name, '.'); i >= 0 {
		return d.sels[name[i+1:]]
	}
	for _, u := range d.Uses {
		if u == name {
			return true
		}
	}
	return false
}

// hasCode reports whether the declaration is code that other code is
// compiled against (funcs and methods bind the names they use).
func (d *Decl) hasCode() bool {
	return d.Kind == "func" || d.Kind == "method" || d.Kind == "const" || d.Kind == "type"
}

// declLog is an ordered declaration log with one entry per name.
type declLog struct {
	list []*Decl
}

func (l *declLog) clone() *declLog {
	c := &declLog{list: make([]*Decl, len(l.list))}
	copy(c.list, l.list)
	return c
}

// lookup returns the entry declaring name.
func (l *declLog) lookup(kind, name string) *Decl {
	for _, d := range l.list {
		if kind == "import" {
			if d.Kind == "import" && d.Name == name {
				return d
			}
			continue
		}
		if d.Kind == "import" {
			continue
		}
		if d.Name == name {
			return d
		}
		for _, n := range d.Names {
			if n == name {
				return d
			}
		}
	}
	return nil
}

// remove drops the entry of kind declaring name, if any.
func (l *declLog) remove(kind, name string) {
	for i, d := range l.list {
		if d.Kind == kind && d.Name == name {
			l.list = append(l.list[:i], l.list[i+1:]...)
			return
		}
	}
}

// put adds d, replacing in place the entries that declared its names. A
// const block that shares only some names keeps the others (the shared
// ones become _).
func (l *declLog) put(d *Decl) {
	names := d.Names
	if len(names) == 0 {
		names = []string{d.Name}
	}
	placed := false
	out := l.list[:0:0]
	for _, old := range l.list {
		if (old.Kind == "import") != (d.Kind == "import") {
			out = append(out, old)
			continue
		}
		if d.Kind == "import" && d.Name == "_" {
			if old.Name == "_" && old.Path == d.Path && !placed {
				out = append(out, d)
				placed = true
				continue
			}
			out = append(out, old)
			continue
		}
		shared := false
		oldNames := old.Names
		if len(oldNames) == 0 {
			oldNames = []string{old.Name}
		}
		for _, n := range names {
			for _, o := range oldNames {
				if n == o {
					shared = true
				}
			}
		}
		if !shared {
			out = append(out, old)
			continue
		}
		if old.Kind == "const" && len(oldNames) > 1 && !sameSet(oldNames, names) {
			out = append(out, blankConstNames(old, names))
			continue
		}
		if !placed {
			out = append(out, d)
			placed = true
		}
	}
	if !placed {
		out = append(out, d)
	}
	l.list = out
	if d.Kind == "method" && !frontend.IsTwinCaller(d.Src) {
		// A method that no longer calls its twin leaves none behind.
		l.remove("func", frontend.TwinName(d.Name))
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		if !m[x] {
			return false
		}
	}
	return true
}

// blankConstNames returns a copy of a const block entry whose names in
// drop are replaced by _, keeping iota and implicit repetition intact.
func blankConstNames(old *Decl, drop []string) *Decl {
	c := old.clone()
	var keep []string
	for _, n := range c.Names {
		dropped := false
		for _, d := range drop {
			if n == d {
				dropped = true
				c.Src = regexp.MustCompile(`\b`+regexp.QuoteMeta(n)+`\b`).ReplaceAllStringFunc(c.Src, func(string) string {
					return "_" + strings.Repeat(" ", len(n)-1)
				})
			}
		}
		if !dropped {
			keep = append(keep, n)
		}
	}
	c.Names = keep
	if len(keep) > 0 {
		c.Name = keep[0]
	}
	return c
}

// imports returns the name -> path map of the log's imports.
func (l *declLog) imports() map[string]string {
	m := map[string]string{}
	for _, d := range l.list {
		if d.Kind == "import" && d.Name != "_" && d.Name != "." {
			m[d.Name] = d.Path
		}
	}
	return m
}

// lineOrigin says where a line of generated source comes from.
type lineOrigin struct {
	cell     int    // execution count (0: generated)
	line     int    // line in that cell
	cellText string // the cell's text
}

// srcBuilder assembles generated source from cell text, remembering for
// each line where it came from.
type srcBuilder struct {
	b     strings.Builder
	lines []lineOrigin
}

// synth adds generated lines.
func (s *srcBuilder) synth(text string) {
	for _, l := range strings.Split(text, "\n") {
		s.b.WriteString(l)
		s.b.WriteByte('\n')
		s.lines = append(s.lines, lineOrigin{})
	}
}

// text adds text that starts at line, col of a cell, padded so that its
// columns are those of the cell. The text ends with a newline.
func (s *srcBuilder) text(t string, cell, line, col int, cellText string) {
	if col > 1 {
		s.b.WriteString(strings.Repeat(" ", col-1))
	}
	parts := strings.Split(t, "\n")
	for i, l := range parts {
		s.b.WriteString(l)
		s.b.WriteByte('\n')
		s.lines = append(s.lines, lineOrigin{cell, line + i, cellText})
	}
}

// String returns the source built so far.
func (s *srcBuilder) String() string { return s.b.String() }

// origin maps a 1-based line of the built source.
func (s *srcBuilder) origin(line int) lineOrigin {
	if line < 1 || line > len(s.lines) {
		return lineOrigin{}
	}
	return s.lines[line-1]
}

// evalSrc is the source a declaration is compiled from: func main is
// renamed so that the interpreter does not run it on every evaluation.
// Goroutines it starts recover from panics (protectGo) when protect is
// true.
func evalSrc(kind, name, src string, protect bool) string {
	if kind == "func" && name == "main" {
		src = renameMain(src)
	}
	if protect && (kind == "func" || kind == "method") {
		src = protectGo(src, true)
	}
	return src
}

// renameMain renames the func main that src declares: the name after
// its first func keyword (not a "func main() {" line of a raw string in
// its body, which is the program's text).
func renameMain(src string) string {
	var sc scanner.Scanner
	fset := token.NewFileSet()
	sc.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	afterFunc := false
	for {
		pos, tok, lit := sc.Scan()
		switch {
		case tok == token.EOF:
			return src
		case afterFunc && tok == token.IDENT && lit == "main":
			off := fset.Position(pos).Offset
			return src[:off] + hookAlias + "_main" + src[off+len("main"):]
		case afterFunc:
			return src
		}
		afterFunc = tok == token.FUNC
	}
}

// replaySource is one file that declares everything in the log: imports,
// types, consts, funcs and methods as written, vars in their typed form.
func replaySource(log []*Decl, extraImports map[string]string, protect bool) *srcBuilder {
	sb := &srcBuilder{}
	sb.synth("package main")
	var imps []string
	for _, d := range log {
		if d.Kind == "import" {
			imps = append(imps, d.Name+" "+strconv.Quote(d.Path))
		}
	}
	for alias, path := range extraImports {
		imps = append(imps, alias+" "+strconv.Quote(path))
	}
	sort.Strings(imps)
	for _, imp := range imps {
		sb.synth("import " + imp)
	}
	for _, d := range log {
		switch d.Kind {
		case "import", "var":
		default:
			sb.text(evalSrc(d.Kind, d.Name, d.Src, protect), d.Cell, d.Line, d.Col, d.CellText)
		}
	}
	for _, d := range log {
		if d.Kind == "var" && d.Typed != "" {
			sb.synth(d.Typed)
		}
	}
	return sb
}

// replay declares log into a fresh interpreter (built by newInterpreter)
// and sets the vars from values; it returns warnings about values that
// could not be kept.
func replay(it *interp.Interpreter, log []*Decl, values func(name string) (reflect.Value, bool)) (warnings []string, err error) {
	extra := map[string]string{}
	for _, d := range log {
		if d.Kind == "var" && d.Typed == "" {
			warnings = append(warnings, fmt.Sprintf("%s is no longer declared: its type could not be written down", d.Name))
		}
	}
	for _, d := range log {
		if d.Kind == "var" {
			for alias, path := range d.Imports {
				extra[alias] = path
			}
		}
	}
	sb := replaySource(log, extra, true)
	prog, err := it.Compile(sb.String())
	if err != nil {
		// Retry without the goroutine protection, in case the rewrite is
		// what the interpreter rejects.
		if plain := replaySource(log, extra, false); plain.String() != sb.String() {
			if prog2, err2 := it.Compile(plain.String()); err2 == nil {
				prog, err = prog2, nil
			}
		}
	}
	if err != nil {
		return nil, mapCompileError(err, sb)
	}
	if _, err := it.Execute(prog); err != nil {
		return nil, err
	}
	if values == nil {
		return warnings, nil
	}
	globals := it.Globals()
	for _, d := range log {
		if d.Kind != "var" || d.Typed == "" {
			continue
		}
		dst, ok := globals[d.Name]
		if !ok {
			continue
		}
		src, ok := values(d.Name)
		if !ok || !src.IsValid() {
			continue
		}
		if !assignValue(dst, src) {
			warnings = append(warnings, fmt.Sprintf("%s was reset to its zero value: its type changed from %s to %s", d.Name, src.Type(), dst.Type()))
		}
	}
	return warnings, nil
}

// assignValue sets dst (settable) from src: directly when the types are
// the same, else converting structs field by field (by name), and
// slices, arrays, maps and pointers element by element. It reports false
// when it had to leave dst at its zero value.
func assignValue(dst, src reflect.Value) bool {
	if !src.IsValid() {
		return true
	}
	dt, st := dst.Type(), src.Type()
	if st == dt || st.AssignableTo(dt) {
		dst.Set(src)
		return true
	}
	if src.Kind() == reflect.Interface && !src.IsNil() && dst.Kind() != reflect.Interface {
		return assignValue(dst, src.Elem())
	}
	if st.Kind() == dt.Kind() {
		switch dt.Kind() {
		case reflect.Struct:
			for i := 0; i < dt.NumField(); i++ {
				f := dt.Field(i)
				sf := src.FieldByName(f.Name)
				df := dst.Field(i)
				if sf.IsValid() && df.CanSet() && sf.CanInterface() {
					assignValue(df, sf)
				}
			}
			return true
		case reflect.Pointer:
			if src.IsNil() {
				return true
			}
			p := reflect.New(dt.Elem())
			if !assignValue(p.Elem(), src.Elem()) {
				return false
			}
			dst.Set(p)
			return true
		case reflect.Slice:
			if src.IsNil() {
				return true
			}
			s := reflect.MakeSlice(dt, src.Len(), src.Len())
			for i := 0; i < src.Len(); i++ {
				if !assignValue(s.Index(i), src.Index(i)) {
					return false
				}
			}
			dst.Set(s)
			return true
		case reflect.Array:
			for i := 0; i < src.Len() && i < dst.Len(); i++ {
				if !assignValue(dst.Index(i), src.Index(i)) {
					return false
				}
			}
			return true
		case reflect.Map:
			if src.IsNil() {
				return true
			}
			m := reflect.MakeMapWithSize(dt, src.Len())
			it := src.MapRange()
			for it.Next() {
				k := reflect.New(dt.Key()).Elem()
				v := reflect.New(dt.Elem()).Elem()
				if !assignValue(k, it.Key()) || !assignValue(v, it.Value()) {
					return false
				}
				m.SetMapIndex(k, v)
			}
			dst.Set(m)
			return true
		default:
			if st.ConvertibleTo(dt) {
				dst.Set(src.Convert(dt))
				return true
			}
		}
	}
	return false
}

// symbolType returns the type of a global of the interpreter's main
// package as yaegi writes it ("main.T", "*mpkit.Queue", "[]int"), read
// from the interpreter's scope. It returns false when the name is not a
// global or the interpreter's layout is not the expected one.
func symbolType(it *interp.Interpreter, name string) (typ string, ok bool) {
	defer func() {
		if recover() != nil {
			typ, ok = "", false
		}
	}()
	sc := reflect.ValueOf(it).Elem().FieldByName("scopes")
	if !sc.IsValid() || sc.Kind() != reflect.Map {
		return "", false
	}
	s := sc.MapIndex(reflect.ValueOf("main"))
	if !s.IsValid() || s.IsNil() {
		return "", false
	}
	syms := s.Elem().FieldByName("sym")
	if !syms.IsValid() || syms.Kind() != reflect.Map {
		return "", false
	}
	sym := syms.MapIndex(reflect.ValueOf(name))
	if !sym.IsValid() || sym.IsNil() {
		return "", false
	}
	t := sym.Elem().FieldByName("typ")
	if !t.IsValid() || t.IsNil() {
		return "", false
	}
	str := t.Elem().FieldByName("str")
	if !str.IsValid() || str.Kind() != reflect.String {
		return "", false
	}
	return str.String(), true
}

// untypedDefaults maps yaegi's untyped kinds to the type a variable gets.
var untypedDefaults = map[string]string{
	"untyped int":     "int",
	"untyped float":   "float64",
	"untyped rune":    "rune",
	"untyped string":  "string",
	"untyped bool":    "bool",
	"untyped complex": "complex128",
}

// goType rewrites a type as yaegi writes it into Go source valid in a
// session whose imports are imports (name -> path): "main.T" becomes "T"
// and a compiled package's name becomes the name the session imports it
// as, or a hidden alias (__gt_name) listed in hidden (alias -> path).
// pkgPaths maps package names to the import paths cells can import.
func goType(yt string, imports map[string]string, pkgPaths map[string][]string) (typ string, hidden map[string]string, ok bool) {
	if d, isUntyped := untypedDefaults[yt]; isUntyped {
		return d, nil, true
	}
	expr, err := parser.ParseExpr(yt)
	if err != nil {
		return "", nil, false
	}
	byPath := map[string]string{}
	for name, path := range imports {
		byPath[path] = name
	}
	ok = true
	ast.Inspect(expr, func(n ast.Node) bool {
		sel, isSel := n.(*ast.SelectorExpr)
		if !isSel {
			return true
		}
		pkg, isIdent := sel.X.(*ast.Ident)
		if !isIdent {
			return true
		}
		if pkg.Name == "main" {
			pkg.Name = "\x00"
			return false
		}
		chosen := ""
		for _, p := range pkgPaths[pkg.Name] {
			if name, imported := byPath[p]; imported {
				pkg.Name = name
				return false
			}
			if chosen == "" {
				chosen = p
			}
		}
		if chosen == "" {
			ok = false
			return false
		}
		if hidden == nil {
			hidden = map[string]string{}
		}
		pkg.Name = hookAlias + "_" + pkg.Name
		hidden[pkg.Name] = chosen
		return false
	})
	if !ok {
		return "", nil, false
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, token.NewFileSet(), expr); err != nil {
		return "", nil, false
	}
	return strings.ReplaceAll(buf.String(), "\x00.", ""), hidden, true
}
