// Package godoc extracts the documentation of one Go package from its
// source directory into a compact, serialisable form: the package comment
// and, for every exported name, its declaration (without bodies) and its
// doc comment.
//
// The kernel uses it at run time for the standard library (read from
// GOROOT) and, through a generated table, for this module's own packages.
package godoc

import (
	"bytes"
	"fmt"
	"github.com/goteach/goteach/kernel/internal/goast"
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Package is the documentation of one package.
type Package struct {
	Path string // import path
	Name string // package clause name
	Doc  string // package comment
	// Index lists the exported top-level keys in the order `go doc` shows
	// them: constants, variables, functions, then each type followed by
	// its constructors and methods.
	Index []string
	// Syms maps a key to its symbol. Keys are "Name" for top-level names
	// and "Type.Name" for methods and struct fields.
	Syms map[string]*Symbol
}

// Symbol is the documentation of one exported name.
type Symbol struct {
	Kind string // "const", "var", "func", "type", "method" or "field"
	Decl string // the declaration as source, without function bodies
	Doc  string `json:",omitempty"` // the doc comment, without comment markers
	// Type is, for a method or field, the type it belongs to; for a
	// function, the type it constructs when go/doc groups it with one.
	Type string `json:",omitempty"`
	// Members lists, for a type, the keys of its constructors, methods
	// and exported fields.
	Members []string `json:",omitempty"`
	// File, Start and End locate the declaration in its source file
	// (byte offsets), when it was read from disk.
	File  string `json:"-"`
	Start int    `json:"-"`
	End   int    `json:"-"`
}

// Load reads the package in dir, whose import path is importPath, with
// the files that ctx selects (build.Default when ctx is nil). Test files
// and files of another package (such as package main generators) are
// skipped.
func Load(dir, importPath string, ctx *build.Context) (*Package, error) {
	if ctx == nil {
		ctx = &build.Default
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	byPkg := map[string][]*ast.File{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := ctx.MatchFile(dir, name); err != nil || !ok {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		byPkg[f.Name.Name] = append(byPkg[f.Name.Name], f)
	}
	// The package is the one with the most files, preferring anything
	// over main (a directory may hold a //go:build ignore generator).
	var pkgName string
	for name, files := range byPkg {
		switch {
		case pkgName == "",
			pkgName == "main" && name != "main",
			name != "main" && len(files) > len(byPkg[pkgName]),
			name != "main" && len(files) == len(byPkg[pkgName]) && name < pkgName:
			pkgName = name
		}
	}
	files := byPkg[pkgName]
	if len(files) == 0 {
		return nil, fmt.Errorf("godoc: no Go files for %s in %s", importPath, dir)
	}
	return FromFiles(fset, files, importPath)
}

// FromFiles builds the documentation of a package from its parsed files
// (parsed with comments). The files' ASTs are modified.
func FromFiles(fset *token.FileSet, files []*ast.File, importPath string) (*Package, error) {
	// Record where every top-level declaration is before go/doc strips
	// function bodies, so that a caller can show the source later.
	ranges := map[string][3]int{}
	fileOf := map[[3]int]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			key := fd.Name.Name
			if fd.Recv != nil && len(fd.Recv.List) == 1 {
				key = recvName(fd.Recv.List[0].Type) + "." + key
			}
			start := fd.Pos()
			if fd.Doc != nil {
				start = fd.Doc.Pos()
			}
			r := [3]int{fset.Position(start).Offset, fset.Position(fd.End()).Offset, 0}
			ranges[key] = r
			fileOf[r] = fset.Position(fd.Pos()).Filename
		}
	}
	// The builtin package documents lower-case names, which go/doc would
	// otherwise drop as unexported.
	all := importPath == "builtin"
	var mode doc.Mode
	if all {
		mode = doc.AllDecls
	}
	exported := func(name string) bool { return all || token.IsExported(name) }
	dp, err := doc.NewFromFiles(fset, files, importPath, mode)
	if err != nil {
		return nil, err
	}
	p := &Package{Path: importPath, Name: dp.Name, Doc: dp.Doc, Syms: map[string]*Symbol{}}
	add := func(key string, s *Symbol, index bool) {
		if r, ok := ranges[key]; ok && (s.Kind == "func" || s.Kind == "method") {
			s.File, s.Start, s.End = fileOf[r], r[0], r[1]
		}
		p.Syms[key] = s
		if index {
			p.Index = append(p.Index, key)
		}
	}
	values := func(vs []*doc.Value, kind, typ string) {
		for _, v := range vs {
			for _, name := range v.Names {
				if !exported(name) {
					continue
				}
				add(name, &Symbol{Kind: kind, Decl: valueDecl(fset, v.Decl, name), Doc: valueDoc(v, name), Type: typ}, true)
			}
		}
	}
	funcs := func(fs []*doc.Func, typ string) {
		for _, f := range fs {
			kind := "func"
			key := f.Name
			if f.Recv != "" {
				kind = "method"
				key = typ + "." + f.Name
			}
			add(key, &Symbol{Kind: kind, Decl: funcDecl(fset, f.Decl), Doc: f.Doc, Type: typ}, f.Recv == "")
		}
	}
	values(dp.Consts, "const", "")
	values(dp.Vars, "var", "")
	funcs(dp.Funcs, "")
	for _, t := range dp.Types {
		ts := &Symbol{Kind: "type", Decl: typeDecl(fset, t.Decl, t.Name), Doc: t.Doc}
		add(t.Name, ts, true)
		values(t.Consts, "const", t.Name)
		values(t.Vars, "var", t.Name)
		funcs(t.Funcs, t.Name)
		funcs(t.Methods, t.Name)
		for _, f := range t.Funcs {
			ts.Members = append(ts.Members, f.Name)
		}
		for _, m := range t.Methods {
			ts.Members = append(ts.Members, t.Name+"."+m.Name)
		}
		ts.Members = append(ts.Members, fields(p, fset, t)...)
	}
	return p, nil
}

// fields adds the exported fields of a struct type, and the methods of an
// interface type, as "Type.Name" symbols and returns their keys.
func fields(p *Package, fset *token.FileSet, t *doc.Type) []string {
	var spec *ast.TypeSpec
	for _, s := range t.Decl.Specs {
		if ts, ok := s.(*ast.TypeSpec); ok && ts.Name.Name == t.Name {
			spec = ts
		}
	}
	if spec == nil {
		return nil
	}
	var list *ast.FieldList
	kind := "field"
	switch st := spec.Type.(type) {
	case *ast.StructType:
		list = st.Fields
	case *ast.InterfaceType:
		list, kind = st.Methods, "method"
	}
	if list == nil {
		return nil
	}
	var keys []string
	for _, f := range list.List {
		names := f.Names
		if len(names) == 0 {
			if kind == "method" {
				continue // an embedded interface
			}
			names = []*ast.Ident{ast.NewIdent(recvName(f.Type))}
		}
		text := f.Doc.Text()
		if text == "" {
			text = f.Comment.Text()
		}
		for _, n := range names {
			if !token.IsExported(n.Name) {
				continue
			}
			key := t.Name + "." + n.Name
			if _, dup := p.Syms[key]; dup {
				continue
			}
			var decl string
			if kind == "method" {
				decl = "func (" + t.Name + ") " + n.Name + strings.TrimPrefix(node(fset, f.Type), "func")
			} else if len(f.Names) == 0 {
				decl = node(fset, f.Type)
			} else {
				decl = n.Name + " " + node(fset, f.Type)
			}
			p.Syms[key] = &Symbol{Kind: kind, Decl: decl, Doc: text, Type: t.Name}
			keys = append(keys, key)
		}
	}
	return keys
}

// recvName is the name of the type in a receiver or embedded field
// expression: T, *T, T[P], pkg.T.
func recvName(e ast.Expr) string { return goast.BaseTypeName(e) }

var printConfig = printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8}

func node(fset *token.FileSet, n any) string {
	var b bytes.Buffer
	if err := printConfig.Fprint(&b, fset, n); err != nil {
		return ""
	}
	return b.String()
}

func funcDecl(fset *token.FileSet, d *ast.FuncDecl) string {
	if d == nil {
		return ""
	}
	c := *d
	c.Doc, c.Body = nil, nil
	return node(fset, &c)
}

func typeDecl(fset *token.FileSet, d *ast.GenDecl, name string) string {
	for _, s := range d.Specs {
		if ts, ok := s.(*ast.TypeSpec); ok && ts.Name.Name == name {
			c := *ts
			c.Doc, c.Comment = nil, nil
			return node(fset, &ast.GenDecl{Tok: token.TYPE, Specs: []ast.Spec{&c}})
		}
	}
	return ""
}

// maxGroup is the largest const or var group shown whole; beyond it only
// the spec that declares the name is shown.
const maxGroup = 24

func valueDecl(fset *token.FileSet, d *ast.GenDecl, name string) string {
	c := *d
	c.Doc = nil
	if len(d.Specs) > maxGroup || !d.Lparen.IsValid() {
		for _, s := range d.Specs {
			vs, ok := s.(*ast.ValueSpec)
			if !ok {
				continue
			}
			for _, n := range vs.Names {
				if n.Name == name {
					one := *vs
					one.Doc = nil
					return node(fset, &ast.GenDecl{Tok: d.Tok, Specs: []ast.Spec{&one}})
				}
			}
		}
	}
	return node(fset, &c)
}

// valueDoc is the group's comment followed by the comment of the spec
// that declares name.
func valueDoc(v *doc.Value, name string) string {
	text := v.Doc
	for _, s := range v.Decl.Specs {
		vs, ok := s.(*ast.ValueSpec)
		if !ok {
			continue
		}
		for _, n := range vs.Names {
			if n.Name != name {
				continue
			}
			own := vs.Comment.Text()
			if own == "" {
				own = vs.Doc.Text()
			}
			if own != "" && len(v.Decl.Specs) > 1 {
				if text != "" {
					text += "\n"
				}
				text += own
			}
		}
	}
	return text
}

// Source returns the source of a symbol read from disk (including its doc
// comment), or "" when it is not available.
func (s *Symbol) Source() string {
	if s.File == "" || s.End <= s.Start {
		return ""
	}
	b, err := os.ReadFile(s.File)
	if err != nil || s.End > len(b) {
		return ""
	}
	return string(b[s.Start:s.End])
}

// Keys returns the package's symbol keys, sorted.
func (p *Package) Keys() []string {
	keys := make([]string, 0, len(p.Syms))
	for k := range p.Syms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
