// A type switch that binds no variable (switch x.(type)) decides by the
// dynamic type as one that binds one does: declared struct types,
// pointers to them, basic types, slices and nil, with and without a
// standard interface among the cases.
package main

import (
	"errors"
	"fmt"
)

type Circle struct{ r float64 }
type Square struct{ s float64 }
type Shape interface{ Area() float64 }

func (c Circle) Area() float64  { return 3 * c.r * c.r }
func (s *Square) Area() float64 { return s.s * s.s }

func kind(x any) string {
	switch x.(type) {
	case Circle:
		return "circle"
	case *Square:
		return "square pointer"
	case int:
		return "int"
	case nil:
		return "nil"
	}
	return "other"
}

func describe(x any) string {
	switch x.(type) {
	case nil:
		return "nil"
	case Circle:
		return "circle"
	case *Square:
		return "square pointer"
	case int, int64:
		return "an integer"
	case string:
		return "a string"
	case error:
		return "an error"
	case []int:
		return "ints"
	}
	return "something else"
}

func main() {
	values := []any{nil, Circle{1}, &Square{2}, 3, int64(4), "s", errors.New("e"), []int{1}, 2.5, Square{1}}
	for _, v := range values {
		fmt.Println(kind(v), "/", describe(v))
	}
	var s Shape = Circle{2}
	switch s.(type) {
	case *Square:
		fmt.Println("square")
	case Circle:
		fmt.Println("circle shape")
	}
	count := 0
	for _, v := range values {
		switch v.(type) {
		case Circle, *Square:
			count++
		}
	}
	fmt.Println("shapes:", count)
}
