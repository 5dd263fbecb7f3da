package main

import (
	"errors"
	"fmt"
)

type Node struct {
	Val  int
	Next *Node
}

type Matrix [2][2]int

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Wrapper struct {
	Err   error
	Shape Shape
	Any   any
	Fn    func()
	Ch    chan int
}

func main() {
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v\n", *n.Next)
	fmt.Printf("%+v\n", *n.Next)
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v %T\n", m, m, m, m)
	w := Wrapper{Err: errors.New("boom"), Shape: Sq{2}, Any: []int{1}}
	fmt.Printf("%v\n", w.Err)
	fmt.Printf("%+v %v\n", w.Shape, w.Any)
	fmt.Printf("%#v\n", w.Shape)
	fmt.Printf("%T %T %T %T %T\n", w.Err, w.Shape, w.Any, w.Fn, w.Ch)
	fmt.Println(w.Fn == nil, w.Ch == nil)
	var empty Wrapper
	fmt.Printf("%v\n", empty)
	fmt.Printf("%+v\n", empty)
	shapes := map[string]Shape{"a": Sq{1}, "b": nil}
	fmt.Printf("%v\n", shapes)
	fmt.Printf("%#v\n", shapes)
	ptrs := []*int{nil}
	fmt.Printf("%v %d\n", ptrs, len(ptrs))
	pp := &[]string{"x"}
	fmt.Printf("%v %+v\n", pp, &map[string]int{"k": 1})
	fmt.Printf("%v %+v\n", &[2]int{1, 2}, &struct{ A int }{7})
	fmt.Printf("%s|%v|%d\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%q %v\n", []rune("hé"), []rune("hé"))
	fmt.Printf("%v %s\n", errors.New("e1"), fmt.Errorf("wrap: %w", errors.New("e2")))
	fmt.Printf("%5t|%-7v|%07.2f\n", true, []int{1}, -3.14159)
	fmt.Print("a", 1, 2, "b", "c", 3.0, nil, "\n")
	fmt.Println("a", 1, 2, "b", nil)
}
