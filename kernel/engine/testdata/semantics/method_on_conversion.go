// A method called on a conversion to a declared type, Handler(f).Then(g),
// also when the type and its methods are in earlier cells, and on a
// generic func type's instance.
package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func (h Handler) Then(g Handler) Handler { return func(s string) string { return g(h(s)) } }

type Pipe[X any] func(X) X

func (p Pipe[X]) Then(next Pipe[X]) Pipe[X] {
	if next == nil {
		return p
	}
	return func(v X) X { return next(p(v)) }
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func main() {
	h := Handler(strings.TrimSpace).Then(strings.ToUpper)
	fmt.Println(h("  hi  "))
	double := Pipe[int](func(n int) int { return n * 2 }).Then(func(n int) int { return n + 1 })
	fmt.Println(double(20), Pipe[string](strings.ToLower).Then(nil)("ABC"))
	fmt.Println(Celsius(100).Fahrenheit(), (Celsius)(-40).Fahrenheit())
}
