// Table-driven checks over anonymous structs whose fields have declared
// types with String methods, printed with %v and %+v.
package main

import "fmt"

type Day int

const (
	Mon Day = iota
	Tue
	Wed
)

func (d Day) String() string { return [...]string{"Mon", "Tue", "Wed"}[d] }

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

func next(d Day) Day { return (d + 1) % 3 }

func main() {
	tests := []struct {
		name string
		in   Day
		want Day
	}{
		{"monday", Mon, Tue},
		{"wrap", Wed, Mon},
	}
	for _, tc := range tests {
		got := next(tc.in)
		fmt.Printf("%v %+v ok=%v\n", tc, tc, got == tc.want)
	}
	fmt.Println(struct{ D Day }{Tue}, struct {
		L    Level
		Note string
	}{3, "x"})
	pair := struct{ A, B Level }{1, 2}
	fmt.Printf("%v %+v %T\n", pair, pair, pair.A)
}
