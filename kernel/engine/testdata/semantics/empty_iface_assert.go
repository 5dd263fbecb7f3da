// Assertions and type switch cases to the empty interface hold for any
// value that is not nil; a nil goes to no interface case.
package main

import (
	"errors"
	"fmt"
)

type shape interface{ area() float64 }

type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

func kind(v interface{}) string {
	switch v.(type) {
	case error:
		return "error"
	case fmt.Stringer, shape:
		return "methods"
	case any:
		return "any"
	}
	return "none"
}

func main() {
	var i interface{} = 5
	v, ok := i.(interface{})
	fmt.Println(v, ok)
	var s shape = sq{2}
	a, ok := s.(any)
	fmt.Println(a, ok, s.(interface{}).(shape).area())
	var e error = errors.New("x")
	_, ok = e.(any)
	fmt.Println(ok)
	var none any
	_, ok = none.(any)
	fmt.Println(ok, kind("s"), kind(e), kind(nil), kind(sq{1}))
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = none.(interface{})
}
