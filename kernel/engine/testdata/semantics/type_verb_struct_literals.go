// %T of values of struct literal types, beside a declared struct type
// with the same fields.
package main

import "fmt"

type Coord struct{ R, C int }

func main() {
	p := struct{ R, C int }{1, 2}
	fmt.Printf("%T %v %T\n", p, p, Coord{})
	ps := []struct{ R, C int }{{1, 2}, {3, 4}}
	fmt.Printf("%T %d\n", ps, len(ps))
	m := map[string]*struct{ R, C int }{"a": &p}
	fmt.Printf("%T %v\n", m, m["a"].C)
	fmt.Printf("%[1]v is a %[1]T\n", p)
	s := fmt.Sprintf("%T", struct {
		Name string
		Tags []string
	}{})
	fmt.Println(s)
}
