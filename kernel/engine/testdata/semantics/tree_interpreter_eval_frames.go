package main

import "fmt"

// A tree-walking interpreter: Eval evaluates both operands of an infix
// expression in one statement, and returns the evaluation of a branch
// or a call's body. An unknown name deep in a call panics; each frame
// names the evaluation it was in.

type Expr interface{}

type (
	Int   int
	Ident string
	Infix struct {
		Op   string
		L, R Expr
	}
	If  struct{ Cond, Then, Else Expr }
	Let struct {
		Name        string
		Value, Body Expr
	}
)

type Env map[string]int

func Eval(e Expr, env Env) int {
	switch n := e.(type) {
	case Int:
		return int(n)
	case Ident:
		v, ok := env[string(n)]
		if !ok {
			panic(fmt.Sprintf("unknown name %q", string(n)))
		}
		return v
	case Infix:
		l, r := Eval(n.L, env), Eval(n.R, env)
		switch n.Op {
		case "+":
			return l + r
		case "*":
			return l * r
		case "<":
			if l < r {
				return 1
			}
			return 0
		}
	case If:
		if Eval(n.Cond, env) != 0 {
			return Eval(n.Then, env)
		}
		return Eval(n.Else, env)
	case Let:
		inner := Env{}
		for k, v := range env {
			inner[k] = v
		}
		inner[n.Name] = Eval(n.Value, env)
		return Eval(n.Body, inner)
	}
	panic(fmt.Sprintf("cannot evaluate %T", e))
}

func main() {
	prog := Let{"x", Int(4), If{Infix{"<", Ident("x"), Int(10)}, Infix{"*", Ident("x"), Int(3)}, Int(0)}}
	fmt.Println(Eval(prog, Env{}))
	bad := Let{"x", Int(1), If{Ident("x"), Infix{"+", Int(2), Let{"y", Int(5), Infix{"*", Ident("y"), Ident("z")}}}, Int(0)}}
	fmt.Println(Eval(bad, Env{}))
}
