package assist

import (
	"go/scanner"
	"go/token"
	"strings"
)

// tok is one token with byte offsets into the scanned text.
type tok struct {
	pos, end int
	tok      token.Token
	lit      string
	auto     bool // a semicolon the scanner inserted at a newline or EOF
}

// lexErr is an error the scanner reported.
type lexErr struct {
	pos int
	msg string
}

// lex scans src, comments included. It never fails: errors are returned
// alongside the tokens.
func lex(src string) ([]tok, []lexErr) {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	var errs []lexErr
	s.Init(f, []byte(src), func(p token.Position, msg string) {
		errs = append(errs, lexErr{p.Offset, msg})
	}, scanner.ScanComments)
	var toks []tok
	for {
		p, t, lit := s.Scan()
		if t == token.EOF {
			break
		}
		off := f.Offset(p)
		tk := tok{pos: off, tok: t, lit: lit}
		switch {
		case t == token.SEMICOLON && lit != ";":
			tk.auto, tk.end = true, off
		case lit != "":
			tk.end = off + len(lit)
		default:
			tk.end = off + len(t.String())
		}
		if tk.end > len(src) {
			tk.end = len(src)
		}
		toks = append(toks, tk)
	}
	return toks, errs
}

// withoutComments drops comment tokens.
func withoutComments(ts []tok) []tok {
	out := ts[:0:0]
	for _, t := range ts {
		if t.tok != token.COMMENT {
			out = append(out, t)
		}
	}
	return out
}

// unterminated reports whether a scanner error says the token starting
// at pos runs to the end of the text (an unterminated string, raw
// string, rune or comment).
func unterminated(errs []lexErr, pos int) (msg string, ok bool) {
	for _, e := range errs {
		if e.pos == pos && strings.Contains(e.msg, "not terminated") {
			return e.msg, true
		}
	}
	return "", false
}

func isOpen(t token.Token) bool  { return t == token.LPAREN || t == token.LBRACK || t == token.LBRACE }
func isClose(t token.Token) bool { return t == token.RPAREN || t == token.RBRACK || t == token.RBRACE }

func closerOf(t token.Token) token.Token {
	switch t {
	case token.LPAREN:
		return token.RPAREN
	case token.LBRACK:
		return token.RBRACK
	}
	return token.RBRACE
}

// matchBack returns the index of the opener matching the closer at ts[i],
// or -1.
func matchBack(ts []tok, i int) int {
	depth := 0
	for j := i; j >= 0; j-- {
		switch {
		case isClose(ts[j].tok):
			depth++
		case isOpen(ts[j].tok):
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// matchForward returns the index of the closer matching the opener at
// ts[i], or -1 when it is not closed.
func matchForward(ts []tok, i int) int {
	depth := 0
	for j := i; j < len(ts); j++ {
		switch {
		case isOpen(ts[j].tok):
			depth++
		case isClose(ts[j].tok):
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// operandStart walks back from ts[i] (the last token of an operand, just
// before a '.') over a primary expression made of identifiers, selectors,
// calls and index expressions, and returns the index of its first token,
// or -1 when ts[i] cannot end such an operand.
func operandStart(ts []tok, i int) int {
	start := -1
	for i >= 0 {
		switch ts[i].tok {
		case token.IDENT:
			start = i
			if i > 0 && ts[i-1].tok == token.PERIOD {
				i -= 2
				continue
			}
			return start
		case token.RPAREN, token.RBRACK:
			j := matchBack(ts, i)
			if j < 0 {
				return -1
			}
			start = j // a call's or index's operand, or a parenthesised one
			i = j - 1
			if i >= 0 && ts[i].tok == token.PERIOD {
				// a type assertion x.(T)
				i--
			}
			continue
		case token.STRING, token.INT, token.FLOAT, token.CHAR, token.IMAG:
			return i
		}
		return start
	}
	return start
}
