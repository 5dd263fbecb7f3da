package engine

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"sort"
	"strconv"
	"strings"

	"github.com/goteach/goteach/kernel/frontend"
	"github.com/goteach/goteach/kernel/internal/goast"
)

// pieceKind says what a top-level piece of a cell is.
type pieceKind int

const (
	pkImport pieceKind = iota // import declaration
	pkType                    // type declaration
	pkConst                   // const declaration
	pkFunc                    // func or method declaration
	pkVar                     // var declaration or top-level x := ...
	pkStmt                    // any other statement
	pkExpr                    // expression statement
)

func (k pieceKind) isDecl() bool { return k <= pkFunc }

// piece is one top-level declaration or statement of a cell.
type piece struct {
	kind       pieceKind
	start, end int // byte offsets in the cell (end: after the last token)
	line, col  int // 1-based position of start in the cell
	docStart   int // start of the doc comment above a declaration (== start if none)

	decl ast.Decl // declarations (parsed alone)
	stmt ast.Stmt // statements

	// spec: a spec of a var block on its own (see initorder.go): its
	// text lacks the var keyword.
	spec bool

	names []string        // names declared (methods: "Recv.Name")
	uses  map[string]bool // identifiers referred to, other than names
	sels  map[string]bool // selector names (x.Sel) referred to
}

// cellError is an error at a position of the cell.
type cellError struct {
	line, col int // 1-based; 0 when unknown
	msg       string
}

// Error formats the error as "line:col: msg".
func (e *cellError) Error() string {
	if e.line == 0 {
		return e.msg
	}
	return strconv.Itoa(e.line) + ":" + strconv.Itoa(e.col) + ": " + e.msg
}

// lineCol converts a byte offset of src to a 1-based line and column.
func lineCol(src string, off int) (int, int) {
	line := 1 + strings.Count(src[:off], "\n")
	col := off - strings.LastIndexByte(src[:off], '\n')
	return line, col
}

// tokenEnd returns the offset just after the token at off.
func tokenEnd(off int, tok token.Token, lit string) int {
	switch {
	case tok == token.SEMICOLON:
		if lit == "\n" || lit == "" {
			return off
		}
		return off + 1
	case tok.IsLiteral() || tok == token.COMMENT:
		return off + len(lit)
	default:
		return off + len(tok.String())
	}
}

// splitCell cuts a cell into its top-level pieces, in order. A package
// clause is dropped. Syntax errors are reported with cell positions.
func splitCell(src string) ([]*piece, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(src))
	var s scanner.Scanner
	var scanErr *cellError
	s.Init(file, []byte(src), func(pos token.Position, msg string) {
		if scanErr == nil {
			msg, col := frontend.SyntaxMessageIn(msg, src, pos.Line, pos.Column)
			scanErr = &cellError{pos.Line, col, msg}
		}
	}, 0)

	type rawTok struct {
		off int
		tok token.Token
		lit string
	}
	var (
		pieces   []*piece
		cur      []rawTok
		depth    int
		inHeader bool
		// headerLits counts the func literals and interface and struct
		// types begun in a header at depth 0: the next brace there opens
		// their body, not the block.
		headerLits int
		// litType is set in a header at depth 0 by the start of a map,
		// slice, array or struct type: a brace after it (at depth 0)
		// opens a composite literal (if x := map[string]int{"a": 1};
		// x["a"] == 1 {), unless a conversion's parenthesis came first.
		litType bool
		prev    token.Token
		pkg     bool // the cell has a package clause
	)
	flush := func() error {
		if len(cur) == 0 {
			return nil
		}
		toks := cur
		cur = nil
		last := toks[len(toks)-1]
		p := &piece{start: toks[0].off, end: tokenEnd(last.off, last.tok, last.lit)}
		p.line, p.col = lineCol(src, p.start)
		p.docStart = p.start
		switch toks[0].tok {
		case token.PACKAGE:
			pkg = true
			return nil
		case token.IMPORT:
			p.kind = pkImport
		case token.TYPE:
			p.kind = pkType
		case token.CONST:
			p.kind = pkConst
		case token.VAR:
			p.kind = pkVar
		case token.FUNC:
			p.kind = pkStmt
			if len(toks) > 1 && toks[1].tok == token.IDENT {
				p.kind = pkFunc
			} else if len(toks) > 1 && toks[1].tok == token.LPAREN {
				// A method has a receiver list, then a name and its
				// parameters (or type parameters).
				d := 0
				for i := 1; i < len(toks); i++ {
					switch toks[i].tok {
					case token.LPAREN, token.LBRACK, token.LBRACE:
						d++
					case token.RPAREN, token.RBRACK, token.RBRACE:
						d--
					}
					if d == 0 {
						if i+2 < len(toks) && toks[i+1].tok == token.IDENT &&
							(toks[i+2].tok == token.LPAREN || toks[i+2].tok == token.LBRACK) {
							p.kind = pkFunc
						}
						break
					}
				}
			}
		default:
			p.kind = pkStmt
		}
		if p.kind.isDecl() || p.kind == pkVar {
			p.docStart = docStart(src, p.start)
		}
		if err := parsePiece(src, p); err != nil {
			return err
		}
		pieces = append(pieces, p)
		return nil
	}

	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		off := file.Offset(pos)
		if len(cur) == 0 && tok == token.SEMICOLON {
			continue
		}
		before := prev
		prev = tok
		switch tok {
		case token.LPAREN, token.LBRACK:
			if depth == 0 && inHeader {
				switch {
				case tok == token.LPAREN && before != token.FUNC:
					litType = false // []byte(s)
				case tok == token.LBRACK && !endsOperand(before):
					litType = true // []int{...}, not a[i]
				}
			}
			depth++
		case token.MAP:
			if depth == 0 && inHeader {
				litType = true
			}
		case token.LBRACE:
			if depth == 0 && inHeader {
				switch {
				case headerLits > 0:
					headerLits--
				case litType:
					litType = false
				default:
					inHeader = false
				}
			}
			depth++
		case token.FUNC, token.INTERFACE, token.STRUCT:
			// A func literal's body, or an interface or struct type's
			// braces (interface{}(x)); a struct type's literal.
			if depth == 0 && inHeader && !(tok == token.FUNC && before == token.RBRACK) {
				// ([]func() int{f} has a func type, no literal.)
				headerLits++
				litType = litType || tok == token.STRUCT
			}
		case token.RPAREN, token.RBRACK, token.RBRACE:
			if tok == token.RBRACE && depth == 0 && scanErr == nil {
				// A brace that closes nothing.
				line, col := lineCol(src, off)
				if pkg {
					return nil, &cellError{line, col, "syntax error: non-declaration statement outside function body"}
				}
				return nil, &cellError{line, col, "syntax error: unexpected }"}
			}
			depth--
		case token.FOR, token.IF, token.SWITCH:
			if depth == 0 {
				inHeader, headerLits, litType = true, 0, false
			}
		case token.SEMICOLON:
			if depth <= 0 && !inHeader {
				if err := flush(); err != nil {
					return nil, err
				}
				depth = 0
				continue
			}
		}
		cur = append(cur, rawTok{off, tok, lit})
	}
	if scanErr != nil {
		return nil, scanErr
	}
	if err := flush(); err != nil {
		return nil, err
	}
	for i, p := range pieces {
		if i > 0 && p.kind == pkStmt && src[p.start] == '{' {
			if fd, ok := pieces[i-1].decl.(*ast.FuncDecl); ok && fd.Body == nil {
				// func main()
				// {
				return nil, &cellError{p.line, p.col, "syntax error: unexpected semicolon or newline before {"}
			}
		}
	}
	if pkg {
		// A cell with a package clause is a Go file: statements go in
		// funcs, as the compiler says.
		for _, p := range pieces {
			if p.kind == pkStmt || p.kind == pkExpr || p.kind == pkVar && p.decl == nil {
				if strings.HasPrefix(src[p.start:], "func") {
					// A func declaration that does not parse as one
					// (func (t T) () {}): its own syntax error.
					p.kind = pkFunc
					if err := parsePiece(src, p); err != nil {
						return nil, err
					}
				}
				return nil, &cellError{p.line, p.col, "syntax error: non-declaration statement outside function body"}
			}
		}
	}
	return pieces, nil
}

// endsOperand reports whether tok can end an operand, so that a bracket
// after it indexes (a[i], f()[i]) rather than begins a type ([]int).
func endsOperand(tok token.Token) bool {
	switch tok {
	case token.IDENT, token.INT, token.FLOAT, token.IMAG, token.CHAR, token.STRING,
		token.RPAREN, token.RBRACK, token.RBRACE:
		return true
	}
	return false
}

// docStart moves start back over the comment lines directly above it.
func docStart(src string, start int) int {
	lineStart := strings.LastIndexByte(src[:start], '\n') + 1
	if strings.TrimSpace(src[lineStart:start]) != "" {
		return start
	}
	for lineStart > 0 {
		prevStart := strings.LastIndexByte(src[:lineStart-1], '\n') + 1
		if !strings.HasPrefix(strings.TrimSpace(src[prevStart:lineStart-1]), "//") {
			break
		}
		lineStart = prevStart
	}
	if lineStart == strings.LastIndexByte(src[:start], '\n')+1 {
		return start
	}
	// Skip the indentation of the first comment line.
	for lineStart < start && (src[lineStart] == ' ' || src[lineStart] == '\t') {
		lineStart++
	}
	return lineStart
}

// padded returns the text of src from off to end, preceded by as many
// spaces as there are bytes before off on its line, so that columns are
// the same as in the cell.
func padded(src string, off, end int) string {
	lineStart := strings.LastIndexByte(src[:off], '\n') + 1
	return strings.Repeat(" ", off-lineStart) + src[off:end]
}

// parsePiece parses one piece to learn what it declares and uses, and
// reports syntax errors with cell positions.
func parsePiece(src string, p *piece) error {
	fset := token.NewFileSet()
	firstLine, _ := lineCol(src, p.docStart)
	body := padded(src, p.docStart, p.end)
	mapErr := func(err error, header int) error {
		if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
			e := list[0]
			line := e.Pos.Line - header + firstLine - 1
			if line < firstLine {
				line = firstLine
			}
			if strings.HasSuffix(e.Msg, "found 'EOF'") && strings.TrimSpace(src[p.end:]) == "" {
				// At the end of the cell, as of a file.
				l, c := lineCol(src, len(src))
				msg, _ := frontend.SyntaxMessageIn(e.Msg, src, l, c)
				return &cellError{l, c, msg}
			}
			msg, col := frontend.SyntaxMessageIn(e.Msg, src, line, e.Pos.Column)
			return &cellError{line, col, msg}
		}
		return &cellError{p.line, p.col, err.Error()}
	}
	if p.kind.isDecl() || (p.kind == pkVar) {
		f, err := parser.ParseFile(fset, "", "package main\n"+body, parser.ParseComments)
		if err != nil {
			return mapErr(err, 1)
		}
		if len(f.Decls) != 1 {
			return &cellError{p.line, p.col, "unexpected declaration"}
		}
		p.decl = f.Decls[0]
	} else {
		f, err := parser.ParseFile(fset, "", "package main;func _(){\n"+body+"\n}", 0)
		if err != nil {
			return mapErr(err, 1)
		}
		stmts := f.Decls[0].(*ast.FuncDecl).Body.List
		if len(stmts) != 1 {
			return &cellError{p.line, p.col, "unexpected statement"}
		}
		p.stmt = stmts[0]
		switch st := p.stmt.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				p.kind = pkVar
			}
		case *ast.ExprStmt:
			p.kind = pkExpr
		}
	}
	p.names = declaredNames(p)
	p.uses, p.sels = references(p)
	return nil
}

// declaredNames lists the top-level names a piece declares.
func declaredNames(p *piece) []string {
	var names []string
	add := func(id *ast.Ident) {
		if id != nil && id.Name != "_" {
			names = append(names, id.Name)
		}
	}
	switch d := p.decl.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) > 0 {
			names = append(names, recvTypeName(d.Recv.List[0].Type)+"."+d.Name.Name)
		} else {
			add(d.Name)
		}
	case *ast.GenDecl:
		for _, spec := range d.Specs {
			switch sp := spec.(type) {
			case *ast.TypeSpec:
				add(sp.Name)
			case *ast.ValueSpec:
				for _, n := range sp.Names {
					add(n)
				}
			case *ast.ImportSpec:
				names = append(names, importName(sp))
			}
		}
	}
	if st, ok := p.stmt.(*ast.AssignStmt); ok && st.Tok == token.DEFINE {
		for _, l := range st.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				add(id)
			}
		}
	}
	return names
}

// recvTypeName is the base type name of a method receiver: T for T, *T,
// T[K] and *T[K] ("?" when there is none).
func recvTypeName(e ast.Expr) string {
	if n := goast.BaseTypeName(e); n != "" {
		return n
	}
	return "?"
}

// importName is the name an import spec makes visible: its alias or the
// last element of the path (a version suffix such as /v2 skipped).
func importName(sp *ast.ImportSpec) string {
	path, _ := strconv.Unquote(sp.Path.Value)
	if sp.Name != nil {
		return sp.Name.Name
	}
	return defaultImportName(path)
}

func defaultImportName(path string) string {
	elems := strings.Split(path, "/")
	name := elems[len(elems)-1]
	if len(elems) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = elems[len(elems)-2]
	}
	return name
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
