package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type square struct{ side float64 }

func (s square) Area() float64  { return s.side * s.side }
func (s square) String() string { return fmt.Sprintf("square(%g)", s.side) }

func main() {
	type codeErr struct {
		error
		code int
	}
	w := codeErr{errors.New("not found"), 404}
	fmt.Println(w, w.code)
	fmt.Printf("%v|%+v|%s\n", w, w, w.Error())
	var err error = w
	fmt.Println(err)
	var ce codeErr
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", w), &ce), ce.code)

	type desc struct{ sort.Interface }
	xs := []int{3, 1, 2}
	sort.Sort(desc{sort.IntSlice(xs)})
	fmt.Println(xs)

	type framed struct {
		Shape
		label string
	}
	f := framed{square{2}, "a"}
	fmt.Println(f, f.Area(), f.label)
	var s Shape = f
	fmt.Printf("%v %.1f %T\n", s, s.Area(), s)

	type counting struct {
		io.Writer
		n int
	}
	var sb strings.Builder
	c := &counting{Writer: &sb}
	fmt.Fprintf(c, "hello %d", 42)
	fmt.Println(sb.String())
	describe(w)
}

func describe(e error) {
	type tagged struct {
		error
		tag string
	}
	t := tagged{e, "io"}
	fmt.Println(t, t.tag)
	fmt.Printf("%T\n", t)
}
