package frontend

import (
	"go/ast"
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
	case strings.HasPrefix(e.Msg, "goto ") && strings.Contains(e.Msg, " jumps over variable declaration at line "):
		e.Msg = c.gotoOverDecl(e)
	}
	return e
}

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
	{regexp.MustCompile(`^expected '([^']+)', found (.+)$`), "syntax error: unexpected $found, expected $1"},
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
	for _, w := range parserWordings {
		m := w.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		repl := w.repl
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
