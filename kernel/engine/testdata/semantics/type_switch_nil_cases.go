// Type switches with a case nil: on a nil of a declared interface, on a
// nil held in an any, mixed with other types in one case, with break.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (q Sq) Area() float64 { return q.S * q.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func describe(s Shape) string {
	switch v := s.(type) {
	case nil:
		return "no shape"
	case Sq:
		return fmt.Sprintf("square of %.0f", v.S)
	default:
		return fmt.Sprintf("%T with area %.0f", v, v.Area())
	}
}

func kind(v any) string {
	switch x := v.(type) {
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case nil, string:
		return fmt.Sprintf("nil or string %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var s Shape
	fmt.Println(describe(s), "|", describe(nil), "|", describe(Sq{3}), "|", describe(&Circle{1}))
	var a any = s
	fmt.Println(kind(a), kind(nil), kind(7), kind(int64(8)), kind("x"), kind(s), kind(Sq{1}))
	var p *Circle
	s = p
	fmt.Println(s == nil, kind(s))

	items := []any{1, nil, "two", nil}
	nils := 0
loop:
	for _, it := range items {
		switch it.(type) {
		case nil:
			nils++
			if nils == 2 {
				break loop
			}
		case string:
			fmt.Println("string", it)
		}
	}
	fmt.Println("nils:", nils)
}
