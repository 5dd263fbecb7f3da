package main

import (
	"fmt"
	"math"
	"strings"
)

type Expr interface {
	Eval(env Env) float64
	Check(vars map[Var]bool) error
}

type Var string
type literal float64
type unary struct {
	op rune
	x  Expr
}
type binary struct {
	op   rune
	x, y Expr
}
type call struct {
	fn   string
	args []Expr
}
type Env map[Var]float64

func (v Var) Eval(env Env) float64   { return env[v] }
func (l literal) Eval(_ Env) float64 { return float64(l) }
func (u unary) Eval(env Env) float64 {
	switch u.op {
	case '+':
		return +u.x.Eval(env)
	case '-':
		return -u.x.Eval(env)
	}
	panic(fmt.Sprintf("unsupported unary operator: %q", u.op))
}
func (b binary) Eval(env Env) float64 {
	switch b.op {
	case '+':
		return b.x.Eval(env) + b.y.Eval(env)
	case '-':
		return b.x.Eval(env) - b.y.Eval(env)
	case '*':
		return b.x.Eval(env) * b.y.Eval(env)
	case '/':
		return b.x.Eval(env) / b.y.Eval(env)
	}
	panic(fmt.Sprintf("unsupported binary operator: %q", b.op))
}
func (c call) Eval(env Env) float64 {
	switch c.fn {
	case "pow":
		return math.Pow(c.args[0].Eval(env), c.args[1].Eval(env))
	case "sin":
		return math.Sin(c.args[0].Eval(env))
	case "sqrt":
		return math.Sqrt(c.args[0].Eval(env))
	}
	panic(fmt.Sprintf("unsupported function call: %s", c.fn))
}

func (v Var) Check(vars map[Var]bool) error {
	vars[v] = true
	return nil
}
func (literal) Check(vars map[Var]bool) error { return nil }
func (u unary) Check(vars map[Var]bool) error {
	if !strings.ContainsRune("+-", u.op) {
		return fmt.Errorf("unexpected unary op %q", u.op)
	}
	return u.x.Check(vars)
}
func (b binary) Check(vars map[Var]bool) error {
	if !strings.ContainsRune("+-*/", b.op) {
		return fmt.Errorf("unexpected binary op %q", b.op)
	}
	if err := b.x.Check(vars); err != nil {
		return err
	}
	return b.y.Check(vars)
}

var numParams = map[string]int{"pow": 2, "sin": 1, "sqrt": 1}

func (c call) Check(vars map[Var]bool) error {
	arity, ok := numParams[c.fn]
	if !ok {
		return fmt.Errorf("unknown function %q", c.fn)
	}
	if len(c.args) != arity {
		return fmt.Errorf("call to %s has %d args, want %d", c.fn, len(c.args), arity)
	}
	for _, arg := range c.args {
		if err := arg.Check(vars); err != nil {
			return err
		}
	}
	return nil
}

func (v Var) String() string     { return string(v) }
func (l literal) String() string { return fmt.Sprintf("%g", float64(l)) }
func (u unary) String() string   { return fmt.Sprintf("(%c%v)", u.op, u.x) }
func (b binary) String() string  { return fmt.Sprintf("(%v %c %v)", b.x, b.op, b.y) }
func (c call) String() string {
	parts := make([]string, len(c.args))
	for i, a := range c.args {
		parts[i] = fmt.Sprint(a)
	}
	return c.fn + "(" + strings.Join(parts, ", ") + ")"
}

func main() {
	tests := []struct {
		expr Expr
		env  Env
	}{
		{call{"sqrt", []Expr{literal(4)}}, Env{}},
		{call{"pow", []Expr{Var("x"), literal(3)}}, Env{"x": 12}},
		{binary{'+', call{"pow", []Expr{Var("x"), literal(3)}}, call{"pow", []Expr{Var("y"), literal(3)}}}, Env{"x": 9, "y": 10}},
		{binary{'/', literal(5), binary{'-', Var("F"), literal(32)}}, Env{"F": -40}},
		{unary{'-', Var("x")}, Env{"x": 2}},
	}
	for _, t := range tests {
		vars := map[Var]bool{}
		if err := t.expr.Check(vars); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s\t%v => %.6g (vars %d)\n", t.expr, t.env, t.expr.Eval(t.env), len(vars))
	}
	bad := call{"pow", []Expr{literal(1)}}
	fmt.Println(bad.Check(map[Var]bool{}))
	var e Expr = Var("z")
	switch v := e.(type) {
	case Var:
		fmt.Printf("var %q %T\n", v, v)
	case literal:
		fmt.Println("lit", v)
	}
	fmt.Printf("%v %T %#v\n", e, e, e)
	fmt.Println(unary{'!', literal(1)}.Check(nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	unary{'!', literal(1)}.Eval(nil)
}
