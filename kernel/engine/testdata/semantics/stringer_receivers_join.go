// String methods on value and pointer receivers as fmt honours them (a
// T prints as a struct when only *T has String), errors.Join and
// fmt.Errorf with several %w of a declared error type, and fmt verbs.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) String() string { return fmt.Sprintf("T(%d)", t.n) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V(%d)", v.n) }

type W struct {
	t  T
	pt *T
	v  V
}

type E struct{ msg string }

func (e E) Error() string { return "E: " + e.msg }

func main() {
	t := T{1}
	fmt.Println(t, &t)
	fmt.Printf("%v %v %s %d\n", t, &t, &t, t)
	v := V{2}
	fmt.Println(v, &v)
	fmt.Printf("%+v %#v\n", v, v)
	w := W{T{3}, &T{4}, V{5}}
	fmt.Printf("%v %+v\n", w, w)
	ts := []T{{6}, {7}}
	pts := []*T{{8}, {9}}
	vs := []V{{10}}
	fmt.Println(ts, len(pts), vs)
	m := map[string]V{"a": {11}}
	fmt.Println(m)
	var s fmt.Stringer = &t
	fmt.Println(s)
	err := errors.Join(E{"one"}, E{"two"})
	fmt.Println(err)
	wrapped := fmt.Errorf("ctx: %w and %w", E{"x"}, errors.New("y"))
	fmt.Println(wrapped, errors.Is(wrapped, E{"x"}))
	var target E
	fmt.Println(errors.As(wrapped, &target), target.msg)
	fmt.Printf("%q %x %X %08.3f %-5d| %5s|%t\n", "hi", "hi", 255, 3.14159, 42, "ab", true)
	fmt.Printf("%T %T %T %T\n", t, &t, ts, m)
	fmt.Printf("%v %d\n", [3]V{{1}, {2}, {3}}, []int{1, 2})
	type local struct{ A, b int }
	fmt.Printf("%v %+v %#v %T\n", local{1, 2}, local{1, 2}, local{1, 2}, local{})
}
