package main

import (
	"errors"
	"fmt"
)

type Op int

const (
	Add Op = iota
	Sub
	Mul
	Div
)

func (o Op) String() string {
	switch o {
	case Add:
		return "+"
	case Sub:
		return "-"
	case Mul:
		return "*"
	case Div:
		return "/"
	}
	return fmt.Sprintf("Op(%d)", int(o))
}

var ErrDivZero = errors.New("division by zero")

func apply(o Op, a, b float64) (float64, error) {
	switch o {
	case Add:
		return a + b, nil
	case Sub:
		return a - b, nil
	case Mul:
		return a * b, nil
	case Div:
		if b == 0 {
			return 0, ErrDivZero
		}
		return a / b, nil
	default:
		return 0, fmt.Errorf("unknown op %v", o)
	}
}

func main() {
	for _, o := range []Op{Add, Sub, Mul, Div, Op(9)} {
		r, err := apply(o, 8, 2)
		fmt.Printf("8 %v 2 = %g (err: %v)\n", o, r, err)
	}
	_, err := apply(Div, 1, 0)
	fmt.Println(errors.Is(err, ErrDivZero))
	fmt.Printf("%v %d %q %x\n", Mul, Mul, Mul, Mul)
}
