package frontend

import (
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"
)

// A cell's type errors read as `go build` prints them. The Go compiler
// checks types with types2, whose messages are go/types' but for a few
// wordings (its syntax package checks labels and branches), some
// positions, and the way an error with parts is told: go/types reports
// each further part ("other declaration of f", "previous case") as an
// error of its own, which, ordered by position, came before the error
// it explains. Here the parts are folded into their error as the
// compiler prints them (a line each, with its position), and the
// wordings and positions are the compiler's.

// foldParts returns the checker's errors with each further part of an
// error (a message starting with a tab) folded into the error before it:
//
//	f redeclared in this block
//		3:6: other declaration of f
//
// A part in a session declaration names the cell of that declaration.
func (c *checked) foldParts(errs []types.Error) []types.Error {
	var out []types.Error
	for _, e := range errs {
		if strings.HasPrefix(e.Msg, "\t") && len(out) > 0 {
			last := &out[len(out)-1]
			last.Msg += "\n\t" + c.posText(e.Pos) + strings.TrimPrefix(e.Msg, "\t")
			continue
		}
		out = append(out, e)
	}
	return out
}

// posText names pos as an error message does ("8:7: "): by the cell's
// line and column, or the cell a session declaration is in.
func (c *checked) posText(pos token.Pos) string {
	if off, ok := c.cellOff(pos); ok {
		line, col := lineCol(c.plan.cell, off)
		return strconv.Itoa(line) + ":" + strconv.Itoa(col) + ": "
	}
	if d := c.declAt(pos); d != nil && d.Cell > 0 {
		return "In[" + strconv.Itoa(d.Cell) + "]: "
	}
	return ""
}

// checkPos matches a position of the check's own file in a message:
// "(declared at cell.go:5:13)".
var checkPos = regexp.MustCompile(`cell\.go:(\d+):(\d+)`)

// compilerWordings are go/types' wordings the compiler words otherwise.
var compilerWordings = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`^break not in for, switch, or select statement`), "break is not in a loop, switch, or select"},
	{regexp.MustCompile(`^continue not in for statement`), "continue is not in a loop"},
	{regexp.MustCompile(`^label (\S+) declared and not used`), "label $1 defined and not used"},
	{regexp.MustCompile(`^label (\S+) not declared`), "label $1 not defined"},
}

// compilerMessage rewrites e's message and position as the compiler
// has them (see above), e being one of the cell's errors.
func (c *checked) compilerMessage(e types.Error) types.Error {
	for _, w := range compilerWordings {
		if w.re.MatchString(e.Msg) {
			e.Msg = w.re.ReplaceAllString(e.Msg, w.repl)
			break
		}
	}
	e.Msg = checkPos.ReplaceAllStringFunc(e.Msg, func(m string) string {
		sub := checkPos.FindStringSubmatch(m)
		line, _ := strconv.Atoi(sub[1])
		col, _ := strconv.Atoi(sub[2])
		if line < 1 || line > c.tf.LineCount() {
			return m
		}
		return strings.TrimSuffix(c.posText(c.tf.LineStart(line)+token.Pos(col-1)), ": ")
	})
	switch {
	case strings.HasPrefix(e.Msg, "invalid break label "), strings.HasPrefix(e.Msg, "invalid continue label "):
		// The compiler tells a label no statement has from one that
		// is not an enclosing loop's.
		if br := c.branchAt(e.Pos); br != nil && br.Label != nil && !c.labelled(br) {
			e.Msg = strings.ToLower(br.Tok.String()) + " label not defined: " + br.Label.Name
		}
	case strings.HasPrefix(e.Msg, "not enough arguments in call to "):
		// At the last argument, or the call when it has none (go/types:
		// at its closing parenthesis).
		if call := c.callClosedAt(e.Pos); call != nil {
			if n := len(call.Args); n > 0 {
				e.Pos = call.Args[n-1].Pos()
			} else {
				e.Pos = call.Pos()
			}
		}
	case strings.HasPrefix(e.Msg, "in call to ") && strings.Contains(e.Msg, "cannot infer"),
		strings.Contains(e.Msg, " does not satisfy "):
		// An inference of a call's type arguments fails at the call's
		// opening parenthesis (go/types: at the func).
		if call := c.callOfFunAt(e.Pos); call != nil {
			e.Pos = call.Lparen
		}
	case strings.HasPrefix(e.Msg, "label ") && strings.Contains(e.Msg, " already declared\n\t"):
		// "label L already defined at 4:1".
		if m := labelTwice.FindStringSubmatch(e.Msg); m != nil {
			e.Msg = "label " + m[1] + " already defined at " + m[2]
		}
	case e.Msg == "method must have no type parameters":
		e.Msg = "syntax error: " + e.Msg
	case strings.HasPrefix(e.Msg, "invalid operation: cannot send to "):
		// At the channel (go/types: at the arrow).
		if send := nodeAt(c.ast, e.Pos, func(s *ast.SendStmt) bool { return s.Arrow == e.Pos }); send != nil {
			e.Pos = send.Chan.Pos()
		}
	case e.Msg == "cannot declare in post statement":
		// A syntax error to the compiler, at the :=.
		e.Msg = "syntax error: cannot declare in post statement of for loop"
		if as := nodeAt(c.ast, e.Pos, func(as *ast.AssignStmt) bool { return as.Pos() == e.Pos }); as != nil {
			e.Pos = as.TokPos
		}
	case strings.HasPrefix(e.Msg, "cannot index "):
		// At the opening bracket (go/types: at the operand).
		if ix := nodeAt(c.ast, e.Pos, func(x *ast.IndexExpr) bool { return x.X.Pos() == e.Pos }); ix != nil {
			e.Pos = ix.Lbrack
		}
	case strings.HasPrefix(e.Msg, "goto ") && strings.Contains(e.Msg, " jumps over variable declaration at line "):
		e.Msg = c.gotoOverDecl(e)
	}
	return e
}

// labelTwice is go/types' error for a label declared again, with its
// part folded in.
var labelTwice = regexp.MustCompile(`^label (\S+) already declared\n\t(\d+:\d+): other declaration of \S+$`)

// branchAt returns the branch statement whose label is at pos.
func (c *checked) branchAt(pos token.Pos) *ast.BranchStmt {
	return nodeAt(c.ast, pos, func(br *ast.BranchStmt) bool { return br.Label != nil && br.Label.Pos() == pos })
}

// nodeAt returns the first node of type T around pos in root that match
// accepts, or the zero T.
func nodeAt[T ast.Node](root ast.Node, pos token.Pos, match func(T) bool) T {
	var found T
	done := false
	ast.Inspect(root, func(n ast.Node) bool {
		if done || n == nil || n.Pos() > pos || n.End() < pos {
			return false
		}
		if x, ok := n.(T); ok && match(x) {
			found, done = x, true
		}
		return !done
	})
	return found
}

// labelled reports whether the func holding br has a statement labelled
// as br's label.
func (c *checked) labelled(br *ast.BranchStmt) bool {
	var body ast.Node
	ast.Inspect(c.ast, func(n ast.Node) bool {
		if n == nil || n.Pos() > br.Pos() || n.End() < br.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		return true
	})
	found := false
	if body != nil {
		ast.Inspect(body, func(n ast.Node) bool {
			if _, lit := n.(*ast.FuncLit); lit {
				return false
			}
			if ls, ok := n.(*ast.LabeledStmt); ok && ls.Label.Name == br.Label.Name {
				found = true
			}
			return !found
		})
	}
	return found
}

// callClosedAt returns the call whose closing parenthesis is at pos.
func (c *checked) callClosedAt(pos token.Pos) *ast.CallExpr {
	return nodeAt(c.ast, pos, func(call *ast.CallExpr) bool { return call.Rparen == pos })
}

// callOfFunAt returns the call whose func expression starts, or whose
// selected name is, at pos.
func (c *checked) callOfFunAt(pos token.Pos) *ast.CallExpr {
	return nodeAt(c.ast, pos, func(call *ast.CallExpr) bool {
		fun := ast.Unparen(call.Fun)
		if ix, ok := fun.(*ast.IndexExpr); ok {
			fun = ix.X
		} else if ix, ok := fun.(*ast.IndexListExpr); ok {
			fun = ix.X
		}
		if sel, ok := fun.(*ast.SelectorExpr); ok && sel.Sel.Pos() == pos {
			return true
		}
		return fun.Pos() == pos
	})
}

// gotoLine matches the line go/types names in a goto's message.
var gotoLine = regexp.MustCompile(`^goto (\S+) jumps over variable declaration at line (\d+)`)

// gotoOverDecl words e, a goto jumping over a variable declaration, as
// the compiler does: "goto end jumps over declaration of x at 7:4"
// (go/types names the line of the check's own file).
func (c *checked) gotoOverDecl(e types.Error) string {
	m := gotoLine.FindStringSubmatch(e.Msg)
	if m == nil {
		return e.Msg
	}
	line, _ := strconv.Atoi(m[2])
	if line < 1 || line > c.tf.LineCount() {
		return e.Msg
	}
	start := c.tf.LineStart(line)
	end := token.Pos(c.tf.Base() + c.tf.Size())
	if line < c.tf.LineCount() {
		end = c.tf.LineStart(line + 1)
	}
	var first *ast.Ident
	for id, obj := range c.info.Defs {
		if _, ok := obj.(*types.Var); ok && id.Pos() >= start && id.Pos() < end && (first == nil || id.Pos() < first.Pos()) {
			first = id
		}
	}
	if first == nil {
		return e.Msg
	}
	at := first.Pos()
	ast.Inspect(c.ast, func(n ast.Node) bool {
		if n == nil || n.Pos() > first.Pos() || n.End() < first.End() {
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			at = as.TokPos // the compiler places x := 1 at its :=
		}
		return true
	})
	return "goto " + m[1] + " jumps over declaration of " + first.Name + " at " + strings.TrimSuffix(c.posText(at), ": ") + e.Msg[len(m[0]):]
}

// Syntax errors come from go/parser and go/scanner, whose wording is
// not the compiler's (its syntax package): "missing ',' before newline
// in composite literal" is go build's "syntax error: unexpected newline
// in composite literal; possibly missing comma or }", which is what a
// student looks up.

// parserWordings are go/parser's and go/scanner's syntax errors the
// compiler words otherwise, in the compiler's words ($found is the token
// found, as the compiler names it).
var parserWordings = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`^missing ',' before newline in composite literal$`), "syntax error: unexpected newline in composite literal; possibly missing comma or }"},
	{regexp.MustCompile(`^missing ',' before newline in (argument|parameter) list$`), "syntax error: unexpected newline in $1 list; possibly missing comma or )"},
	{regexp.MustCompile(`^expected ';', found (.+)$`), "syntax error: unexpected $found at end of statement"},
	{regexp.MustCompile(`^expected statement, found (.+)$`), "syntax error: unexpected $found, expected }"},
	{regexp.MustCompile(`^expected operand, found (.+)$`), "syntax error: unexpected $found, expected expression"},
	{regexp.MustCompile(`^expected type, found ':='$`), "syntax error: unexpected :=, expected ="},
	{regexp.MustCompile(`^expected '([^']+)', found (.+)$`), "syntax error: unexpected $found, expected $1"},
	{regexp.MustCompile(`^expected ([a-z][a-z ]*), found (.+)$`), "syntax error: unexpected $found, expected $1"},
	{regexp.MustCompile(`^illegal character (.*)$`), "invalid character $1"},
	{regexp.MustCompile(`^illegal rune literal$`), "more than one character in rune literal"},
	{regexp.MustCompile(`^rune literal not terminated$`), "newline in rune literal"},
	{regexp.MustCompile(`^string literal not terminated$`), "newline in string"},
	{regexp.MustCompile(`^raw string literal not terminated$`), "string not terminated"},
	{regexp.MustCompile(`^comment not terminated$`), "comment not terminated"},
}

// goKeywords are Go's keywords, which the compiler names "keyword else".
var goKeywords = map[string]bool{
	"break": true, "case": true, "chan": true, "const": true, "continue": true, "default": true,
	"defer": true, "else": true, "fallthrough": true, "for": true, "func": true, "go": true,
	"goto": true, "if": true, "import": true, "interface": true, "map": true, "package": true,
	"range": true, "return": true, "select": true, "struct": true, "switch": true, "type": true, "var": true,
}

// compilerToken names a token go/parser reports found ("newline",
// "'EOF'", "'else'", "main", "42") as the compiler does ("newline",
// "EOF", "keyword else", "name main", "literal 42").
func compilerToken(found string) string {
	if found == "newline" {
		return found
	}
	if q := strings.Trim(found, "'"); len(found) > 2 && found[0] == '\'' && found[len(found)-1] == '\'' {
		switch {
		case q == "EOF":
			return "EOF"
		case goKeywords[q]:
			return "keyword " + q
		case q == ",":
			return "comma"
		case q == ";":
			return "semicolon"
		}
		return q
	}
	if r := found[0]; r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 {
		return "name " + found
	}
	return "literal " + found
}

// assignAsValue matches go/parser's error for an assignment where a
// condition goes (if x = 1 {).
var assignAsValue = regexp.MustCompile(`^expected boolean expression, found assignment`)

// missingComma is go/parser's error for two operands in a list.
var missingComma = regexp.MustCompile(`^missing ',' in (argument list|parameter list|composite literal)$`)

// tokenAt names the token at the 1-based column col of line as the
// compiler names a token it did not expect ("literal \"b\"", "name x",
// "keyword if"); "" when there is none.
func tokenAt(line string, col int) string {
	if col < 1 || col > len(line) {
		return ""
	}
	var sc scanner.Scanner
	fs := token.NewFileSet()
	src := []byte(line[col-1:])
	sc.Init(fs.AddFile("", -1, len(src)), src, nil, 0)
	_, tok, lit := sc.Scan()
	switch {
	case tok.IsLiteral() && tok != token.IDENT:
		return "literal " + lit
	case tok == token.IDENT:
		return "name " + lit
	case tok.IsKeyword():
		return "keyword " + lit
	case tok == token.EOF || tok == token.ILLEGAL:
		return ""
	}
	return tok.String()
}

// lastKeyword returns the offset of the last kw in text that stands as
// a word, or -1.
func lastKeyword(text, kw string) int {
	word := func(b byte) bool {
		return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
	}
	for end := len(text); end > 0; {
		i := strings.LastIndex(text[:end], kw)
		if i < 0 {
			return -1
		}
		if (i == 0 || !word(text[i-1])) && (i+len(kw) == len(text) || !word(text[i+len(kw)])) {
			return i
		}
		end = i
	}
	return -1
}

// SyntaxMessageIn is SyntaxMessage for an error at the 1-based line and
// column of src, the text it is in: a token that does not end a field
// of a struct or interface type is named so.
func SyntaxMessageIn(msg, src string, line, col int) (string, int) {
	lines := strings.Split(src, "\n")
	text := ""
	if line >= 1 && line <= len(lines) {
		text = lines[line-1]
	}
	if m := endOfStatement.FindStringSubmatch(msg); m != nil && line >= 1 && line <= len(lines) {
		off := col - 1
		for _, l := range lines[:line-1] {
			off += len(l) + 1
		}
		if kind := openType(src, off); kind != "" {
			return "syntax error: unexpected " + compilerToken(m[1]) + " in " + kind + " type; possibly missing semicolon or newline or }", col
		}
	}
	return SyntaxMessage(msg, text, col)
}

// endOfStatement is go/parser's error for a token after a complete
// statement, declaration or field.
var endOfStatement = regexp.MustCompile(`^expected ';', found (.+)$`)

// openType returns "struct" or "interface" when the innermost brace
// open at off in src begins that type's fields, or "".
func openType(src string, off int) string {
	if off > len(src) {
		off = len(src)
	}
	var sc scanner.Scanner
	fs := token.NewFileSet()
	b := []byte(src[:off])
	sc.Init(fs.AddFile("", -1, len(b)), b, nil, 0)
	var open []token.Token // the token before each open brace
	prev := token.ILLEGAL
	for {
		_, tok, _ := sc.Scan()
		switch tok {
		case token.EOF:
			if len(open) == 0 {
				return ""
			}
			switch open[len(open)-1] {
			case token.STRUCT:
				return "struct"
			case token.INTERFACE:
				return "interface"
			}
			return ""
		case token.LBRACE:
			open = append(open, prev)
		case token.RBRACE:
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
		prev = tok
	}
}

// SyntaxMessage words a syntax error of go/parser or go/scanner as the
// Go compiler does, line being the text of the line it is on and col its
// column there; it returns the message and the column the compiler
// reports.
func SyntaxMessage(msg, line string, col int) (string, int) {
	if assignAsValue.MatchString(msg) && col >= 1 && col <= len(line) {
		// The compiler names the assignment and places it at its
		// operator: "cannot use assignment x = 1 as value".
		text := line[col-1:]
		if i := strings.LastIndex(text, "{"); i > 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if op := strings.IndexAny(text, "=:+-*/%&|^<>"); op > 0 {
			return "syntax error: cannot use assignment " + text + " as value", col + op
		}
		return "syntax error: cannot use assignment as value", col
	}
	switch msg {
	case "string literal not terminated", "rune literal not terminated":
		// At the end of the line (go/scanner: at the literal).
		col = len(strings.TrimRight(line, "\r\n")) + 1
	case "cannot declare in post statement":
		// At the := (go/parser: at the statement).
		if col >= 1 && col <= len(line) {
			if i := strings.Index(line[col-1:], ":="); i >= 0 {
				col += i
			}
		}
		return "syntax error: cannot declare in post statement of for loop", col
	case "missing parameter type", "missing condition in if statement", "missing receiver", "missing return type", "method must have no type parameters":
		return "syntax error: " + msg, col
	}
	if m := missingComma.FindStringSubmatch(msg); m != nil {
		// The token found instead, as the compiler names it.
		if tok := tokenAt(line, col); tok != "" {
			closer := ")"
			if m[1] == "composite literal" {
				closer = "}"
			}
			return "syntax error: unexpected " + tok + " in " + m[1] + "; possibly missing comma or " + closer, col
		}
	}
	if msg == "expected type argument list" {
		if tok := tokenAt(line, col); tok != "" {
			return "syntax error: unexpected " + tok + ", expected type argument list", col
		}
	}
	if (strings.HasPrefix(msg, "expected '}', found ") || strings.HasPrefix(msg, "expected statement, found ")) && !strings.HasSuffix(msg, "'EOF'") && col-1 <= len(line) && strings.TrimSpace(line[:col-1]) != "" {
		// A token after a complete statement on its line.
		if tok := tokenAt(line, col); tok != "" {
			return "syntax error: unexpected " + tok + " at end of statement", col
		}
	}
	for _, kw := range []string{"defer", "go"} {
		if msg == "expression in "+kw+" must be function call" && col-1 <= len(line) {
			// At the expression (go/parser: at its end).
			before := line[:col-1]
			if i := lastKeyword(before, kw); i >= 0 {
				j := i + len(kw)
				for j < len(before) && (before[j] == ' ' || before[j] == '\t') {
					j++
				}
				return msg, j + 1
			}
		}
	}
	for _, w := range parserWordings {
		m := w.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		repl := w.repl
		if len(m) > 2 && m[1] == "IDENT" {
			repl = strings.ReplaceAll(repl, "$1", "name")
		}
		if strings.Contains(repl, "$found") {
			repl = strings.ReplaceAll(repl, "$found", compilerToken(m[len(m)-1]))
		}
		out := w.re.ReplaceAllString(msg, repl)
		if strings.HasSuffix(out, ", expected {") {
			// A loop's or an if's header not followed by its block.
			head := strings.TrimSpace(line)
			switch {
			case strings.HasPrefix(head, "for ") || head == "for":
				out += " after for clause"
			case strings.HasPrefix(head, "if ") || strings.HasPrefix(head, "} else if "):
				out += " after if clause"
			}
		}
		return out, col
	}
	return msg, col
}
