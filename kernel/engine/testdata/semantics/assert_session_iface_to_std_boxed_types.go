package main

import (
	"fmt"
	"io"
)

// Asserting a session interface to a standard one: the session's boxed
// types (declared non-struct types) that cannot be in the interface are
// left out of the lowered assertion.

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Tag struct{}

func (Tag) String() string { return "tag" }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%g°C", float64(c)) }

type Side float64

func (s Side) Area() float64               { return float64(s * s) }
func (s Side) String() string              { return fmt.Sprintf("side %g", float64(s)) }
func (s Side) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	var x any = Tag{}
	fmt.Println(x, Celsius(3))
	var s Shape = Rect{1, 2}
	if _, ok := s.(fmt.Stringer); !ok {
		fmt.Println("rect is no stringer")
	}
	s = Side(3)
	if st, ok := s.(fmt.Stringer); ok {
		fmt.Println(st, st.String(), s.Area())
	}
	w, ok := s.(io.Writer)
	fmt.Println(w != nil, ok)
	fmt.Println(s.(fmt.Stringer))
	defer func() { fmt.Println("recovered:", recover()) }()
	s = Rect{}
	fmt.Println(s.(fmt.Stringer))
}
