// A calculator: a lexer, a precedence-climbing parser of mutually
// recursive methods building an expression tree in a loop, and
// evaluation with errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
	EOF
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "OP", "LPAREN", "RPAREN", "EOF"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func lex(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(s)}), nil
}

type Expr interface{ Eval() (float64, error) }

type Num float64
type Bin struct {
	Op   byte
	L, R Expr
}

var ErrDivZero = errors.New("division by zero")

func (n Num) Eval() (float64, error) { return float64(n), nil }
func (b *Bin) Eval() (float64, error) {
	l, err := b.L.Eval()
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval()
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}

func (b *Bin) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/":
		return 2
	}
	return 0
}

func (p *parser) primary() (Expr, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, err
		}
		return Num(f), nil
	case LPAREN:
		e, err := p.expr(1)
		if err != nil {
			return nil, err
		}
		if p.next().Kind != RPAREN {
			return nil, errors.New("missing )")
		}
		return e, nil
	}
	return nil, fmt.Errorf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos)
}

func (p *parser) expr(min int) (Expr, error) {
	lhs, err := p.primary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Text) < min {
			return lhs, nil
		}
		p.next()
		rhs, err := p.expr(prec(t.Text) + 1)
		if err != nil {
			return nil, err
		}
		lhs = &Bin{t.Text[0], lhs, rhs}
	}
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "2 * (3 + 4) - 5 / 2", "1 + $", "(1 + 2", "1.5.2 + 1", "* 3"} {
		toks, err := lex(src)
		if err != nil {
			fmt.Println("lex error:", err)
			continue
		}
		p := &parser{toks: toks}
		e, err := p.expr(1)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		v, err := e.Eval()
		fmt.Printf("%-20s => %-22v = %g (err=%v, div0=%t)\n", src, e, v, err, errors.Is(err, ErrDivZero))
	}
	toks, _ := lex("3+4")
	fmt.Printf("%v\n%+v\n", toks, toks[0])
}
