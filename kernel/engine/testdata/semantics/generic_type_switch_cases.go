// A generic func's type switch lists its type parameter beside concrete
// types; for a type argument that is one of them, the earlier case takes
// the value, as in Go (the later one is a duplicate in the instance).
package main

import "fmt"

type Celsius float64

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func Kind[T any](v any) string {
	switch x := v.(type) {
	case T:
		return fmt.Sprintf("T(%v)", x)
	case int:
		return fmt.Sprintf("int %d", x)
	case string, float64:
		return fmt.Sprintf("basic %v", x)
	case []T:
		return fmt.Sprintf("slice of T, %d", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Describe[S Shape](s Shape) string {
	switch v := s.(type) {
	case S:
		return fmt.Sprintf("S with area %g", v.Area())
	case Sq:
		return "a square"
	}
	return "unknown"
}

func main() {
	fmt.Println(Kind[int](3), Kind[int]("s"), Kind[int]([]int{1, 2}))
	fmt.Println(Kind[string]("s"), Kind[string](2.5), Kind[string](3))
	fmt.Println(Kind[Celsius](Celsius(20)), Kind[Celsius](20.0), Kind[float64](1.5))
	fmt.Println(Kind[bool](true), Kind[bool](nil), Kind[[]int]([]int{1}))
	fmt.Println(Describe[Sq](Sq{2}))
}
