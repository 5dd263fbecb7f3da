package assist

import (
	"go/ast"
	"go/constant"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"reflect"
	"strings"

	"github.com/goteach/goteach/kernel/assist/internal/godoc"
)

// Inspect answers an inspection request (Shift+Tab) for the name under
// or just before the cursor (counted in code points), or, when the
// cursor is in a call's arguments and not on a name, for the function
// called. It finds package members (fmt.Println, mp.NewQueue), the
// session's and the cell's declarations, fields and methods of values,
// packages and predeclared names.
//
// data holds "text/plain" (the declaration, the doc comment indented
// below it, and for a variable its type and current value) and
// "text/markdown". detail 1 adds the source of functions and of the
// session's declarations. found is false when nothing is known.
func Inspect(s Scope, code string, cursor int, detail int) (data map[string]any, found bool) {
	bc := byteOffset(code, cursor)
	w := newWorld(s, code, len(code))
	var ent *entity
	for _, span := range []func(string, int) (int, int, bool){exprSpan, callSpan} {
		start, end, ok := span(code, bc)
		if !ok {
			continue
		}
		if v := viewAt(s, code, end, "", start, end); v != nil {
			ent = viewEntity(v, w, code[start:end])
		}
		if ent == nil {
			if e := parseExpr(code[start:end]); e != nil {
				ent = w.resolve(e)
			}
		}
		if ent != nil {
			break
		}
	}
	if ent == nil {
		return nil, false
	}
	return map[string]any{
		"text/plain":    ent.plain(detail > 0),
		"text/markdown": ent.markdown(detail > 0),
	}, true
}

// Doc returns the long documentation of expr for the pager (what
// `fmt.Println?` shows): for a package, its comment and the index of its
// exported names; for a type, its declaration, comment, constructors and
// methods; otherwise what Inspect shows at detail 1. A trailing '?' or
// '??' on expr is ignored.
func Doc(s Scope, expr string) (text string, ok bool) {
	expr = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(expr), "?"))
	e := parseExpr(expr)
	if e == nil {
		return "", false
	}
	w := newWorld(s, "", 0)
	var ent *entity
	if v := viewAt(s, expr, len(expr), "", 0, len(expr)); v != nil {
		ent = viewEntity(v, w, expr)
	}
	if ent == nil {
		ent = w.resolve(e)
	}
	if ent == nil {
		return "", false
	}
	return ent.long(w), true
}

// exprSpan finds the name (with the operand it is selected from) that
// touches byte offset b, as a byte range of code.
func exprSpan(code string, b int) (start, end int, ok bool) {
	ws, we := wordBounds(code, b)
	if ws == we {
		return 0, 0, false
	}
	ts := withoutComments(mustLex(code[:we]))
	for len(ts) > 0 && ts[len(ts)-1].auto {
		ts = ts[:len(ts)-1]
	}
	n := len(ts) - 1
	if n < 0 || ts[n].tok != token.IDENT {
		return 0, 0, false
	}
	first := n
	if n >= 2 && ts[n-1].tok == token.PERIOD {
		if s := operandStart(ts, n-2); s >= 0 {
			first = s
		}
	}
	return ts[first].pos, we, true
}

// callSpan finds the function called by the innermost unclosed call
// around byte offset b, as a byte range of code.
func callSpan(code string, b int) (start, end int, ok bool) {
	ts := withoutComments(mustLex(code[:b]))
	depth := 0
	for i := len(ts) - 1; i >= 0; i-- {
		switch {
		case isClose(ts[i].tok):
			depth++
		case isOpen(ts[i].tok):
			if depth > 0 {
				depth--
				continue
			}
			if ts[i].tok != token.LPAREN || i == 0 {
				return 0, 0, false
			}
			first := operandStart(ts, i-1)
			if first < 0 {
				return 0, 0, false
			}
			return ts[first].pos, ts[i-1].end, true
		}
	}
	return 0, 0, false
}

func mustLex(src string) []tok {
	ts, _ := lex(src)
	return ts
}

// entity is something inspection found.
type entity struct {
	title string // the expression as written: "fmt.Println"
	kind  string // "package", "func", "method", "field", "var", "const", "type", "param"
	decl  string // its declaration or signature
	doc   string
	src   string // its source, when known
	typ   string // for values: the type
	val   string // for variables: a short form of the current value
	pkg   *godoc.Package
	sym   *godoc.Symbol
	named string // for a session type: its name (for the long form)
	path  string // for a package: its import path
}

// resolve finds what e (an identifier or a selector) denotes.
func (w *world) resolve(e ast.Expr) *entity {
	switch x := e.(type) {
	case *ast.Ident:
		return w.resolveIdent(x.Name)
	case *ast.SelectorExpr:
		return w.resolveSelector(x)
	case *ast.CallExpr:
		return w.resolve(x.Fun)
	case *ast.ParenExpr:
		return w.resolve(x.X)
	}
	return nil
}

func (w *world) resolveIdent(name string) *entity {
	if sd, ok := w.decls[name]; ok {
		ent := &entity{title: name, kind: sd.Kind, decl: sd.Signature, doc: sd.Doc, src: sd.Src}
		if ent.decl == "" {
			ent.decl = firstLine(sd.Src)
		}
		switch sd.Kind {
		case "var", "const":
			if v, ok := w.value(name); ok {
				ent.typ = typeString(v.Type())
				ent.val = shortValue(v, 200)
			}
		case "type":
			ent.named = name
			// Show a short type declaration whole, not abbreviated.
			if src := stripDoc(sd.Src); strings.HasPrefix(src, "type ") && strings.Count(src, "\n") < 20 {
				ent.decl = src
			}
		}
		return ent
	}
	if path, ok := w.imports[name]; ok {
		return w.packageEntity(name, path)
	}
	if universe(name) {
		ent := &entity{title: name, kind: "builtin"}
		if pd := packageDoc("builtin"); pd != nil {
			if sym := pd.Syms[name]; sym != nil {
				ent.decl, ent.doc, ent.sym, ent.kind = sym.Decl, sym.Doc, sym, sym.Kind
				return ent
			}
		}
		switch {
		case builtinFuncs[name] != "":
			ent.decl, ent.kind = builtinFuncs[name], "func"
		case builtinConsts[name] != "":
			ent.decl, ent.kind = builtinConsts[name], "const"
		default:
			ent.decl, ent.kind = "type "+name, "type"
		}
		return ent
	}
	return nil
}

func (w *world) packageEntity(name, path string) *entity {
	ent := &entity{title: name, kind: "package", path: path}
	ent.decl = "package " + w.pkgName(path) + ` // import "` + path + `"`
	if pd := packageDoc(path); pd != nil {
		ent.pkg = pd
		ent.doc = pd.Doc
	} else if w.members(path) == nil {
		return nil
	}
	return ent
}

func (w *world) resolveSelector(x *ast.SelectorExpr) *entity {
	title := nodeString(x)
	name := x.Sel.Name
	id, ok := x.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if _, isType := w.types[id.Name]; isType {
		return w.namedMember(title, id.Name, name) // T.Method
	}
	path, isPkg := w.imports[id.Name]
	if !isPkg {
		return nil
	}
	v, inSyms := w.members(path)[name]
	pd := packageDoc(path)
	var sym *godoc.Symbol
	if pd != nil {
		sym = pd.Syms[name]
	}
	if !inSyms && sym == nil {
		return nil
	}
	ent := &entity{title: title, pkg: pd, sym: sym}
	if sym != nil {
		ent.kind, ent.decl, ent.doc = sym.Kind, sym.Decl, sym.Doc
	}
	if inSyms {
		w.describeSym(ent, name, v)
	}
	return ent
}

// describeSym adds what reflection knows of a package member.
func (w *world) describeSym(ent *entity, name string, v reflect.Value) {
	k := symKind(v)
	if ent.kind == "" {
		ent.kind = k
	}
	switch k {
	case "func":
		if ent.decl == "" {
			ent.decl = "func " + name + trimFunc(typeString(v.Type()))
		}
	case "type":
		if ent.decl == "" {
			ent.decl = "type " + name + " " + kindWord(v.Type().Elem())
		}
	case "var":
		ent.typ = typeString(v.Type())
		if ent.decl == "" {
			ent.decl = "var " + name + " " + ent.typ
		}
		ent.val = shortValue(v, 200)
	case "const":
		if c, ok := constValue(v); ok {
			ent.val = c
		}
		if ent.decl == "" {
			ent.decl = "const " + name
		}
	}
}

func constValue(v reflect.Value) (string, bool) {
	if !v.IsValid() || !v.CanInterface() {
		return "", false
	}
	if c, ok := v.Interface().(constant.Value); ok {
		return c.ExactString(), true
	}
	return shortValue(v, 200), true
}

// namedMember finds a field or method of a type declared in the session
// or the cell.
func (w *world) namedMember(title, typeName, name string) *entity {
	for _, m := range w.methods[typeName] {
		if m.name == name {
			return &entity{title: title, kind: "method", decl: m.sig, doc: m.doc, src: m.src}
		}
	}
	td := w.types[typeName]
	if td == nil || td.spec == nil {
		return nil
	}
	switch st := td.spec.Type.(type) {
	case *ast.StructType:
		for _, f := range st.Fields.List {
			for _, n := range f.Names {
				if n.Name == name {
					text := f.Doc.Text()
					if text == "" {
						text = f.Comment.Text()
					}
					typ := nodeString(f.Type)
					return &entity{title: title, kind: "field", decl: name + " " + typ, typ: typ, doc: text}
				}
			}
		}
		for _, f := range st.Fields.List {
			if len(f.Names) != 0 {
				continue
			}
			if embedded := baseTypeName(f.Type); w.types[embedded] != nil {
				if ent := w.namedMember(title, embedded, name); ent != nil {
					return ent
				}
			}
		}
	case *ast.InterfaceType:
		for _, f := range st.Methods.List {
			for _, n := range f.Names {
				if n.Name == name {
					return &entity{title: title, kind: "method", decl: "func (" + typeName + ") " + name + trimFunc(nodeString(f.Type)), doc: f.Doc.Text()}
				}
			}
		}
	}
	return nil
}

// valueOf returns the current value of an expression when it is a
// session global, a package variable or a field path from one of them.
func (w *world) valueOf(e ast.Expr) (reflect.Value, bool) {
	switch x := e.(type) {
	case *ast.Ident:
		if sd, ok := w.decls[x.Name]; ok && sd.Kind == "var" {
			return w.value(x.Name)
		}
	case *ast.SelectorExpr:
		if id, ok := x.X.(*ast.Ident); ok {
			if path, isPkg := w.imports[id.Name]; isPkg {
				v, ok := w.members(path)[x.Sel.Name]
				if ok && symKind(v) == "var" {
					return v, true
				}
				return reflect.Value{}, false
			}
		}
		v, ok := w.valueOf(x.X)
		if !ok {
			return v, false
		}
		for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		f, ok := v.Type().FieldByName(x.Sel.Name)
		if !ok && v.Type().Name() == "" {
			f, ok = v.Type().FieldByName("X" + x.Sel.Name)
		}
		if !ok {
			return reflect.Value{}, false
		}
		return fieldValue(v, f.Index)
	}
	return reflect.Value{}, false
}

// currentValue is a short form of the current value of expr (a session
// global, a package variable or a field path from one of them), or "".
func (w *world) currentValue(expr string) string {
	e := parseExpr(expr)
	if e == nil {
		return ""
	}
	if v, ok := w.valueOf(e); ok {
		return shortValue(v, 200)
	}
	return ""
}

// parseExpr parses src as an expression, or returns nil.
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

// fieldValue follows a field index path through (non-nil) pointers.
func fieldValue(v reflect.Value, index []int) (reflect.Value, bool) {
	for _, i := range index {
		for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct || i >= v.NumField() {
			return reflect.Value{}, false
		}
		v = v.Field(i)
	}
	return v, true
}

// stripDoc removes the comment lines that start a declaration's source.
func stripDoc(src string) string {
	src = strings.TrimSpace(src)
	for strings.HasPrefix(src, "//") {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			return ""
		}
		src = strings.TrimSpace(src[i+1:])
	}
	return src
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// plain renders the entity as text/plain, in the layout of `go doc`.
func (e *entity) plain(full bool) string {
	var b strings.Builder
	b.WriteString(strings.TrimRight(e.decl, "\n"))
	b.WriteString("\n")
	doc := e.doc
	if e.kind == "package" && !full {
		doc = synopsis(doc)
	}
	if strings.TrimSpace(doc) != "" {
		b.WriteString(indent(doc, "    "))
		b.WriteString("\n")
	}
	if e.typ != "" && e.kind != "field" && !strings.Contains(e.decl, e.typ) {
		b.WriteString("\ntype:  " + e.typ + "\n")
	}
	if e.val != "" {
		b.WriteString("\nvalue: " + e.val + "\n")
	}
	if full {
		if src := e.source(); src != "" && strings.TrimSpace(src) != strings.TrimSpace(e.decl) {
			b.WriteString("\n" + strings.TrimRight(src, "\n") + "\n")
		}
	}
	return b.String()
}

func (e *entity) source() string {
	if e.src != "" {
		return e.src
	}
	if e.sym != nil {
		return e.sym.Source()
	}
	return ""
}

// markdown renders the entity as text/markdown.
func (e *entity) markdown(full bool) string {
	var b strings.Builder
	b.WriteString("```go\n" + strings.TrimRight(e.decl, "\n") + "\n```\n")
	doc := e.doc
	if e.kind == "package" && !full {
		doc = synopsis(doc)
	}
	if strings.TrimSpace(doc) != "" {
		var p comment.Parser
		var pr comment.Printer
		b.WriteString("\n")
		b.Write(pr.Markdown(p.Parse(doc)))
	}
	if e.typ != "" && e.kind != "field" && !strings.Contains(e.decl, e.typ) {
		b.WriteString("\n**type:** `" + e.typ + "`\n")
	}
	if e.val != "" {
		b.WriteString("\n**value:** `" + strings.ReplaceAll(e.val, "`", "'") + "`\n")
	}
	if full {
		if src := e.source(); src != "" && strings.TrimSpace(src) != strings.TrimSpace(e.decl) {
			b.WriteString("\n```go\n" + strings.TrimRight(src, "\n") + "\n```\n")
		}
	}
	return b.String()
}

// long renders the pager's form.
func (e *entity) long(w *world) string {
	var b strings.Builder
	switch {
	case e.kind == "package":
		b.WriteString(e.decl + "\n\n")
		if e.doc != "" {
			b.WriteString(strings.TrimRight(e.doc, "\n") + "\n\n")
		}
		if e.pkg != nil {
			for _, key := range e.pkg.Index {
				sym := e.pkg.Syms[key]
				decl := summary(sym.Decl)
				if sym.Kind == "func" && sym.Type != "" {
					decl = "    " + decl
				}
				b.WriteString(decl + "\n")
			}
		} else {
			for _, c := range w.packageMembers(e.path) {
				b.WriteString(c.sig + "\n")
			}
		}
		return b.String()
	case e.kind == "type" && e.sym != nil && e.pkg != nil:
		b.WriteString(e.plain(false))
		for _, key := range e.sym.Members {
			m := e.pkg.Syms[key]
			if m == nil || m.Kind == "field" {
				continue
			}
			b.WriteString("\n" + m.Decl + "\n")
			if m.Doc != "" {
				b.WriteString(indent(m.Doc, "    ") + "\n")
			}
		}
		return b.String()
	case e.kind == "type" && e.named != "":
		b.WriteString(e.plain(true))
		for _, m := range w.methods[e.named] {
			b.WriteString("\n" + m.sig + "\n")
			if m.doc != "" {
				b.WriteString(indent(m.doc, "    ") + "\n")
			}
		}
		return b.String()
	}
	return e.plain(true)
}

// summary shortens a declaration to one line for an index.
func summary(decl string) string {
	lines := strings.Split(strings.TrimSpace(decl), "\n")
	if len(lines) == 1 {
		return lines[0]
	}
	first := lines[0]
	switch {
	case strings.HasSuffix(first, "{"):
		return first + " ... }"
	case strings.HasSuffix(first, "("):
		return first + " ... )"
	}
	return first + " ..."
}

// synopsis is the first paragraph of a doc comment.
func synopsis(doc string) string {
	doc = strings.TrimSpace(doc)
	if i := strings.Index(doc, "\n\n"); i >= 0 {
		return doc[:i]
	}
	return doc
}
