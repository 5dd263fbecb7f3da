// Struct literal types and struct types declared in funcs that embed a
// type with a String or Error method print by that method, as its
// method set is theirs too.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int64(m)/100, int64(m)%100) }

type Label string

func (l Label) String() string { return "<" + string(l) + ">" }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type level int

func (l level) String() string { return [...]string{"low", "mid", "high"}[l] }

var price = struct {
	Money
	note string
}{1250, "sale"}

func main() {
	fmt.Println(price)
	fmt.Printf("%v|%+v|%s|%q\n", price, price, price, price)
	fmt.Printf("%d\n", price)

	timed := struct {
		time.Duration
		step string
	}{1500 * time.Millisecond, "build"}
	fmt.Println(timed)

	type item struct {
		Money
		name string
	}
	items := []item{{199, "pen"}, {2500, "book"}}
	fmt.Println(items, items[0].name)

	type lookupErr struct {
		NotFound
		attempts int
	}
	var err error = lookupErr{NotFound{"k1"}, 3}
	fmt.Println(err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)

	both := struct {
		Money
		Label
	}{5, "x"}
	fmt.Println(both)

	type rated struct {
		level
		score int
	}
	fmt.Println(rated{2, 90}, []any{rated{0, 10}})
}
