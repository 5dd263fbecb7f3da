// reflect.DeepEqual on values holding the program's interfaces, boxed
// types and cycles answers as in Go.
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Level int

type Node struct {
	Val  int
	Next *Node
	Tags map[string][]any
}

type rec struct {
	name string
	kids []Shape
	lvl  Level
}

func main() {
	a := []Shape{Sq{1}, Sq{2}}
	b := []Shape{Sq{1}, Sq{2}}
	c := []Shape{Sq{1}, Sq{3}}
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, c))
	m1 := map[string]any{"x": Sq{1}, "y": []int{1, 2}, "z": Level(3)}
	m2 := map[string]any{"x": Sq{1}, "y": []int{1, 2}, "z": Level(3)}
	m3 := map[string]any{"x": Sq{1}, "y": []int{1, 2}, "z": 3}
	fmt.Println(reflect.DeepEqual(m1, m2), reflect.DeepEqual(m1, m3))
	n1 := &Node{1, &Node{2, nil, nil}, map[string][]any{"a": {1, "b"}}}
	n2 := &Node{1, &Node{2, nil, nil}, map[string][]any{"a": {1, "b"}}}
	fmt.Println(reflect.DeepEqual(n1, n2), reflect.DeepEqual(*n1, *n2.Next))
	cyc1 := &Node{Val: 1}
	cyc1.Next = cyc1
	cyc2 := &Node{Val: 1}
	cyc2.Next = cyc2
	fmt.Println(reflect.DeepEqual(cyc1, cyc2))
	r1 := rec{"r", []Shape{Sq{2}}, 1}
	r2 := rec{"r", []Shape{Sq{2}}, 1}
	fmt.Println(reflect.DeepEqual(r1, r2), reflect.DeepEqual(r1, rec{"r", nil, 1}))
	var nilSlice []int
	fmt.Println(reflect.DeepEqual(nilSlice, []int{}), reflect.DeepEqual(nil, nil), reflect.DeepEqual(1, int64(1)))
	e1, e2 := errors.New("x"), errors.New("x")
	fmt.Println(reflect.DeepEqual(e1, e2), reflect.DeepEqual(Level(1), Level(1)), reflect.DeepEqual(Level(1), 1))
	f := func() {}
	fmt.Println(reflect.DeepEqual(f, f), reflect.DeepEqual([]float64{1}, []float64{1}))
}
