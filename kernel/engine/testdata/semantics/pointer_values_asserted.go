// A pointer to a struct whose methods have value receivers has those
// methods too: asserted to a standard interface, to an interface literal
// and in a type switch, &Sq{} is found as Sq{} is.
package main

import (
	"fmt"
	"io"
)

type Sq struct{ s float64 }

func (q Sq) Area() float64  { return q.s * q.s }
func (q Sq) String() string { return fmt.Sprintf("Sq(%g)", q.s) }

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type Sink struct{ n int }

func (s Sink) Write(p []byte) (int, error) { return len(p), nil }

func describe(v any) {
	switch x := v.(type) {
	case error:
		fmt.Println("error:", x)
	case interface{ Area() float64 }:
		fmt.Println("area:", x.Area())
	case fmt.Stringer:
		fmt.Println("stringer:", x)
	default:
		fmt.Printf("other: %T\n", x)
	}
}

func main() {
	for _, v := range []any{Sq{2}, &Sq{3}, MyErr{1}, &MyErr{2}, Sink{}, &Sink{}, 4} {
		describe(v)
	}
	var v any = &Sq{5}
	s, ok := v.(fmt.Stringer)
	fmt.Println(s, ok)
	a, ok := v.(interface{ Area() float64 })
	fmt.Println(a.Area(), ok)
	var e any = &MyErr{7}
	if err, ok := e.(error); ok {
		fmt.Println("as error:", err)
	}
	w, ok := any(&Sink{}).(io.Writer)
	n, _ := fmt.Fprint(w, "hello")
	fmt.Println(n, ok)
	fmt.Println(any(&Sq{6}).(fmt.Stringer).String())
}
