// An operation (i % 2, -i, !ok, s + "b") assigned to an interface
// variable, to a compiled struct's interface field (a list.Element's
// or a ring.Ring's Value) or returned as an interface result keeps its
// value, and the func goes on after it.
package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

type Celsius float64

type box struct{ V any }

func shifted(i int) any     { return i << 1 }
func negated(i int) any     { return -i }
func notted(b bool) any     { return !b }
func ratio(f float64) any   { return f / 4 }
func pair(i int) (int, any) { return i, i >> 1 }

func named(i int) (r any) {
	r = i % 3
	return
}

func squares(n int) *ring.Ring {
	r := ring.New(n)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	return r
}

func main() {
	i := 3
	var x any
	x = i % 2
	fmt.Println("mod", x)
	x = i >> 1
	fmt.Println("shr", x)
	x = -i
	fmt.Println("neg", x)
	x = !(i > 1)
	fmt.Println("not", x)
	x = ^i
	fmt.Println("complement", x)
	l := list.New()
	el := l.PushBack(0)
	el.Value = i * i
	fmt.Println("element", el.Value)
	el.Value = Celsius(i) * 1.5
	fmt.Printf("celsius %v %T\n", el.Value, el.Value)
	el.Value = "s" + fmt.Sprint(i)
	fmt.Println("string", el.Value)
	b := box{}
	b.V = i << 2
	fmt.Println("box", b.V)
	fmt.Println(shifted(i), negated(i), notted(true), ratio(2), named(5))
	fmt.Println(pair(7))
	xs := []any{0}
	xs[0] = i >> 1
	m := map[string]any{}
	m["a"] = -i
	fmt.Println(xs, m)
	squares(4).Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println("end")
}
