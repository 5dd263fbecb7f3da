// Structs and arrays holding interfaces compare as Go compares them: the
// interfaces' dynamic types and values, in ==, switch cases, slices.Index
// and map keys; a held slice panics.
package main

import (
	"errors"
	"fmt"
	"slices"
)

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

type Entry struct {
	Key string
	Val any
}

type Result struct {
	Err   error
	Shape Shape
	N     [2]any
}

var errBad = errors.New("bad")

func main() {
	fmt.Println(Entry{"a", 1} == Entry{"a", 1}, Entry{"a", 1} == Entry{"a", "1"}, Entry{"a", nil} == Entry{"a", nil})
	fmt.Println(Entry{"s", Sq{1}} == Entry{"s", Sq{1}}, Entry{"s", Sq{1}} != Entry{"s", Sq{2}})
	r := &Rect{1, 2}
	fmt.Println(Result{errBad, r, [2]any{1, "x"}} == Result{errBad, r, [2]any{1, "x"}})
	fmt.Println(Result{errBad, &Rect{1, 2}, [2]any{}} == Result{errBad, &Rect{1, 2}, [2]any{}})
	fmt.Println(Result{Shape: Sq{3}} == Result{Shape: Sq{3}}, Result{} == Result{})
	es := []Entry{{"a", 1}, {"b", Sq{2}}, {"c", nil}}
	fmt.Println(slices.Index(es, Entry{"b", Sq{2}}), slices.Contains(es, Entry{"c", nil}))
	var x any = Entry{"a", 1}
	fmt.Println(x == Entry{"a", 1}, x == any(Entry{"a", 2}))
	switch x {
	case Entry{"a", 1}:
		fmt.Println("matched entry")
	default:
		fmt.Println("no match")
	}
	m := map[Entry]int{}
	m[Entry{"k", 1}]++
	m[Entry{"k", 1}]++
	fmt.Println(len(m))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Entry{"f", []int{1}} == Entry{"f", []int{1}})
}
