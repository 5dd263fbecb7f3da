// A pointer put in an interface is a copy of the pointer: reassigning
// the variable, field or element it came from later, or building a list
// of &T{...} in a loop, leaves what the interface holds as it was.
package main

import "fmt"

type Expr interface{ Eval() int }

type Leaf struct{ V int }

func (l *Leaf) Eval() int { return l.V }

type Bin struct{ L, R Expr }

func (b *Bin) Eval() int { return b.L.Eval() + b.R.Eval() }

type VLeaf struct{ V int }

func (l VLeaf) Eval() int { return l.V }

type Holder struct {
	P *Leaf
	L VLeaf
}

func evals(all []Expr) []int {
	var out []int
	for _, e := range all {
		out = append(out, e.Eval())
	}
	return out
}

func mk(i int) *Leaf { return &Leaf{i} }

func main() {
	var all []Expr
	for i := 0; i < 3; i++ {
		all = append(all, &Leaf{i})
	}
	fmt.Println("append &T{}:", evals(all))

	all = nil
	var p *Leaf
	for i := 0; i < 3; i++ {
		p = &Leaf{i * 10}
		all = append(all, p)
	}
	fmt.Println("append reassigned var:", evals(all))

	all = nil
	for i := 0; i < 3; i++ {
		l := Leaf{i + 100}
		all = append(all, &l)
	}
	fmt.Println("append &local:", evals(all))

	all = nil
	for _, v := range []int{4, 5, 6} {
		all = append(all, Expr(&Leaf{V: v}), mk(v*2))
	}
	fmt.Println("conversions and calls:", evals(all))

	var anys []any
	for i := 0; i < 3; i++ {
		anys = append(anys, &Leaf{i})
	}
	fmt.Println("in []any:", anys[0].(*Leaf).V, anys[1].(*Leaf).V, anys[2].(*Leaf).V)

	var one Expr
	p = &Leaf{1}
	one = p
	p = &Leaf{2}
	fmt.Println("var then reassign:", one.Eval(), p.Eval())

	h := Holder{&Leaf{1}, VLeaf{1}}
	one = h.P
	h.P = &Leaf{2}
	fmt.Println("field then reassign:", one.Eval())

	arr := []*Leaf{{1}, {1}}
	one = arr[0]
	arr[0] = &Leaf{2}
	fmt.Println("element then reassign:", one.Eval())

	m := map[string]Expr{}
	for i, k := range []string{"a", "b", "c"} {
		p = &Leaf{i}
		m[k] = p
	}
	fmt.Println("map values:", m["a"].Eval(), m["b"].Eval(), m["c"].Eval())

	ch := make(chan Expr, 3)
	for i := range 3 {
		p = &Leaf{i + 7}
		ch <- p
	}
	close(ch)
	for e := range ch {
		fmt.Print(e.Eval(), " ")
	}
	fmt.Println()

	var lhs Expr = &Leaf{1}
	for i := 0; i < 3; i++ {
		lhs = &Bin{lhs, &Leaf{i}}
	}
	fmt.Println("tree built in a loop:", lhs.Eval())
}
