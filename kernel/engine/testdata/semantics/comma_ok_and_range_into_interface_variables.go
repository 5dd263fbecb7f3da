package main

import (
	"errors"
	"fmt"
)

// Comma-ok operands and range values assigned to variables of interface
// types declared before: each value is converted, as in a plain
// assignment, and a miss stores the operand type's zero value.

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Dot struct{}

func (Dot) Area() float64 { return 0 }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Timeout struct{}

func (Timeout) Error() string { return "timeout" }

type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprint("parse error on line ", e.Line) }

func lookup(key string) error {
	if key == "" {
		return errors.New("empty key")
	}
	return NotFound{key}
}

func main() {
	shapes := map[string]Rect{"door": {1, 2}, "desk": {2, 3}}
	var s Shape = Circle{1}
	var ok bool
	s, ok = shapes["desk"]
	fmt.Printf("%v %v %T %.1f\n", s, ok, s, s.Area())
	s, ok = shapes["window"]
	fmt.Printf("%v %v %T %v\n", s, ok, s, s != nil)

	var err error
	var found bool
	var x any = NotFound{"k"}
	err, found = x.(NotFound)
	fmt.Printf("%v %v %T\n", err, found, err)
	err, found = lookup("").(NotFound)
	fmt.Printf("%v %v %T\n", err, found, err)

	err, found = x.(Timeout)
	fmt.Printf("%v %v %T\n", err, found, err)
	x = Timeout{}
	err, found = x.(Timeout)
	fmt.Printf("%v %v %T\n", err, found, err)

	byFile := map[string]*ParseError{"ok.txt": nil, "bad.txt": {3}}
	err, found = byFile["ok.txt"]
	fmt.Println(err == nil, found)
	err, line := byFile["bad.txt"]
	fmt.Println(err, line)

	ch := make(chan Circle, 1)
	ch <- Circle{2}
	close(ch)
	for range 2 {
		s, ok = <-ch
		fmt.Printf("%v %v %.1f\n", s, ok, s.Area())
	}

	var i int
	var total float64
	for i, s = range []Rect{{1, 2}, {3, 4}} {
		total += s.Area()
	}
	fmt.Println(i, s, total)
	for _, s = range []Dot{{}} {
		fmt.Printf("%v %T %v\n", s, s, s.Area())
	}
	dots := map[string]Dot{"d": {}}
	s, ok = dots["d"]
	fmt.Printf("%v %T %v\n", s, s, ok)

	var k fmt.Stringer
	names := map[string]int{"only": 1}
	var key any
	for key = range names {
		fmt.Printf("%v %T\n", key, key)
	}
	fmt.Println(k == nil)
	if s, ok := shapes["door"]; ok {
		var t Shape
		t, ok = s, false
		fmt.Println(t.Area(), ok)
	}
}
