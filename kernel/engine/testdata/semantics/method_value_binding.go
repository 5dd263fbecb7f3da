// Method values bind their receiver when evaluated: a pointer receiver
// binds the pointer (or the address of the variable), a value receiver
// a copy, also for method values taken in loops and by defer.
package main

import "fmt"

type T struct{ x int }

func (t *T) Get() int { return t.x }
func (t T) Val() int  { return t.x }
func (t *T) Close()   { fmt.Println("close", t.x) }
func (t T) Show()     { fmt.Println("show", t.x) }

type Getter interface{ Get() int }

func main() {
	p := &T{1}
	f := p.Get
	p = &T{2}
	fmt.Println("ptr method value:", f(), p.Get())

	v := T{1}
	g := v.Val
	v.x = 2
	fmt.Println("value method value:", g(), v.Val())

	var fs []func() int
	for i := 0; i < 3; i++ {
		q := &T{i}
		fs = append(fs, q.Get)
	}
	for _, h := range fs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	var gs []func() int
	var q *T
	for i := 0; i < 3; i++ {
		q = &T{i * 10}
		gs = append(gs, q.Get)
	}
	for _, h := range gs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	var vs []func() int
	var w T
	for i := 0; i < 3; i++ {
		w = T{i + 100}
		vs = append(vs, w.Val)
	}
	for _, h := range vs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	func() {
		r := &T{5}
		defer r.Close()
		s := T{6}
		defer s.Show()
		r = &T{50}
		s.x = 60
	}()

	var gi Getter = &T{7}
	gf := gi.Get
	gi = &T{8}
	fmt.Println("iface method value:", gf(), gi.Get())

	arr := [3]*T{{1}, {2}, {3}}
	var hs []func() int
	for _, e := range arr {
		hs = append(hs, e.Get)
	}
	arr[0] = &T{9}
	fmt.Println(hs[0](), hs[1](), hs[2]())
	m := map[string]Getter{}
	for i, k := range []string{"a", "b"} {
		t := T{i}
		m[k] = &t
	}
	fmt.Println(m["a"].Get(), m["b"].Get())
}
