package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("Circle(%g)", c.R) }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Counter struct{ n int }

func (c *Counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func describe(v any) string {
	switch x := v.(type) {
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case int:
		return fmt.Sprint("int ", x)
	}
	return "other"
}

func main() {
	shapes := []Shape{Circle{1}, Square{2}}
	for _, s := range shapes {
		if st, ok := s.(fmt.Stringer); ok {
			fmt.Println("has a name:", st.String())
		} else {
			fmt.Printf("no name, area %.0f\n", s.Area())
		}
		switch v := s.(type) {
		case fmt.Stringer:
			fmt.Println("switch stringer", v)
		default:
			fmt.Println("switch other")
		}
	}
	values := []any{Circle{2}, 7, "text"}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	var err error = &NotFound{"x"}
	var target *NotFound
	fmt.Println(errors.As(err, &target), target.Key)
	var sink any = &Counter{}
	if w, ok := sink.(io.Writer); ok {
		fmt.Fprint(w, "hello")
		io.Copy(w, strings.NewReader(" world"))
	}
	fmt.Println(sink.(*Counter).n)
	name := any(Circle{3}).(fmt.Stringer).String()
	fmt.Println(name)
}
