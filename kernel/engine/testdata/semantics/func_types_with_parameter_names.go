// Func types and interface methods written with parameter names
// (type op func(a, b int) int), beside variables of those names: the
// names name nothing, and the variables are the program's own.
package main

import (
	"fmt"
	"strings"
)

type op func(a, b int) int

type Handler interface {
	Handle(msg string) (reply string, err error)
}

type echo struct{ prefix string }

func (e echo) Handle(msg string) (string, error) { return e.prefix + msg, nil }

func (e echo) Greet(n string) string { return e.prefix + n }

type Pipeline struct {
	steps []func(s string) string
}

func (p *Pipeline) Add(step func(s string) string) { p.steps = append(p.steps, step) }

func main() {
	type binary func(a, b int) int
	var plus binary = func(x, y int) int { return x + y }
	fmt.Println(plus(1, 2))
	type greeter interface{ Greet(name string) string }
	var g greeter = echo{"hello "}
	name := "ann"
	fmt.Println(g.(interface{ Greet(string) string }).Greet(name))
	ops := map[string]op{
		"add": func(x, y int) int { return x + y },
		"mul": func(x, y int) int { return x * y },
	}
	a, b := 6, 7
	fmt.Println(ops["add"](a, b), ops["mul"](a, b))
	var h Handler = echo{"> "}
	msg := "hi"
	reply, err := h.Handle(msg)
	fmt.Println(reply, err)
	var p Pipeline
	p.Add(strings.ToUpper)
	p.Add(func(s string) string { return s + "!" })
	s := "go"
	for _, step := range p.steps {
		s = step(s)
	}
	fmt.Println(s)
}
