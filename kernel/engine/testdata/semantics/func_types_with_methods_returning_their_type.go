package main

import (
	"fmt"
	"strings"
)

// Methods of func types that take and return their own type: predicate
// combinators and a middleware chain, called from code written after the
// methods.

type Pred func(string) bool

func (p Pred) And(q Pred) Pred { return func(s string) bool { return p(s) && q(s) } }
func (p Pred) Or(q Pred) Pred  { return func(s string) bool { return p(s) || q(s) } }
func (p Pred) Not() Pred       { return func(s string) bool { return !p(s) } }

type Handler func(string) string

func (h Handler) Then(next Handler) Handler {
	return func(s string) string { return next(h(s)) }
}

func (h Handler) Serve(req string) string { return "<" + h(req) + ">" }

func main() {
	short := Pred(func(s string) bool { return len(s) <= 4 })
	upper := Pred(func(s string) bool { return s == strings.ToUpper(s) })
	for _, w := range []string{"GO", "gopher", "TEST", "WORLDS"} {
		fmt.Println(w, short.And(upper)(w), short.Or(upper)(w), short.Not()(w))
	}

	trim := Handler(strings.TrimSpace)
	shout := Handler(strings.ToUpper)
	excl := Handler(func(s string) string { return s + "!" })
	h := trim.Then(shout).Then(excl)
	fmt.Println(h("  hello "), h.Serve(" go "))
	fmt.Printf("%T %T\n", h, short.Not())
}
