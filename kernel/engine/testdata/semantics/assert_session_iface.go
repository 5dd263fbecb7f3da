package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Ci struct{ r float64 }

func (c *Ci) Area() float64 { return 3 * c.r * c.r }

func area(v any) float64 {
	if s, ok := v.(Shape); ok {
		return s.Area()
	}
	return -1
}

func area2(v any) float64 {
	s := v.(Shape)
	return s.Area()
}

func describe(v any) string {
	switch x := v.(type) {
	case Shape:
		return fmt.Sprint("shape ", x.Area())
	case int:
		return fmt.Sprint("int ", x)
	default:
		return "other"
	}
}

func main() {
	for _, v := range []any{Sq{2}, &Ci{1}, Ci{1}, 3, "s"} {
		fmt.Println(describe(v))
	}

	fmt.Println(area(Sq{2}), area(&Ci{1}), area(3))
	fmt.Println(area2(Sq{2}), area2(&Ci{1}))
	var vs []any = []any{Sq{3}, &Ci{2}}
	for _, v := range vs {
		if s, ok := v.(Shape); ok {
			fmt.Println(s.Area())
		}
	}
	var x any = Sq{4}
	s, ok := x.(Shape)
	fmt.Println(s.Area(), ok)
}
