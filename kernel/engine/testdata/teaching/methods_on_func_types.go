// Methods on func types: handlers that wrap and chain themselves, as
// middleware lessons write them.
package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func (h Handler) Wrap(tag string) Handler {
	return func(s string) string { return tag + h(s) + tag }
}

func (h Handler) Then(next Handler) Handler {
	return func(s string) string { return next(h(s)) }
}

type Op func(int) int

func (o Op) Twice() Op { return func(n int) int { return o(o(n)) } }

func serve(h Handler, reqs ...string) []string {
	var out []string
	for _, r := range reqs {
		out = append(out, h(r))
	}
	return out
}

func build() Handler {
	upper := Handler(strings.ToUpper)
	return upper.Then(func(s string) string { return s + "!" }).Wrap("*")
}

func apply(h Handler) Handler { return h.Wrap("#") }

type Router struct {
	routes   map[string]Handler
	fallback struct{ h Handler }
}

func (r Router) pick(name string) Handler {
	if h, ok := r.routes[name]; ok {
		return h.Then(Handler(strings.TrimSpace))
	}
	return r.fallback.h
}

type Pred[T any] func(T) bool

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(v T) bool { return p(v) && q(v) } }

func (p Pred[T]) Not() Pred[T] { return func(v T) bool { return !p(v) } }

func both[T any](p, q Pred[T]) Pred[T] { return p.And(q) }

func main() {
	fmt.Println(apply(Handler(strings.ToLower))("X"), apply(apply(build()))("y"))
	r := Router{routes: map[string]Handler{"up": build()}}
	r.fallback.h = Handler(strings.ToLower).Wrap("?")
	fmt.Println(r.pick("up")(" a "), r.pick("none")("B"))
	even := Pred[int](func(n int) bool { return n%2 == 0 })
	big := Pred[int](func(n int) bool { return n > 10 })
	bigEven := both(even, big)
	fmt.Println(bigEven(12), bigEven(8), even.And(big.Not())(4), both(big, even).Not()(20))
	h := build()
	fmt.Println(h("go"), serve(h, "a", "b"))
	w := h.Wrap
	fmt.Println(w("~")("x"))
	inc := Op(func(n int) int { return n + 1 })
	twice := Op.Twice
	fmt.Println(inc.Twice()(1), twice(inc)(10), inc.Twice().Twice()(0))
	var none Handler
	fmt.Println(none == nil)
	fmt.Println(none("boom"))
}
