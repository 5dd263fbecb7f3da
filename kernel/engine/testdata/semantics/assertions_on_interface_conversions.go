// Asserting on a conversion to an interface type (Shape(c).(Circle)),
// an idiom to show what a value implements and what it holds.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64   { return 3 * c.R * c.R }
func (c Circle) String() string  { return fmt.Sprintf("circle(%g)", c.R) }
func (c *Circle) Grow(k float64) { c.R *= k }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return e.Key + " not found" }

func main() {
	c := Circle{2}
	_, ok := Shape(c).(Circle)
	fmt.Println("a Circle in a Shape:", ok)
	_, ok = Shape(c).(Square)
	fmt.Println("a Square:", ok)
	back := Shape(c).(Circle)
	fmt.Println(back, back.Area())
	_, ok = fmt.Stringer(c).(Circle)
	fmt.Println("Stringer holds a Circle:", ok)
	_, ok = Shape(&c).(interface{ Grow(float64) })
	fmt.Println("*Circle grows:", ok)
	if g, ok := Shape(&c).(interface{ Grow(float64) }); ok {
		g.Grow(2)
	}
	fmt.Println(c.R)
	switch v := Shape(Square{3}).(type) {
	case Circle:
		fmt.Println("circle", v.R)
	case Square:
		fmt.Println("square", v.S)
	}
	e := NotFound{"k"}
	nf, ok := error(e).(NotFound)
	fmt.Println(nf.Key, ok, errors.Is(error(e), e))
	fmt.Println(Shape(Circle{1}).(Square))
}
