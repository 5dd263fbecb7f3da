// Panics raised inside String, Error and Format methods that fmt calls
// are printed in place, with Go's run-time error messages.
package main

import (
	"errors"
	"fmt"
)

type Node struct {
	val  *int
	next *Node
}

func (n Node) String() string { return fmt.Sprint(*n.val) }

type Table struct{ rows []string }

func (t Table) String() string { return t.rows[2] }

type Ratio struct{ a, b int }

func (r Ratio) String() string { return fmt.Sprint(r.a / r.b) }

type Lookup struct{ m map[string]int }

func (l Lookup) Error() string {
	l.m["seen"]++
	return "lookup failed"
}

type Cell struct{ p *float64 }

func (c Cell) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "%.1f", *c.p) }

func main() {
	fmt.Println(Node{})
	fmt.Printf("[%v] [%s]\n", Table{}, Table{rows: []string{"a"}})
	fmt.Println(Ratio{1, 0}, Ratio{6, 3})
	var err error = Lookup{}
	fmt.Println(err)
	fmt.Println(errors.New("plain"), Cell{})
	x := 2.5
	fmt.Printf("%v %d\n", Cell{&x}, Cell{})
}
