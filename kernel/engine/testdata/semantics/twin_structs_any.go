// Two struct types declared with the same fields, held in an any, keep
// their own names and methods, and an assertion tells them apart.
package main

import "fmt"

type Meters struct{ v float64 }
type Feet struct{ v float64 }

func (m Meters) String() string { return fmt.Sprintf("%gm", m.v) }

func main() {
	var a any = Feet{4}
	var b any = Meters{5}
	fmt.Println(a, b)
	_, isMeters := a.(Meters)
	fmt.Println(isMeters)
}
