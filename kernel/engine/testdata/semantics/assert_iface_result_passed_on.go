// An expression tree whose constructors return the Expr interface,
// passed straight to funcs that assert it back (depth(mul(…))),
// and an error returned by a func passed straight to one that asserts it.
package main

import (
	"errors"
	"fmt"
)

type Expr interface{ Eval() float64 }

type Num float64

func (n Num) Eval() float64 { return float64(n) }

type BinOp struct {
	Op   byte
	L, R Expr
}

func (b *BinOp) Eval() float64 {
	switch b.Op {
	case '+':
		return b.L.Eval() + b.R.Eval()
	}
	return b.L.Eval() * b.R.Eval()
}

func add(l, r Expr) Expr { return &BinOp{'+', l, r} }
func mul(l, r Expr) Expr { return &BinOp{'*', l, r} }

func depth(e Expr) int {
	if b, ok := e.(*BinOp); ok {
		return 1 + max(depth(b.L), depth(b.R))
	}
	return 0
}

func describe(e Expr) string {
	b := e.(*BinOp)
	return fmt.Sprintf("%c with %v", b.Op, b.Eval())
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return e.Key + " not found" }

func find(k string) error { return &NotFound{k} }

func report(err error) string {
	var nf *NotFound
	if errors.As(err, &nf) {
		return "missing " + nf.Key
	}
	if e, ok := err.(*NotFound); ok {
		return "direct " + e.Key
	}
	return "other"
}

func main() {
	e := add(Num(1), mul(Num(2), Num(3)))
	fmt.Println(e.Eval(), depth(e))
	fmt.Println(depth(mul(Num(2), add(Num(1), Num(1)))))
	fmt.Println(describe(add(Num(1), Num(2))))
	fmt.Println(report(find("k")))
	var b BinOp
	b.L, b.R = Num(2), Num(5)
	fmt.Println(describe(&b))
}
