// Values of declared non-struct types (type MyFloat float64, an enum with
// a String method, a named slice) keep their type in an interface: %T,
// fmt, type switches and assertions see MyFloat, not float64, after the
// value passed through a parameter, a slice, a map or a channel.
package main

import (
	"errors"
	"fmt"
)

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface{ Abs() float64 }

type ErrNeg float64

func (e ErrNeg) Error() string { return fmt.Sprint("neg ", float64(e)) }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Names []string

func asAny(v any) any { return v }

func mk(x float64) error {
	if x < 0 {
		return ErrNeg(x)
	}
	return nil
}

func main() {
	f := MyFloat(-2)
	var a Abser = f
	var i any = f
	err := mk(-1)
	fmt.Printf("1 %T\n", a)
	fmt.Printf("2 %T\n", any(a))
	fmt.Printf("3 %T\n", i)
	fmt.Printf("4 %T\n", err)
	fmt.Printf("5 %T\n", any(err))
	fmt.Printf("6 %T\n", asAny(f))
	m := map[string]any{"c": Green, "n": Names{"a"}}
	fmt.Printf("7 %T %T\n", m["c"], m["n"])
	ch := make(chan any, 1)
	ch <- Red
	fmt.Printf("8 %T\n", <-ch)
	var items []any
	for _, c := range []Color{Red, Green} {
		items = append(items, c)
	}
	fmt.Printf("9 %T %v\n", items[1], items[1])
	fmt.Println(items...)
	fmt.Println(items)
	fmt.Println(a, i, err, m["c"])
	var s fmt.Stringer = Green
	fmt.Printf("10 %T %v\n", s, s)
	var ne ErrNeg
	fmt.Println("11", errors.As(err, &ne), ne)
	_, ok1 := i.(float64)
	_, ok2 := i.(MyFloat)
	var y any = 1.5
	_, ok3 := y.(MyFloat)
	_, ok4 := y.(float64)
	fmt.Println("12", ok1, ok2, ok3, ok4)
	switch v := i.(type) {
	case float64:
		fmt.Println("13 float64", v)
	case MyFloat:
		fmt.Println("13 MyFloat", v)
	}
	switch a.(type) {
	case MyFloat:
		fmt.Println("14 MyFloat")
	}
	fmt.Printf("15 %v %d %s\n", Green, Green, Green)
	fmt.Printf("16 %v\n", []any{Green, 1})
	fmt.Printf("17 %v\n", struct{ C any }{Green})
}
