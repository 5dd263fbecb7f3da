// Pointers to declared non-struct types (type Count int with pointer
// methods) held in interfaces keep their own type: type switches and
// assertions tell *Bytes from *Lines and from *int, %T names them, and
// they still work as io.Writer, error, flag.Value and errors.As targets.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

type Bytes int

func (c *Bytes) Write(p []byte) (int, error) { *c += Bytes(len(p)); return len(p), nil }

type Lines int

func (c *Lines) Write(p []byte) (int, error) {
	*c += Lines(strings.Count(string(p), "\n"))
	return len(p), nil
}

type Code int

func (c *Code) Error() string { return fmt.Sprint("code ", int(*c)) }

type Level int

func (l *Level) String() string { return fmt.Sprint(int(*l)) }
func (l *Level) Set(s string) error {
	*l = Level(len(s))
	return nil
}

type Names []string

func (n *Names) Add(s string) { *n = append(*n, s) }

func kind(w io.Writer) string {
	switch w.(type) {
	case *Bytes:
		return "bytes"
	case *Lines:
		return "lines"
	}
	return "other"
}

func describe(x any) string {
	switch v := x.(type) {
	case *Bytes:
		return fmt.Sprint("*Bytes ", *v)
	case *Names:
		return fmt.Sprint("*Names ", *v)
	case *int:
		return fmt.Sprint("*int ", *v)
	case Bytes:
		return fmt.Sprint("Bytes ", v)
	}
	return fmt.Sprintf("other %T", x)
}

func lookup(ok bool) error {
	if ok {
		return nil
	}
	c := Code(404)
	return &c
}

func main() {
	var b Bytes
	var l Lines
	fmt.Fprintf(&b, "hello\nworld\n")
	fmt.Fprintf(&l, "hello\nworld\n")
	fmt.Println(kind(&b), kind(&l), b, l)
	var w io.Writer = &l
	_, isBytes := w.(*Bytes)
	lp, isLines := w.(*Lines)
	fmt.Println(isBytes, isLines, lp == &l)
	fmt.Printf("%T %T\n", w, any(&b))

	n := 3
	var names Names
	x := any(&names)
	x.(*Names).Add("ada")
	names.Add("bob")
	for _, v := range []any{&b, &names, &n, b, &l} {
		fmt.Println(describe(v))
	}
	fmt.Println(x == any(&names), x == any(&b))

	err := lookup(false)
	fmt.Println(err, lookup(true) == nil)
	var ce *Code
	fmt.Println(errors.As(fmt.Errorf("wrapped: %w", err), &ce), *ce)
	if c, ok := err.(*Code); ok {
		fmt.Println("code is", int(*c))
	}
	var e any = err
	_, ok := e.(*Code)
	fmt.Println(ok)
	func() {
		defer func() {
			r := recover()
			c, ok := r.(*Code)
			fmt.Printf("%v %T %v %d\n", r, r, ok, int(*c))
		}()
		panic(err)
	}()

	var lv Level
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.Var(&lv, "level", "how loud")
	fmt.Println(fs.Parse([]string{"-level", "loud"}), lv)
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("%s %v\n", f.Name, f.Value) })

	var none *Bytes
	var iw io.Writer = none
	fmt.Println(iw != nil, iw.(*Bytes) == nil)
}
