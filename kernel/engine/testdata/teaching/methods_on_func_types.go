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

func main() {
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
