// A value in a standard interface (fmt.Stringer, io.Reader) asserted to
// the program's own interface, when the dynamic type has its methods on
// the pointer only.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c *Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) String() string { return fmt.Sprintf("circle(%g)", c.R) }

type Label string

func (l Label) String() string { return string(l) }

type Source struct{ r io.Reader }

func (s *Source) Read(p []byte) (int, error) { return s.r.Read(p) }
func (s *Source) Area() float64              { return -1 }

func describe(st fmt.Stringer) {
	if sh, ok := st.(Shape); ok {
		fmt.Printf("%v has area %.1f\n", st, sh.Area())
		return
	}
	fmt.Printf("%v has no area\n", st)
}

func main() {
	describe(&Circle{2})
	describe(Label("word"))

	var st fmt.Stringer = &Circle{1}
	sh := st.(Shape)
	fmt.Println(sh.Area())

	var r io.Reader = &Source{strings.NewReader("abc")}
	if a, ok := r.(Shape); ok {
		fmt.Println("source area", a.Area())
	}
	switch v := r.(type) {
	case Shape:
		fmt.Println("a shape", v.Area())
	default:
		fmt.Println("no shape")
	}

	defer func() { fmt.Println("recovered:", recover()) }()
	st = Label("x")
	_ = st.(Shape)
}
