package main

import (
	"fmt"
	"strconv"
	"strings"
)

// A recursive-descent parser: expr, term and factor call each other,
// expr and term from two lines each. A bad token deep in parentheses
// panics; each frame names the call it was making.

type Parser struct {
	toks []string
	pos  int
}

func (p *Parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *Parser) next() string {
	t := p.peek()
	p.pos++
	return t
}

func (p *Parser) expr() int {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()
		r := p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *Parser) term() int {
	v := p.factor()
	for p.peek() == "*" {
		p.next()
		v *= p.factor()
	}
	return v
}

func (p *Parser) factor() int {
	if p.peek() == "(" {
		p.next()
		v := p.expr()
		p.next()
		return v
	}
	n, err := strconv.Atoi(p.next())
	if err != nil {
		panic(fmt.Sprintf("bad number at %d: %v", p.pos, err))
	}
	return n
}

func eval(src string) int {
	p := &Parser{toks: strings.Fields(src)}
	return p.expr()
}

func main() {
	fmt.Println(eval("1 + 2 * 3"))
	fmt.Println(eval("( 1 + 2 ) * 3 - 4"))
	fmt.Println(eval("2 * ( 1 + ( 4 - 1 ) * 2 )"))
	fmt.Println(eval("2 * ( 1 + ( 4 - x ) )"))
}
