// Declared types with String methods through generics (a Stack and a
// Pair of them, Sum and Show with type parameters), in []any and structs
// with any fields, channels, func types, text/template, and comparisons
// of interfaces with them.
package main

import (
	"fmt"
	"slices"
	"strings"
	"text/template"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

func Show[T any](v T) string { return fmt.Sprintf("%v/%T", v, v) }

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}

type Temps map[string]Celsius

type Op func(int, int) int

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Item struct {
	Name string
	Val  any
}

type direction int

const (
	north direction = iota
	east
)

func (d direction) String() string { return [...]string{"N", "E"}[d] }

func main() {
	c := Celsius(100)
	fmt.Println(c, CToF(c))
	fmt.Println(Show(c), Show(3))
	var s Stack[Celsius]
	s.Push(1)
	s.Push(2)
	fmt.Println(s, len(s))
	t := Temps{"a": 1, "b": 2}
	ks := Keys(t)
	slices.Sort(ks)
	fmt.Println(ks)
	items := []Item{{"temp", c}, {"dir", east}, {"plain", 3}}
	for _, it := range items {
		fmt.Printf("%s=%v (%T)\n", it.Name, it.Val, it.Val)
	}
	fmt.Printf("%v\n%+v\n", items, items)
	ch := make(chan any, 3)
	go func() {
		for _, d := range []direction{north, east} {
			ch <- d
		}
		close(ch)
	}()
	for v := range ch {
		if d, ok := v.(direction); ok {
			fmt.Println("dir", d, int(d))
		}
	}
	ops := map[string]Op{"add": func(a, b int) int { return a + b }}
	var anyOp any = ops["add"]
	if f, ok := anyOp.(Op); ok {
		fmt.Println(f(2, 3))
	}
	fmt.Printf("%T\n", anyOp)
	var sb strings.Builder
	fmt.Fprint(&sb, any(c), " ", any(north))
	fmt.Println(sb.String())
	fmt.Println(fmt.Sprint(items[1].Val), fmt.Sprintf("%d", items[1].Val))
	var tb strings.Builder
	tmpl := template.Must(template.New("t").Parse("{{.Name}}: {{.Val}}\n"))
	for _, it := range items {
		tmpl.Execute(&tb, it)
	}
	fmt.Print(tb.String())
	p := Pair[string, Celsius]{"noon", 31}
	fmt.Printf("%v %+v\n", p, p)
	var st fmt.Stringer = c
	m := map[fmt.Stringer]int{}
	_ = m
	fmt.Println(st.String(), st)
	x := []any{c, CToF(c)}
	fmt.Println(x[0] == c, x[1] == c, x[0] != Celsius(1))
	switch v := x[1].(type) {
	case Celsius, Fahrenheit:
		fmt.Printf("temp %v %T\n", v, v)
	}
}
