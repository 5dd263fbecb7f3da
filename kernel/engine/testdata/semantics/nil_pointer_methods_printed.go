// A nil pointer of a declared non-struct type printed by fmt: its
// pointer-receiver String or Error method runs with a nil receiver; a
// value method cannot, and fmt prints <nil>.
package main

import "fmt"

type P float64

func (t *P) String() string {
	if t == nil {
		return "P(nil)"
	}
	return fmt.Sprintf("P(%g)", float64(*t))
}

type Q int

func (q *Q) Error() string { return "Q-error" }

type V int

func (v V) String() string { return "V" }

func main() {
	var p *P
	fmt.Println(p)
	fmt.Printf("%v %s|%d\n", p, p, 3)
	var q *Q
	fmt.Println(q)
	var v *V
	fmt.Println(v)
	x := P(1.5)
	fmt.Println(&x)
}
