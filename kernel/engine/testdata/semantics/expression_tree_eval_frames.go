package main

import "fmt"

// An expression tree evaluated through an interface: Bin's Eval calls
// its operands' Eval from two lines. A division by zero in the left
// operand names, in the frame above it, the line evaluating the left.

type Expr interface {
	Eval() int
}

type Num int

func (n Num) Eval() int { return int(n) }

type Neg struct{ X Expr }

func (n Neg) Eval() int { return -n.X.Eval() }

type Bin struct {
	Op   byte
	L, R Expr
}

func (b *Bin) Eval() int {
	l := b.L.Eval()
	r := b.R.Eval()
	switch b.Op {
	case '+':
		return l + r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic(fmt.Sprintf("unknown operator %q", b.Op))
}

func (b *Bin) String() string {
	return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R)
}

func main() {
	e := &Bin{'+', Num(1), &Bin{'*', Num(4), Neg{Num(3)}}}
	fmt.Println(e, "=", e.Eval())
	bad := &Bin{'+', &Bin{'*', Num(2), Neg{&Bin{'/', Num(8), &Bin{'+', Num(1), Num(-1)}}}}, Num(5)}
	fmt.Println(bad)
	fmt.Println(bad.Eval())
}
