package assist

import (
	"github.com/goteach/goteach/kernel/internal/goast"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// world is what a name can refer to when the text being typed cannot be
// type-checked, and what the type checker's answers are completed with
// (doc comments and sources as written, current values): the session's
// imports and declarations, the cell's imports, the compiled packages
// and the universe.
type world struct {
	s       Scope
	syms    map[string]map[string]reflect.Value
	pkgKey  map[string]string // import path -> key in syms
	imports map[string]string // name -> import path (session, then the cell)
	decls   map[string]*sdecl // session declarations by name
	order   []string          // session declaration names, in order
	types   map[string]*typeDef
	methods map[string][]*methodDef // receiver base type -> methods
}

// sdecl is a session declaration.
type sdecl struct {
	Decl
}

// typeDef is a type declared in the session or the cell.
type typeDef struct {
	name string
	spec *ast.TypeSpec
	doc  string
	src  string
}

// methodDef is a method declared in the session or the cell.
type methodDef struct {
	name, recv string
	ptr        bool
	decl       *ast.FuncDecl
	sig        string
	doc        string
	src        string
}

// newWorld builds the world for code; the imports before byte offset
// upto count as the cell's own.
func newWorld(s Scope, code string, upto int) *world {
	w := &world{
		s:       s,
		imports: map[string]string{},
		decls:   map[string]*sdecl{},
		types:   map[string]*typeDef{},
		methods: map[string][]*methodDef{},
	}
	if s != nil {
		w.syms = s.Symbols()
	}
	w.pkgKey = make(map[string]string, len(w.syms))
	for key := range w.syms {
		if i := strings.LastIndexByte(key, '/'); i > 0 {
			w.pkgKey[key[:i]] = key
		}
	}
	if s != nil {
		for name, path := range s.Imports() {
			w.imports[name] = path
		}
		for _, d := range s.Decls() {
			w.addSessionDecl(d)
		}
	}
	ts, _ := lex(code[:upto])
	ts = withoutComments(ts)
	for i := 0; i < len(ts); i++ {
		if ts[i].tok == token.IMPORT {
			i = w.scanImport(ts, i)
		}
	}
	return w
}

// pkgName is the name a package is known by when imported without one.
func (w *world) pkgName(path string) string {
	if key, ok := w.pkgKey[path]; ok {
		return key[strings.LastIndexByte(key, '/')+1:]
	}
	elems := strings.Split(path, "/")
	name := elems[len(elems)-1]
	if len(elems) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = elems[len(elems)-2] // a major version suffix: math/rand/v2
	}
	return strings.TrimPrefix(name, "go-")
}

// members returns the exported members of the package with import path
// path, or nil.
func (w *world) members(path string) map[string]reflect.Value {
	return w.syms[w.pkgKey[path]]
}

// parsedDecls caches the parse of session declaration sources, which are
// seen again at every request.
var parsedDecls = struct {
	sync.Mutex
	m map[string]*ast.File
}{m: map[string]*ast.File{}}

func parseDeclSrc(src string) *ast.File {
	parsedDecls.Lock()
	f, ok := parsedDecls.m[src]
	parsedDecls.Unlock()
	if ok {
		return f
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		f = nil
	}
	parsedDecls.Lock()
	if len(parsedDecls.m) > 4096 {
		parsedDecls.m = map[string]*ast.File{}
	}
	parsedDecls.m[src] = f
	parsedDecls.Unlock()
	return f
}

// srcOf returns the text of node n in a file parsed by parseDeclSrc.
func srcOf(src string, n ast.Node) string {
	const off = len("package p\n") + 1 // positions start at 1
	a, b := int(n.Pos())-off, int(n.End())-off
	if a < 0 || b > len(src) || a > b {
		return ""
	}
	return src[a:b]
}

func (w *world) addSessionDecl(d Decl) {
	for _, src := range []string{d.Src, d.Signature} {
		if src == "" {
			continue
		}
		f := parseDeclSrc(src)
		if f == nil {
			continue
		}
		if w.addParsedDecl(d, f, src) {
			return
		}
	}
	if d.Name != "" && !strings.Contains(d.Name, ".") {
		w.setDecl(&sdecl{Decl: d})
	}
}

func (w *world) setDecl(sd *sdecl) {
	if _, seen := w.decls[sd.Name]; !seen {
		w.order = append(w.order, sd.Name)
	}
	w.decls[sd.Name] = sd
}

// addParsedDecl records what a session declaration's source declares.
// It reports whether the source declared d.Name (or a method).
func (w *world) addParsedDecl(d Decl, f *ast.File, src string) bool {
	found := false
	for _, decl := range f.Decls {
		switch x := decl.(type) {
		case *ast.FuncDecl:
			if x.Recv != nil {
				m := newMethodDef(x, src)
				m.doc = d.Doc
				if m.doc == "" {
					m.doc = x.Doc.Text()
				}
				w.methods[m.recv] = append(w.methods[m.recv], m)
				found = true
				continue
			}
			if x.Name.Name == d.Name {
				w.setDecl(&sdecl{Decl: d})
				found = true
			}
		case *ast.GenDecl:
			for _, spec := range x.Specs {
				switch sp := spec.(type) {
				case *ast.TypeSpec:
					doc := d.Doc
					if sp.Name.Name != d.Name || doc == "" {
						doc = sp.Doc.Text()
						if doc == "" {
							doc = x.Doc.Text()
						}
					}
					w.types[sp.Name.Name] = &typeDef{name: sp.Name.Name, spec: sp, doc: doc, src: src}
					if sp.Name.Name == d.Name {
						w.setDecl(&sdecl{Decl: d})
						found = true
					}
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						if n.Name == d.Name {
							w.setDecl(&sdecl{Decl: d})
							found = true
						}
					}
				}
			}
		}
	}
	return found
}

func newMethodDef(x *ast.FuncDecl, src string) *methodDef {
	m := &methodDef{name: x.Name.Name, decl: x}
	rt := x.Recv.List[0].Type
	if st, ok := rt.(*ast.StarExpr); ok {
		m.ptr, rt = true, st.X
	}
	m.recv = baseTypeName(rt)
	c := *x
	c.Body, c.Doc = nil, nil
	m.sig = nodeString(&c)
	m.src = srcOf(src, x)
	return m
}

// baseTypeName is T for T, *T, T[P] and pkg.T.
func baseTypeName(e ast.Expr) string { return goast.BaseTypeName(e) }

// scanImport reads `import "p"`, `import n "p"` and import groups.
func (w *world) scanImport(ts []tok, i int) int {
	one := func(j int) int {
		name := ""
		if j < len(ts) && (ts[j].tok == token.IDENT || ts[j].tok == token.PERIOD) {
			name = ts[j].lit
			j++
		}
		if j < len(ts) && ts[j].tok == token.STRING {
			if path, err := strconv.Unquote(ts[j].lit); err == nil && path != "" {
				if name == "" {
					name = w.pkgName(path)
				}
				if name != "_" && name != "" {
					w.imports[name] = path
				}
			}
			j++
		}
		return j
	}
	j := i + 1
	if j < len(ts) && ts[j].tok == token.LPAREN {
		j++
		for j < len(ts) && ts[j].tok != token.RPAREN {
			if ts[j].tok == token.SEMICOLON {
				j++
				continue
			}
			k := one(j)
			if k == j {
				k++
			}
			j = k
		}
		return j
	}
	return one(j) - 1
}
