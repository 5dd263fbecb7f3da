// Decorators: middleware over func types, and shapes wrapping shapes
// through an embedded interface that includes fmt.Stringer.
package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func Logging(prefix string, log *[]string) func(Handler) Handler {
	return func(next Handler) Handler {
		return func(in string) string {
			*log = append(*log, prefix+" in: "+in)
			out := next(in)
			*log = append(*log, prefix+" out: "+out)
			return out
		}
	}
}

func Upper(next Handler) Handler {
	return func(in string) string { return strings.ToUpper(next(in)) }
}

func Chain(h Handler, ms ...func(Handler) Handler) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64  { return r.W * r.H }
func (r Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Scaled struct {
	Shape
	k float64
}

func (s Scaled) Area() float64  { return s.Shape.Area() * s.k * s.k }
func (s Scaled) String() string { return fmt.Sprintf("%v*%g", s.Shape, s.k) }

type Bordered struct{ Shape }

func main() {
	var log []string
	h := Chain(func(s string) string { return "hello " + s }, Logging("A", &log), Upper, Logging("B", &log))
	fmt.Println(h("gopher"))
	fmt.Println(strings.Join(log, "\n"))
	shapes := []Shape{Rect{2, 3}, Scaled{Rect{2, 3}, 2}, Bordered{Scaled{Rect{1, 1}, 3}}}
	for _, s := range shapes {
		fmt.Printf("%v area=%.1f %T\n", s, s.Area(), s)
	}
	fmt.Println(shapes)
	fmt.Printf("%+v\n", shapes[2])
}
