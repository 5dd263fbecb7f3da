// A failed assertion to an interface says what the value is and the
// first method (in Go's order: exported names first, then by name) its
// type lacks, whether the value is of a basic type, a struct type, a
// pointer, and whether the operand is an any or another interface.
package main

import "fmt"

type Shape interface {
	Perimeter() float64
	Area() float64
}

type Named interface{ Name() string }

type labelled interface {
	label() string
	Name() string
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

type Dog struct{ name string }

func (d *Dog) Name() string  { return d.name }
func (d *Dog) label() string { return "dog" }

type Cat struct{ lives int }

func (c Cat) Name() string { return "tom" }

func check(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", what, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", what)
}

func main() {
	var values = []any{"hello", 42, 2.5, Square{2}, &Dog{"rex"}, Dog{}, Cat{9}, []int{1}, nil}
	for _, v := range values {
		check(fmt.Sprintf("%T as Shape", v), func() { _ = v.(Shape) })
	}
	for _, v := range values {
		check(fmt.Sprintf("%T as labelled", v), func() { _ = v.(labelled) })
	}
	var n Named = &Dog{}
	check("Named *Dog as Shape", func() { _ = n.(Shape) })
	n = Cat{}
	check("Named Cat as labelled", func() { _ = n.(labelled) })
	check("float as literal", func() { _ = any(1.5).(interface{ Area() float64 }) })

	// The comma-ok form never panics.
	s, ok := values[0].(Shape)
	fmt.Println(s, ok)
}
