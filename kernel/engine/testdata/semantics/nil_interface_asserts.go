// Nil interfaces: comma-ok assertions of a nil any to a standard and to
// a program interface give the zero value and false, a plain one panics
// with Go's message, errors.Is(nil, nil) holds, and a nil value of a
// program interface prints <nil>.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64  { return float64(s * s) }
func (s Sq) String() string { return "sq" }

func main() {
	var v any
	s, ok := v.(fmt.Stringer)
	fmt.Println(s, ok)
	sh, ok := v.(Shape)
	fmt.Println(sh, ok)
	e, ok := v.(error)
	fmt.Println(e, ok, errors.Is(nil, nil))
	var w any = Sq(2)
	sh, ok = w.(Shape)
	fmt.Println(sh.Area(), ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = v.(fmt.Stringer)
}
