package compiled

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/goteach/goteach/kernel/internal/goast"
)

// checkpointPath is the package the rewritten source calls (see
// package checkpoint), imported as checkpointName.
const (
	checkpointPath = "github.com/goteach/goteach/kernel/compiled/checkpoint"
	checkpointName = "__gtck"
	stopFlag       = "__gtStop"
	pollCall       = "if " + stopFlag + ".Load() != 0 { " + checkpointName + ".Stop() }; "
)

// A decl is one declaration of a %%compile cell, as the union of every
// compiled declaration keeps it.
type decl struct {
	kind    string   // "func", "method", "type", "const"
	key     string   // the name it is replaced by: "f", "T", "T.m", or a const block's first name
	names   []string // the names it declares (a const block's every name)
	recv    string   // a method's receiver type
	src     string   // its text
	imports []string // the import specs it uses, as Go source
	bound   bool     // the session sees it (non-generic funcs and types, consts)
	sig     *sigText // a bound func's signature
}

// sigText is a func signature rewritten with a name for every parameter.
type sigText struct {
	params   []string // "p0 int"
	args     []string // "p0", or "p1..." for a variadic one
	results  string   // "(int, error)", "int" or ""
	nresults int
}

func (s *sigText) decl(name string) string {
	r := s.results
	if r != "" {
		r = " " + r
	}
	return name + "(" + strings.Join(s.params, ", ") + ")" + r
}

func (s *sigText) call(fn string) string {
	c := fn + "(" + strings.Join(s.args, ", ") + ")"
	if s.nresults > 0 {
		return "return " + c
	}
	return c
}

// cellSource is a %%compile cell as Go source: the cell's lines, line 1
// (the magic's) holding the package clause.
type cellSource struct {
	text  string
	decls []*decl
}

// parseCell reads the body of a %%compile cell (its first line blank).
// Errors are positioned at the cell's lines.
func parseCell(body string) (*cellSource, error) {
	lines := strings.Split(body, "\n")
	if len(lines) > 0 {
		lines[0] = ""
	}
	// A package clause of the user's own is dropped (kept blank).
	for i := 1; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		if f := strings.Fields(t); len(f) == 2 && f[0] == "package" {
			if f[1] != "main" {
				return nil, &cellError{line: i + 1, col: 1, msg: "a %%compile cell is part of the notebook's package main; leave out `package " + f[1] + "`"}
			}
			lines[i] = ""
		}
		break
	}
	lines[0] = "package main"
	text := strings.Join(lines, "\n")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "cell.go", text, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, parseError(err)
	}
	cs := &cellSource{text: text}
	specs := importSpecs(f, text, fset)
	for _, d := range f.Decls {
		ds, err := declsOf(fset, text, d, specs)
		if err != nil {
			return nil, err
		}
		cs.decls = append(cs.decls, ds...)
	}
	return cs, nil
}

// importSpec is one import of a file: the name the file uses and the spec.
type importSpec struct {
	name, src string
}

func importSpecs(f *ast.File, text string, fset *token.FileSet) []importSpec {
	var out []importSpec
	for _, is := range f.Imports {
		p, _ := strconv.Unquote(is.Path.Value)
		name := defaultName(p)
		src := is.Path.Value
		if is.Name != nil {
			name = is.Name.Name
			src = name + " " + src
		}
		out = append(out, importSpec{name, src})
	}
	return out
}

// defaultName is the name a package is known by when imported without
// one: the last element of its path, a major version suffix skipped.
func defaultName(p string) string {
	base := path.Base(p)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" && path.Dir(p) != "." {
		base = path.Base(path.Dir(p))
	}
	return strings.TrimPrefix(strings.TrimSuffix(base, ".go"), "go-")
}

// usedImports lists the specs whose names n mentions as package qualifiers.
func usedImports(n ast.Node, specs []importSpec) []string {
	used := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if se, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := se.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	var out []string
	for _, s := range specs {
		if used[s.name] {
			out = append(out, s.src)
		}
	}
	return out
}

func textOf(fset *token.FileSet, text string, n ast.Node) string {
	return text[fset.Position(n.Pos()).Offset:fset.Position(n.End()).Offset]
}

// declsOf splits a top-level declaration of the cell into decls.
func declsOf(fset *token.FileSet, text string, d ast.Decl, specs []importSpec) ([]*decl, error) {
	at := func(n ast.Node, msg string) error {
		p := fset.Position(n.Pos())
		return &cellError{line: p.Line, col: p.Column, msg: msg}
	}
	switch d := d.(type) {
	case *ast.FuncDecl:
		name := d.Name.Name
		src := textOf(fset, text, d)
		if d.Doc != nil {
			src = textOf(fset, text, d.Doc) + "\n" + src
		}
		if d.Recv != nil && len(d.Recv.List) == 1 {
			recv := goast.BaseTypeName(d.Recv.List[0].Type)
			return []*decl{{kind: "method", key: recv + "." + name, names: []string{recv + "." + name}, recv: recv, src: src, imports: usedImports(d, specs)}}, nil
		}
		if name == "init" || name == "main" {
			return nil, at(d.Name, "a %%compile cell cannot declare func "+name+": declare funcs for the session to call")
		}
		if name == "_" {
			return nil, nil
		}
		dc := &decl{kind: "func", key: name, names: []string{name}, src: src, imports: usedImports(d, specs)}
		if d.Type.TypeParams == nil {
			dc.bound = true
			dc.sig = signature(fset, text, d.Type)
		}
		return []*decl{dc}, nil
	case *ast.GenDecl:
		switch d.Tok {
		case token.IMPORT:
			return nil, nil
		case token.VAR:
			return nil, at(d, "a %%compile cell declares funcs, types and consts, not vars: keep the state in the session (an interpreted cell) and pass it to the compiled func as an argument")
		case token.CONST:
			dc := &decl{kind: "const", src: textOf(fset, text, d), imports: usedImports(d, specs), bound: true}
			for _, s := range d.Specs {
				for _, n := range s.(*ast.ValueSpec).Names {
					if n.Name != "_" {
						dc.names = append(dc.names, n.Name)
					}
				}
			}
			if len(dc.names) == 0 {
				return nil, nil
			}
			dc.key = dc.names[0]
			return []*decl{dc}, nil
		case token.TYPE:
			var out []*decl
			for _, s := range d.Specs {
				ts := s.(*ast.TypeSpec)
				if ts.Name.Name == "_" {
					continue
				}
				src := "type " + textOf(fset, text, ts)
				out = append(out, &decl{kind: "type", key: ts.Name.Name, names: []string{ts.Name.Name}, src: src,
					imports: usedImports(ts, specs), bound: ts.TypeParams == nil})
			}
			return out, nil
		}
	}
	return nil, nil
}

// signature rewrites ft with a name for every parameter.
func signature(fset *token.FileSet, text string, ft *ast.FuncType) *sigText {
	s := &sigText{}
	i := 0
	for _, f := range ft.Params.List {
		typ := textOf(fset, text, f.Type)
		n := len(f.Names)
		if n == 0 {
			n = 1
		}
		for j := 0; j < n; j++ {
			name := fmt.Sprintf("p%d", i)
			i++
			s.params = append(s.params, name+" "+typ)
			if strings.HasPrefix(typ, "...") {
				name += "..."
			}
			s.args = append(s.args, name)
		}
	}
	if ft.Results != nil && len(ft.Results.List) > 0 {
		var rs []string
		for _, f := range ft.Results.List {
			typ := textOf(fset, text, f.Type)
			n := len(f.Names)
			if n == 0 {
				n = 1
			}
			for j := 0; j < n; j++ {
				rs = append(rs, typ)
			}
		}
		s.nresults = len(rs)
		s.results = strings.Join(rs, ", ")
		if len(rs) > 1 {
			s.results = "(" + s.results + ")"
		}
	}
	return s
}

// union is every compiled declaration of the session, by key.
type union struct {
	decls map[string]*decl
}

// merge returns the union with the cell's declarations replacing those of
// the same names (and the methods of a type the cell declares again).
func (u *union) merge(cs *cellSource) *union {
	out := &union{decls: map[string]*decl{}}
	redeclared := map[string]bool{}
	for _, d := range cs.decls {
		for _, n := range d.names {
			redeclared[n] = true
		}
	}
	if u != nil {
		for k, d := range u.decls {
			drop := false
			for _, n := range d.names {
				drop = drop || redeclared[n]
			}
			if d.kind == "method" && redeclared[d.recv] {
				drop = true
			}
			if !drop {
				out.decls[k] = d
			}
		}
	}
	return out
}

// sorted returns the decls in key order.
func (u *union) sorted() []*decl {
	keys := make([]string, 0, len(u.decls))
	for k := range u.decls {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*decl, len(keys))
	for i, k := range keys {
		out[i] = u.decls[k]
	}
	return out
}

// without returns the union less the names the session has since declared
// itself (an interpreted redefinition wins over a compiled declaration).
func (u *union) without(gone func(name string) bool) *union {
	out := &union{decls: map[string]*decl{}}
	if u == nil {
		return out
	}
	for k, d := range u.decls {
		if d.bound && gone(d.names[0]) {
			continue
		}
		out.decls[k] = d
	}
	return out
}

// program is the generated package of one compile: the cell's file, the
// earlier declarations' file and the exports.
type program struct {
	hash    string
	files   map[string]string // file name -> source
	shifts  map[string]shifts // file name -> columns added by the checkpoints
	prevAt  []prevRange       // which earlier declaration each line of prev.go holds
	exports []string          // exported keys: "F_f", "T_T"
	bound   []*decl           // what the session binds, in order
}

type prevRange struct {
	from, to int
	d        *decl
}

// generate writes the package for the union old ⊕ cell.
func generate(old *union, cs *cellSource) (*program, *union, error) {
	u := old.merge(cs)
	prev := u.sorted()
	for _, d := range cs.decls {
		u.decls[d.key] = d
	}
	p := &program{files: map[string]string{}, shifts: map[string]shifts{}}

	// The cell's file: its own lines, then the entry points of its funcs.
	var cell strings.Builder
	cell.WriteString(strings.Replace(cs.text, "package main", "package main; import "+checkpointName+" "+strconv.Quote(checkpointPath), 1))
	cell.WriteString("\n\nvar _ = " + checkpointName + ".Poll\n")
	for _, d := range cs.decls {
		entryPoint(&cell, d)
	}
	src, sh, err := instrument("cell.go", cell.String(), true)
	if err != nil {
		return nil, nil, err
	}
	p.files["cell.go"], p.shifts["cell.go"] = src, sh

	// Earlier declarations, with the imports each uses.
	if len(prev) > 0 {
		var b strings.Builder
		b.WriteString("package main\n\nimport " + checkpointName + " " + strconv.Quote(checkpointPath) + "\n")
		seen := map[string]bool{}
		for _, d := range prev {
			for _, im := range d.imports {
				if !seen[im] {
					seen[im] = true
					b.WriteString("import " + im + "\n")
				}
			}
		}
		b.WriteString("\nvar _ = " + checkpointName + ".Poll\n")
		line := strings.Count(b.String(), "\n") + 1
		for _, d := range prev {
			b.WriteString("\n")
			line++
			n := strings.Count(d.src, "\n") + 1
			p.prevAt = append(p.prevAt, prevRange{line, line + n - 1, d})
			b.WriteString(d.src + "\n")
			line += n
			entryPoint(&b, d)
			line = strings.Count(b.String(), "\n") + 1
		}
		src, sh, err := instrument("prev.go", b.String(), false)
		if err != nil {
			return nil, nil, err
		}
		p.files["prev.go"], p.shifts["prev.go"] = src, sh
	}

	// The table the kernel looks up in the plugin.
	var ex strings.Builder
	ex.WriteString("package main\n\nimport \"sync/atomic\"\n\n// " + stopFlag + " is set while an interrupt stops compiled code.\nvar " + stopFlag + " atomic.Int32\n\n")
	ex.WriteString("// GoteachExports is what the notebook session binds.\nvar GoteachExports = map[string]any{\n\t\"" + stopFlag + "\": &" + stopFlag + ",\n")
	for _, d := range u.sorted() {
		if !d.bound {
			continue
		}
		switch d.kind {
		case "func":
			fmt.Fprintf(&ex, "\t%q: __gtF_%s,\n", "F_"+d.key, d.key)
			p.exports = append(p.exports, "F_"+d.key)
		case "type":
			fmt.Fprintf(&ex, "\t%q: (*%s)(nil),\n", "T_"+d.key, d.key)
			p.exports = append(p.exports, "T_"+d.key)
		}
		p.bound = append(p.bound, d)
	}
	ex.WriteString("}\n")
	p.files["exports.go"] = ex.String()

	h := sha256.New()
	for _, name := range []string{"cell.go", "prev.go", "exports.go"} {
		fmt.Fprintf(h, "%s\x00%s\x00", name, p.files[name])
	}
	p.hash = hex.EncodeToString(h.Sum(nil)[:8])
	return p, u, nil
}

// entryPoint writes the func the session calls for a bound func: it
// counts the call in flight for the interrupt (package checkpoint).
func entryPoint(b *strings.Builder, d *decl) {
	if d.kind != "func" || !d.bound {
		return
	}
	fmt.Fprintf(b, "\nfunc %s { %s.Enter(); defer %s.Exit(); %s }\n",
		d.sig.decl("__gtF_"+d.key), checkpointName, checkpointName, d.sig.call(d.key))
}

// binding is the session code that binds the program's declarations:
// an import of the package, aliases of its types, its consts as written,
// and a func for each of its funcs that calls the compiled one.
func (p *program) binding(importPath, alias string) string {
	var b strings.Builder
	b.WriteString("import " + alias + " " + strconv.Quote(importPath) + "\n")
	seen := map[string]bool{}
	for _, d := range p.bound {
		for _, im := range d.imports {
			if !seen[im] {
				seen[im] = true
				b.WriteString("import " + im + "\n")
			}
		}
	}
	for _, d := range p.bound {
		switch d.kind {
		case "type":
			fmt.Fprintf(&b, "type %s = %s.T_%s\n", d.key, alias, d.key)
		case "const":
			b.WriteString(d.src + "\n")
		case "func":
			fmt.Fprintf(&b, "func %s { %s }\n", d.sig.decl(d.key), d.sig.call(alias+".F_"+d.key))
		}
	}
	return b.String()
}

// An edit replaces del bytes at offset off of a file with text.
type edit struct {
	off, del int
	text     string
}

// shift is one edit as seen on its line: at the written column at, del
// columns became ins.
type shift struct{ at, del, ins int }

// shifts records, per line, the edits of the checkpoints.
type shifts map[int][]shift

// col maps a column of the rewritten line back to the written one; a
// column inside inserted text maps to where the insertion is.
func (s shifts) col(line, col int) int {
	delta := 0
	for _, e := range s[line] {
		start := e.at + delta
		if col < start {
			break
		}
		if col < start+e.ins {
			return e.at
		}
		delta += e.ins - e.del
	}
	if out := col - delta; out >= 1 {
		return out
	}
	return 1
}

// instrument adds a checkpoint at the start of every func body and loop
// body of src, or once per chunk of iterations of a counted loop (see
// chunkLoop), keeping every line where it is.
func instrument(name, src string, user bool) (string, shifts, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		if user {
			return "", nil, parseError(err)
		}
		return "", nil, fmt.Errorf("generated %s: %v", name, err)
	}
	var edits []edit
	add := func(b *ast.BlockStmt) {
		if b != nil && b.Lbrace.IsValid() {
			edits = append(edits, edit{off: fset.Position(b.Lbrace).Offset + 1, text: pollCall})
		}
	}
	var funcs []ast.Node
	labels := map[ast.Stmt]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			funcs = append(funcs, n)
		case *ast.FuncLit:
			funcs = append(funcs, n)
		case *ast.LabeledStmt:
			labels[n.Stmt] = n.Label.Name
		}
		return true
	})
	// enclosing is the innermost func holding n.
	enclosing := func(n ast.Node) ast.Node {
		var in ast.Node
		for _, fn := range funcs {
			if fn.Pos() <= n.Pos() && n.End() <= fn.End() && (in == nil || in.Pos() <= fn.Pos()) {
				in = fn
			}
		}
		return in
	}
	chunks := 0
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if !strings.HasPrefix(n.Name.Name, "__gtF_") {
				add(n.Body)
			}
		case *ast.FuncLit:
			add(n.Body)
		case *ast.ForStmt:
			if fn := enclosing(n); fn != nil {
				if ce := chunkLoop(fset, src, fn, n, labels[n], chunks+1); ce != nil {
					chunks++
					edits = append(edits, ce...)
					return true
				}
			}
			add(n.Body)
		case *ast.RangeStmt:
			add(n.Body)
		}
		return true
	})
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].off < edits[j].off })
	var b strings.Builder
	sh := shifts{}
	tf := fset.File(f.Pos())
	last := 0
	for _, e := range edits {
		b.WriteString(src[last:e.off])
		pos := tf.Position(tf.Pos(e.off))
		sh[pos.Line] = append(sh[pos.Line], shift{at: pos.Column, del: e.del, ins: len(e.text)})
		b.WriteString(e.text)
		last = e.off + e.del
	}
	b.WriteString(src[last:])
	return b.String(), sh, nil
}

// cellError is an error at a line and column of the cell.
type cellError struct {
	line, col int
	msg       string
}

func (e *cellError) Error() string { return fmt.Sprintf("%d:%d: %s", e.line, e.col, e.msg) }

func parseError(err error) error {
	var list scanner.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		p := list[0].Pos
		return &cellError{line: p.Line, col: p.Column, msg: list[0].Msg}
	}
	return err
}
