// Pointers to declared non-struct and empty struct types held in an any
// print as Go prints them (&{}, &[1], &main.IntHeap{2, 3}), and standard
// funcs that read or write through them by reflection (fmt.Sscan,
// encoding/json, reflect) get them as Go gives them; a switch on a struct
// holding an interface compares as == does.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Dog struct{}

type Nums []int

type IntHeap []int

type Counter int

type Tags []string

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Slot struct {
	Name  string
	Shape Shape
}

func main() {
	var a any = &Dog{}
	fmt.Println(a, &Dog{})
	u := Nums{1}
	a = &u
	fmt.Println(a)
	h := &IntHeap{2, 3}
	fmt.Printf("%#v\n", h)
	a = h
	fmt.Printf("%#v %v\n", a, a)

	var c Counter
	a = &c
	n, err := fmt.Sscan("55", a)
	fmt.Println(n, err, c)
	ptrs := []any{&c}
	n, err = fmt.Sscan("7", ptrs...)
	fmt.Println(n, err, c)
	err = json.Unmarshal([]byte(`5`), a)
	b, _ := json.Marshal(a)
	fmt.Println(err, c, string(b))

	g := Tags{"a"}
	var v any = &g
	e := reflect.ValueOf(v).Elem()
	fmt.Println(e.Kind())
	e.Set(reflect.Append(e, reflect.ValueOf("new")))
	fmt.Println(g)

	s1 := Slot{"x", Sq{2}}
	s2 := Slot{"x", Sq{2}}
	fmt.Println(s1 == s2)
	switch s1 {
	case s2:
		fmt.Println("matched")
	default:
		fmt.Println("no match")
	}
	switch s1 {
	case Slot{"x", Sq{3}}:
		fmt.Println("wrong")
	case Slot{"x", Sq{2}}:
		fmt.Println("literal matched")
	}
}
