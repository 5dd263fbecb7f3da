// Two struct types declared with the same fields print each with its own
// name and methods, directly, through pointers, in slices and maps, and
// held in a fmt.Stringer.
package main

import "fmt"

type Meters struct{ v float64 }
type Feet struct{ v float64 }

func (m Meters) String() string { return fmt.Sprintf("%gm", m.v) }

type T struct{ n int }
type V struct{ n int }

func (t *T) String() string { return fmt.Sprintf("T(%d)", t.n) }
func (v V) String() string  { return fmt.Sprintf("V(%d)", v.n) }

func main() {
	fmt.Println(Meters{3}, Feet{10})
	fmt.Printf("%v %+v %#v %T %T\n", Meters{3}, Feet{10}, Feet{1}, Meters{}, Feet{})
	t := T{1}
	fmt.Println(t, &t, V{2}, &V{3})
	fmt.Println([]T{{6}, {7}}, []*T{{8}}, []V{{10}}, map[string]Feet{"a": {1}})
	var s fmt.Stringer = Meters{6}
	fmt.Println(s, s.String())
	fmt.Println(fmt.Sprint(Feet{7}), fmt.Sprintf("%s", Meters{8}))
}
