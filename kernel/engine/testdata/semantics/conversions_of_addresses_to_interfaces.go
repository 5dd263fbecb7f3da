// Explicit conversions of the address of a composite literal to an
// interface with methods, stored in variables and slices.
package main

import (
	"errors"
	"fmt"
)

type E struct{ V int }

func (p *E) String() string { return fmt.Sprintf("E%d", p.V) }

type NotFound struct{ Key string }

func (n *NotFound) Error() string { return "not found: " + n.Key }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s *Sq) Area() float64 { return s.S * s.S }

func main() {
	x := fmt.Stringer(&E{V: 1})
	fmt.Println(x)
	e := error(&NotFound{"k"})
	fmt.Println(e)
	var nf *NotFound
	fmt.Println(errors.As(e, &nf), nf.Key)
	e = error(&NotFound{Key: "j"})
	fmt.Println(e)
	s := Shape(&Sq{2})
	fmt.Println(s.Area())
	shapes := []Shape{Shape(&Sq{1}), Shape(&Sq{3})}
	for _, sh := range shapes {
		fmt.Println(sh.Area())
	}
	v := 5
	var p fmt.Stringer = (*E)(&E{v})
	fmt.Println(p)
}
