// An expression tree walked with type switches: evaluate, print, count
// node kinds, recover from an unbound variable.
package main

import (
	"fmt"
	"strings"
)

type Node interface{ node() }

type (
	Lit struct{ V int }
	Var struct{ Name string }
	Add struct{ L, R Node }
	Mul struct{ L, R Node }
	Let struct {
		Name      string
		Val, Body Node
	}
)

func (Lit) node() {}
func (Var) node() {}
func (Add) node() {}
func (Mul) node() {}
func (Let) node() {}

type Env map[string]int

func eval(n Node, env Env) int {
	switch n := n.(type) {
	case Lit:
		return n.V
	case Var:
		v, ok := env[n.Name]
		if !ok {
			panic(fmt.Sprintf("unbound variable %s", n.Name))
		}
		return v
	case Add:
		return eval(n.L, env) + eval(n.R, env)
	case Mul:
		return eval(n.L, env) * eval(n.R, env)
	case Let:
		inner := Env{}
		for k, v := range env {
			inner[k] = v
		}
		inner[n.Name] = eval(n.Val, env)
		return eval(n.Body, inner)
	default:
		panic(fmt.Sprintf("unknown node %T", n))
	}
}

func show(n Node) string {
	switch n := n.(type) {
	case Lit:
		return fmt.Sprint(n.V)
	case Var:
		return n.Name
	case Add:
		return "(" + show(n.L) + " + " + show(n.R) + ")"
	case Mul:
		return show(n.L) + "*" + show(n.R)
	case Let:
		return fmt.Sprintf("let %s = %s in %s", n.Name, show(n.Val), show(n.Body))
	}
	return "?"
}

func count(n Node, counts map[string]int) {
	counts[strings.ToLower(fmt.Sprintf("%T", n))]++
	switch n := n.(type) {
	case Add:
		count(n.L, counts)
		count(n.R, counts)
	case Mul:
		count(n.L, counts)
		count(n.R, counts)
	case Let:
		count(n.Val, counts)
		count(n.Body, counts)
	}
}

func safeEval(n Node) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval: %v", r)
		}
	}()
	return eval(n, Env{}), nil
}

func main() {
	prog := Let{"x", Add{Lit{2}, Lit{3}}, Mul{Var{"x"}, Add{Var{"x"}, Lit{1}}}}
	fmt.Println(show(prog), "=", eval(prog, Env{}))
	c := map[string]int{}
	count(prog, c)
	fmt.Println(c)
	fmt.Println(safeEval(Add{Var{"y"}, Lit{1}}))
	fmt.Printf("%v\n%+v\n", prog, prog)
	var n Node = Lit{7}
	_, isVar := n.(Var)
	fmt.Println(isVar, n == Lit{7}, n != Node(Var{"7"}))
}
