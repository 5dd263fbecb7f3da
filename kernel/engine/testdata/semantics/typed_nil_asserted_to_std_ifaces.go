// A nil pointer of a program type held in an any, asserted to error or
// fmt.Stringer (comma-ok, plain, type switch): the interface holds the
// nil pointer and its methods run with a nil receiver.
package main

import "fmt"

type T struct{ n int }

func (*T) Error() string { return "T" }

type S struct{ n int }

func (s *S) String() string {
	if s == nil {
		return "nil S"
	}
	return "S"
}

func asErr(w *T) error { return w }

func main() {
	var p *T
	var e1 error = p
	fmt.Println(e1.Error(), e1 != nil)
	fmt.Println(asErr(nil).Error())
	var a any = p
	e := a.(error)
	fmt.Println(e.Error(), e != nil)
	switch x := a.(type) {
	case error:
		fmt.Println("error", x.Error())
	}
	var sp *S
	var b any = sp
	if st, ok := b.(fmt.Stringer); ok {
		fmt.Println(st.String(), st)
	}
	fmt.Println(sp, b)
}
