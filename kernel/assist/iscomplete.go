package assist

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"strings"
)

// Indent is the indentation IsComplete asks for per open level: a tab,
// as gofmt writes Go.
const Indent = "\t"

// IsComplete tells a console whether code can run as it is:
//
//   - "complete": it parses;
//   - "incomplete": more lines can finish it (an open brace, parenthesis
//     or bracket, an unterminated raw string or block comment, a trailing
//     binary operator, comma or '.'); indent is what the next line wants,
//     Indent once per line that opened a level still open;
//   - "invalid": it has an error that no added text can repair, such as
//     `x := )`, or a constant expression that cannot compile, such as
//     `1 +* 2`.
//
// A cell may mix declarations (import, func, type, var, const) and
// statements; each top-level part is checked in the context where the
// engine runs it.
//
// Lines that start with '%' (magics, which the engine handles) are
// ignored.
func IsComplete(code string) (status, indent string) {
	code = blankMagics(code)
	all, errs := lex(code)
	ts := withoutComments(all)

	// An unterminated raw string or block comment can still be closed.
	for _, e := range errs {
		if !strings.Contains(e.msg, "not terminated") {
			continue
		}
		if strings.Contains(e.msg, "raw string") || strings.Contains(e.msg, "comment") {
			if bracketsMismatched(ts, e.pos) {
				return "invalid", ""
			}
			// Inside the literal or comment, indentation would be content.
			return "incomplete", ""
		}
		return "invalid", "" // a string or rune literal cannot span lines
	}
	if len(errs) > 0 {
		return "invalid", ""
	}
	if bracketsMismatched(ts, len(code)) {
		return "invalid", ""
	}

	chunks := splitChunks(ts)
	for i, c := range chunks {
		last := i == len(chunks)-1
		if ts[c[0]].tok == token.PACKAGE {
			// A whole program: "package main" is its first part.
			if c[1]-c[0] == 2 && ts[c[0]+1].tok == token.IDENT {
				continue
			}
			if last && c[1]-c[0] == 1 {
				return "incomplete", ""
			}
			return "invalid", ""
		}
		src := code[ts[c[0]].pos:ts[c[1]-1].end]
		f, err, atEnd := parseChunk(src, isDeclStart(ts, c[0], c[1]))
		if err != nil {
			if last && atEnd {
				return "incomplete", indentFor(code, ts, len(code))
			}
			return "invalid", ""
		}
		if !constantsValid(f) {
			return "invalid", ""
		}
	}
	return "complete", ""
}

// bracketsMismatched reports whether a closer among the tokens before
// byte offset end does not match its opener.
func bracketsMismatched(ts []tok, end int) bool {
	var stack []token.Token
	for _, t := range ts {
		if t.pos >= end {
			break
		}
		switch {
		case isOpen(t.tok):
			stack = append(stack, t.tok)
		case isClose(t.tok):
			if len(stack) == 0 || closerOf(stack[len(stack)-1]) != t.tok {
				return true
			}
			stack = stack[:len(stack)-1]
		}
	}
	return false
}

// splitChunks splits the tokens into top-level parts at semicolons at
// depth 0 (but not those of a for, if or switch header) and returns
// their [start, end) token ranges.
func splitChunks(ts []tok) [][2]int {
	var out [][2]int
	depth, start, header := 0, 0, false
	for i, t := range ts {
		switch {
		case depth == 0 && (t.tok == token.FOR || t.tok == token.IF || t.tok == token.SWITCH || t.tok == token.SELECT):
			header = true
		case t.tok == token.LBRACE && depth == 0 && header:
			header = false
			depth++
		case header && t.tok == token.SEMICOLON && !t.auto:
			// for i := 0; i < n; i++ {
		case isOpen(t.tok):
			depth++
		case isClose(t.tok):
			depth--
		case t.tok == token.SEMICOLON && depth == 0:
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	if start < len(ts) {
		out = append(out, [2]int{start, len(ts)})
	}
	return out
}

// isDeclStart reports whether the part ts[a:b] is a top-level
// declaration (parsed as a file) rather than statements (parsed as a
// function body). A func keyword starts a declaration when a name, or a
// receiver and then a name, follows it; otherwise it is a literal.
func isDeclStart(ts []tok, a, b int) bool {
	switch ts[a].tok {
	case token.IMPORT, token.TYPE, token.CONST, token.VAR, token.PACKAGE:
		return true
	case token.FUNC:
		if a+1 < b && ts[a+1].tok == token.IDENT {
			return true
		}
		if a+1 < b && ts[a+1].tok == token.LPAREN {
			m := matchForward(ts[:b], a+1)
			return m > 0 && m+2 < b && ts[m+1].tok == token.IDENT && ts[m+2].tok == token.LPAREN
		}
	}
	return false
}

// parseChunk parses one top-level part. atEnd reports whether the first
// error is at the end of src, so that more text could fix it.
func parseChunk(src string, decl bool) (f *ast.File, err error, atEnd bool) {
	prefix, suffix := "package p;", ""
	if !decl {
		prefix, suffix = "package p;func _(){", "\n}"
	}
	f, err = parser.ParseFile(token.NewFileSet(), "", prefix+src+suffix, parser.SkipObjectResolution)
	if err == nil {
		return f, nil, false
	}
	list, ok := err.(scanner.ErrorList)
	if !ok || len(list) == 0 {
		return nil, err, false
	}
	list.Sort()
	off := list[0].Pos.Offset - len(prefix)
	return nil, err, off >= len(strings.TrimRight(src, " \t\r\n"))
}

// constantsValid type-checks every expression made only of literals and
// operators (which needs no context) and reports whether all are valid.
func constantsValid(f *ast.File) bool {
	ok := true
	ast.Inspect(f, func(n ast.Node) bool {
		if !ok {
			return false
		}
		e, isExpr := n.(ast.Expr)
		if !isExpr || !pureConstant(e) {
			return true
		}
		if _, isLit := e.(*ast.BasicLit); isLit {
			return false
		}
		if _, err := types.Eval(token.NewFileSet(), nil, token.NoPos, nodeString(e)); err != nil {
			ok = false
		}
		return false
	})
	return ok
}

// pureConstant reports whether e is built only from literals and
// operators.
func pureConstant(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return pureConstant(x.X)
	case *ast.UnaryExpr:
		return pureConstant(x.X)
	case *ast.StarExpr:
		return pureConstant(x.X)
	case *ast.BinaryExpr:
		return pureConstant(x.X) && pureConstant(x.Y)
	}
	return false
}

// continuation tokens at the end of a line mean the expression goes on.
func continues(t token.Token) bool {
	switch t {
	case token.COMMA, token.COLON, token.SEMICOLON, token.INC, token.DEC, token.ELLIPSIS:
		return false
	}
	return t.IsOperator() && !isOpen(t) && !isClose(t)
}

// indentFor computes the indentation of the line after code[:end]: one
// Indent per line holding an opener that is still open, and one more for
// a line that ends in an operator outside any bracket opened on it.
func indentFor(code string, ts []tok, end int) string {
	type open struct {
		tok  token.Token
		line int
	}
	var stack []open
	line := func(off int) int { return strings.Count(code[:off], "\n") }
	var lastTok *tok
	for i := range ts {
		t := &ts[i]
		if t.pos >= end {
			break
		}
		if !t.auto {
			lastTok = t
		}
		switch {
		case isOpen(t.tok):
			stack = append(stack, open{t.tok, line(t.pos)})
		case isClose(t.tok) && len(stack) > 0:
			stack = stack[:len(stack)-1]
		}
	}
	levels, prevLine := 0, -1
	for _, o := range stack {
		if o.line != prevLine {
			levels++
			prevLine = o.line
		}
	}
	if lastTok != nil && continues(lastTok.tok) {
		lastLine := line(lastTok.pos)
		if len(stack) == 0 || stack[len(stack)-1].line != lastLine {
			levels++
		}
	}
	return strings.Repeat(Indent, levels)
}

// blankMagics replaces lines that start with '%' by spaces, keeping
// offsets.
func blankMagics(code string) string {
	if !strings.Contains(code, "%") {
		return code
	}
	lines := strings.SplitAfter(code, "\n")
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), "%") {
			body := strings.TrimRight(l, "\n")
			lines[i] = strings.Repeat(" ", len(body)) + l[len(body):]
		}
	}
	return strings.Join(lines, "")
}
