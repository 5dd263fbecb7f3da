// Methods promoted from deeper embedded structs, through pointers and
// through an embedded interface that itself embeds fmt.Stringer: fmt
// uses them, and the values convert to fmt.Stringer.
package main

import (
	"errors"
	"fmt"
)

type Named struct{ N string }

func (n Named) String() string { return "named:" + n.N }

type Mid struct{ Named }
type Top struct {
	Mid
	X int
}

type Wrap struct{ fmt.Stringer }

type Err interface{ error }
type WrapErr struct{ Err }

type PtrS struct{ v int }

func (p *PtrS) String() string { return fmt.Sprint("ptr", p.v) }

type HoldPtr struct{ *PtrS }
type HoldVal struct{ PtrS }
type Deep struct{ HoldPtr }

type Shape interface {
	Area() float64
	fmt.Stringer
}
type Sq float64

func (s Sq) Area() float64  { return float64(s * s) }
func (s Sq) String() string { return fmt.Sprintf("Sq(%g)", float64(s)) }

type Framed struct{ Shape }
type Framed2 struct{ Framed }

func main() {
	fmt.Println(Top{Mid{Named{"a"}}, 1})
	fmt.Println(Wrap{Named{"b"}})
	fmt.Println(WrapErr{errors.New("boom")})
	fmt.Println(HoldPtr{&PtrS{3}}, Deep{HoldPtr{&PtrS{4}}})
	fmt.Println(HoldVal{PtrS{5}}, &HoldVal{PtrS{6}})
	fmt.Println(Framed{Sq(2)}, Framed2{Framed{Sq(3)}})
	fmt.Printf("%v %+v\n", Framed{Sq(1)}, Framed{Sq(2)})
	var s fmt.Stringer = Framed2{Framed{Sq(4)}}
	fmt.Println(s.String(), s)
}
