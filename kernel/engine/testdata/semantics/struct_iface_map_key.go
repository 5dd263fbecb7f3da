// A map keyed by a struct holding an interface the program declares: the
// notebook refuses it, as it refuses a map keyed by the interface.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S }

type Slot struct{ Shape Shape }

func main() {
	m := map[Slot]int{}
	m[Slot{Sq{1}}] = 1
	fmt.Println(m[Slot{Sq{1}}])
}
