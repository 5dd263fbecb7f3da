// Interfaces declared inside funcs, as a lesson declares them next to
// their use: values stored in them are copies, type switches and
// errors.As find them, method expressions and aliases name them.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Item struct{ name string }

func (i Item) Name() string { return i.name }

type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " says woof" }

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }

type timeoutErr struct{ op string }

func (e timeoutErr) Error() string   { return e.op + ": timeout" }
func (e timeoutErr) Temporary() bool { return true }

func names(xs []Item) []string {
	type namer interface{ Name() string }
	var ns []namer
	for _, x := range xs {
		ns = append(ns, x)
	}
	var out []string
	for _, n := range ns {
		out = append(out, n.Name())
	}
	return out
}

func classify(vals []any) {
	type sounder interface{ Sound() string }
	for _, v := range vals {
		switch s := v.(type) {
		case sounder:
			fmt.Println("sounder:", s.Sound())
		case fmt.Stringer:
			fmt.Println("stringer:", s.String())
		default:
			fmt.Printf("other: %v\n", v)
		}
	}
}

func main() {
	type getter interface{ Get() int }
	c := Counter{5}
	var g getter = c
	c.n = 1000
	fmt.Println(g.Get(), c.n)
	gs := []getter{c, Counter{7}}
	c.n = 1
	fmt.Println(gs[0].Get(), gs[1].Get())
	get := getter.Get
	fmt.Println(get(Counter{3}))

	fmt.Println(strings.Join(names([]Item{{"a"}, {"b"}, {"c"}}), " "))
	classify([]any{Dog{"rex"}, 42, Dog{"fido"}})

	type temporary interface{ Temporary() bool }
	err := fmt.Errorf("read config: %w", timeoutErr{"dial"})
	if te, ok := errors.Unwrap(err).(temporary); ok {
		fmt.Println("temporary:", te.Temporary())
	}
	_, ok := io.EOF.(temporary)
	fmt.Println(ok)

	type holder struct {
		label string
		g     getter
	}
	h := holder{label: "h"}
	h.g = Counter{300}
	fmt.Println(h.label, h.g.Get())

	type Reading = Counter
	r := Reading{9}
	type Source = getter
	var src Source = r
	fmt.Println(src.Get())
}
