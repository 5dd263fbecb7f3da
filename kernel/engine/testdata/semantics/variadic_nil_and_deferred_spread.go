package main

import (
	"fmt"
	"strings"
)

// A call passing nothing to a variadic parameter passes nil, whatever
// is called; a deferred call may spread a slice.

type T struct{ name string }

func (t T) M(xs ...int) { fmt.Println(t.name, "M", len(xs), xs == nil) }

func (t *T) P(prefix string, xs ...string) {
	fmt.Println(t.name, prefix, strings.Join(xs, ","), xs == nil)
}

type I interface{ M(...int) }

type Fn func(...int)

func top(xs ...int) { fmt.Println("top", len(xs), xs == nil) }

func counter(name string) func(...int) {
	return func(xs ...int) { fmt.Println(name, len(xs), xs == nil) }
}

func run() {
	h := counter("h")
	s := []int{1, 2}
	t := T{"t"}
	defer h(s...)
	defer h()
	defer top(s...)
	defer top()
	defer t.M()
	defer t.M(s...)
	defer (&t).P("p")
	defer t.P("q", []string{"a", "b"}...)
	defer func(xs ...int) { fmt.Println("lit", len(xs), xs == nil) }()
	defer func(xs ...int) { fmt.Println("lit", len(xs), xs == nil) }(s...)
	defer func(a string, xs ...int) { fmt.Println("lit", a, len(xs), xs == nil) }("a")
	var f Fn = top
	defer f()
	defer f(s...)
	for i := 0; i < 2; i++ {
		defer func(xs ...int) { fmt.Println("loop", i, xs) }()
		defer h([]int{i}...)
	}
	s[0] = 100
	t.name = "changed"
}

func main() {
	h := func(xs ...int) { fmt.Println("h", len(xs), xs == nil) }
	h()
	h(1)
	func(xs ...int) { fmt.Println("in place", len(xs), xs == nil) }()
	var t T
	t.M()
	m := t.M
	m()
	var i I = t
	i.M()
	(&t).P("x")
	fs := []func(...int){h, top}
	fs[0]()
	fs[1]()
	st := struct{ f func(string, ...any) }{func(s string, a ...any) { fmt.Println(s, len(a), a == nil) }}
	st.f("st")
	T.M(t)
	top()
	run()
	defer counter("main")()
	defer t.M()
	defer top()
}
