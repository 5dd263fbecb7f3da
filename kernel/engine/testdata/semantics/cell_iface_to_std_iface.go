package main

// A value of an interface type the program declares, put in a standard
// interface (fmt.Stringer, io.Writer, io.Reader) and handed to the
// standard library: it keeps its dynamic type and methods.

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface {
	Area() int
	String() string
}

type sq struct{ s int }

func (q sq) Area() int      { return q.s * q.s }
func (q sq) String() string { return fmt.Sprintf("sq(%d)", q.s) }

type Sink interface {
	Write(p []byte) (int, error)
}

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type Source interface {
	io.Reader
	Name() string
}

type text struct {
	*strings.Reader
	name string
}

func (t text) Name() string { return t.name }

func main() {
	var s Shape = sq{3}
	var st fmt.Stringer = s
	fmt.Printf("%T %v\n", st, st)
	q, ok := st.(sq)
	fmt.Println(q.s, ok)

	c := &counter{}
	var w Sink = c
	fmt.Fprint(w, "hello")
	fmt.Fprintf(w, "%d", 12345)
	n, _ := io.WriteString(w, "!")
	fmt.Println(c.n, n)

	var src Source = text{strings.NewReader("read me"), "note"}
	data, err := io.ReadAll(src)
	fmt.Println(string(data), err, src.Name())
	var none Shape
	var ns fmt.Stringer = none
	fmt.Println(ns == nil)
}
