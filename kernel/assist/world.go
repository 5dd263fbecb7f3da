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

// world is everything a name in a cell can refer to: the session's
// imports and declarations, the cell's own declarations before the
// cursor, the compiled packages and the universe.
type world struct {
	s       Scope
	code    string // the cell text that was scanned
	syms    map[string]map[string]reflect.Value
	pkgKey  map[string]string // import path -> key in syms
	imports map[string]string // name -> import path (session, then the cell)
	decls   map[string]*sdecl // session declarations by name
	order   []string          // session declaration names, in order
	locals  map[string]*local // declared in the cell
	lorder  []string          // local names, in order
	types   map[string]*typeDef
	methods map[string][]*methodDef // receiver base type -> methods
}

// sdecl is a parsed session declaration.
type sdecl struct {
	Decl
	typ ast.Expr      // a var's or const's declared type, when written
	val ast.Expr      // its initialiser
	idx int           // which value of a multi-value initialiser
	fn  *ast.FuncType // a func's signature
}

// local is a name declared in the cell being typed.
type local struct {
	name    string
	kind    string   // "var", "const", "func", "type", "param"
	typ     ast.Expr // declared type
	val     ast.Expr // initialiser, the type is inferred from it
	idx     int      // which value of val (a, b := f())
	rangeOf bool     // val is ranged over: idx 0 is the key, 1 the element
	fn      *ast.FuncType
	src     string // the text that declares it
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

// newWorld builds the world for code; only names declared before byte
// offset upto count as the cell's own.
func newWorld(s Scope, code string, upto int) *world {
	w := &world{
		s:       s,
		code:    code[:upto],
		imports: map[string]string{},
		decls:   map[string]*sdecl{},
		locals:  map[string]*local{},
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
	ts, _ := lex(w.code)
	w.scanCell(withoutComments(ts))
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
				w.setDecl(&sdecl{Decl: d, fn: x.Type})
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
					for i, n := range sp.Names {
						if n.Name != d.Name {
							continue
						}
						sd := &sdecl{Decl: d, typ: sp.Type}
						if len(sp.Values) == len(sp.Names) {
							sd.val = sp.Values[i]
						} else if len(sp.Values) == 1 {
							sd.val, sd.idx = sp.Values[0], i
						}
						w.setDecl(sd)
						found = true
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

// scanCell records the imports and declarations in the cell's tokens.
// The text is usually unfinished, so each construct is parsed on its own.
func (w *world) scanCell(ts []tok) {
	for i := 0; i < len(ts); i++ {
		switch ts[i].tok {
		case token.IMPORT:
			i = w.scanImport(ts, i)
		case token.DEFINE:
			w.scanDefine(ts, i)
		case token.VAR, token.CONST:
			w.scanValues(ts, i)
		case token.TYPE:
			if i >= 2 && ts[i-1].tok == token.LPAREN && ts[i-2].tok == token.PERIOD {
				continue // x.(type)
			}
			w.scanTypes(ts, i)
		case token.FUNC:
			w.scanFunc(ts, i)
		}
	}
}

func (w *world) text(ts []tok, a, b int) string {
	if a >= b || a >= len(ts) {
		return ""
	}
	return w.code[ts[a].pos:ts[b-1].end]
}

func (w *world) addLocal(l *local) {
	if l.name == "_" || l.name == "" {
		return
	}
	if _, seen := w.locals[l.name]; !seen {
		w.lorder = append(w.lorder, l.name)
	}
	w.locals[l.name] = l
}

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

// stmtEnd returns the index just past the end of the expression list or
// clause that starts at ts[i]: the next semicolon at depth 0, an
// unbalanced closer, or (when header is set) a '{' at depth 0.
func stmtEnd(ts []tok, i int, header bool) int {
	depth := 0
	for j := i; j < len(ts); j++ {
		switch t := ts[j].tok; {
		case t == token.SEMICOLON && depth == 0:
			return j
		case t == token.LBRACE && depth == 0 && header:
			return j
		case isOpen(t):
			depth++
		case isClose(t):
			depth--
			if depth < 0 {
				return j
			}
		}
	}
	return len(ts)
}

// splitTop splits ts[a:b] at commas at depth 0 and returns the ranges.
func splitTop(ts []tok, a, b int) [][2]int {
	var out [][2]int
	depth, start := 0, a
	for j := a; j < b; j++ {
		switch t := ts[j].tok; {
		case isOpen(t):
			depth++
		case isClose(t):
			depth--
		case t == token.COMMA && depth == 0:
			out = append(out, [2]int{start, j})
			start = j + 1
		}
	}
	return append(out, [2]int{start, b})
}

func parseExpr(src string) ast.Expr {
	if strings.TrimSpace(src) == "" {
		return nil
	}
	e, err := parser.ParseExpr(src)
	if err != nil {
		return nil
	}
	return e
}

// scanDefine reads `a, b := values` (also in for, if and switch headers
// and range clauses).
func (w *world) scanDefine(ts []tok, i int) {
	var names []string
	j := i - 1
	for j >= 0 && ts[j].tok == token.IDENT {
		names = append([]string{ts[j].lit}, names...)
		if j >= 2 && ts[j-1].tok == token.COMMA {
			j -= 2
			continue
		}
		break
	}
	if len(names) == 0 {
		return
	}
	header := false
	if j > 0 {
		switch ts[j-1].tok {
		case token.FOR, token.IF, token.SWITCH, token.SELECT:
			header = true
		}
	}
	a := i + 1
	b := stmtEnd(ts, a, header)
	rangeOf := a < b && ts[a].tok == token.RANGE
	if rangeOf {
		a++
	}
	src := w.text(ts, j, b)
	parts := splitTop(ts, a, b)
	for k, n := range names {
		l := &local{name: n, kind: "var", src: src}
		switch {
		case rangeOf:
			l.val, l.idx, l.rangeOf = parseExpr(w.text(ts, a, b)), k, true
		case len(parts) == len(names):
			l.val = parseExpr(w.text(ts, parts[k][0], parts[k][1]))
		case len(parts) == 1:
			l.val, l.idx = parseExpr(w.text(ts, a, b)), k
		}
		w.addLocal(l)
	}
}

// specs calls f with the token range of each spec of the declaration
// whose keyword is ts[i] (a single spec or a parenthesised group).
func specs(ts []tok, i int, f func(a, b int)) {
	j := i + 1
	if j < len(ts) && ts[j].tok == token.LPAREN {
		end := matchForward(ts, j)
		if end < 0 {
			end = len(ts)
		}
		for k := j + 1; k < end; {
			if ts[k].tok == token.SEMICOLON {
				k++
				continue
			}
			e := stmtEnd(ts, k, false)
			if e > end {
				e = end
			}
			f(k, e)
			k = e + 1
		}
		return
	}
	f(j, stmtEnd(ts, j, false))
}

func (w *world) scanValues(ts []tok, i int) {
	kw := ts[i].lit
	specs(ts, i, func(a, b int) {
		text := w.text(ts, a, b)
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+kw+" "+text, parser.SkipObjectResolution)
		if err == nil && len(f.Decls) == 1 {
			if gd, ok := f.Decls[0].(*ast.GenDecl); ok && len(gd.Specs) == 1 {
				vs := gd.Specs[0].(*ast.ValueSpec)
				for k, n := range vs.Names {
					l := &local{name: n.Name, kind: kw, typ: vs.Type, src: kw + " " + text}
					if len(vs.Values) == len(vs.Names) {
						l.val = vs.Values[k]
					} else if len(vs.Values) == 1 {
						l.val, l.idx = vs.Values[0], k
					}
					w.addLocal(l)
				}
				return
			}
		}
		// Unfinished: take the names before the type or '='.
		for k := a; k < b && ts[k].tok == token.IDENT; k += 2 {
			w.addLocal(&local{name: ts[k].lit, kind: kw, src: kw + " " + text})
			if k+1 >= b || ts[k+1].tok != token.COMMA {
				break
			}
		}
	})
}

func (w *world) scanTypes(ts []tok, i int) {
	specs(ts, i, func(a, b int) {
		if a >= b || ts[a].tok != token.IDENT {
			return
		}
		text := w.text(ts, a, b)
		td := &typeDef{name: ts[a].lit, src: "type " + text}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;type "+text, parser.SkipObjectResolution)
		if err == nil && len(f.Decls) == 1 {
			if gd, ok := f.Decls[0].(*ast.GenDecl); ok && len(gd.Specs) == 1 {
				td.spec = gd.Specs[0].(*ast.TypeSpec)
			}
		}
		w.types[td.name] = td
		w.addLocal(&local{name: td.name, kind: "type", src: td.src})
	})
}

// scanFunc reads a function declaration's or literal's header: its name,
// receiver, parameters and results.
func (w *world) scanFunc(ts []tok, i int) {
	end := stmtEnd(ts, i+1, true)
	header := w.text(ts, i, end)
	if header == "" {
		return
	}
	isDecl := i+1 < len(ts) && ts[i+1].tok == token.IDENT
	if !isDecl && i+1 < len(ts) && ts[i+1].tok == token.LPAREN {
		if m := matchForward(ts, i+1); m > 0 && m+2 < len(ts) && ts[m+1].tok == token.IDENT && ts[m+2].tok == token.LPAREN {
			isDecl = true
		}
	}
	var ft *ast.FuncType
	if isDecl {
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+header, parser.SkipObjectResolution)
		if err != nil || len(f.Decls) != 1 {
			if i+1 < len(ts) && ts[i+1].tok == token.IDENT {
				w.addLocal(&local{name: ts[i+1].lit, kind: "func", src: header})
			}
			return
		}
		fd, ok := f.Decls[0].(*ast.FuncDecl)
		if !ok {
			return
		}
		ft = fd.Type
		if fd.Recv != nil {
			m := newMethodDef(fd, "")
			m.src = header
			w.methods[m.recv] = append(w.methods[m.recv], m)
			w.params(fd.Recv)
		} else {
			w.addLocal(&local{name: fd.Name.Name, kind: "func", fn: ft, src: header})
		}
	} else {
		e, err := parser.ParseExpr(header)
		if err != nil {
			return
		}
		if ft, _ = e.(*ast.FuncType); ft == nil {
			return
		}
	}
	w.params(ft.Params)
	w.params(ft.Results)
}

func (w *world) params(fl *ast.FieldList) {
	if fl == nil {
		return
	}
	for _, f := range fl.List {
		for _, n := range f.Names {
			w.addLocal(&local{name: n.Name, kind: "param", typ: f.Type, src: n.Name + " " + nodeString(f.Type)})
		}
	}
}
