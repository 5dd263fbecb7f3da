package main

// A deferred print call prints its operands as they were at the defer
// statement, by their String and Error methods, and %T names their
// types.

import (
	"errors"
	"fmt"
)

type Card struct{ Rank int }

func (c Card) String() string { return fmt.Sprintf("card%d", c.Rank) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type S struct{ n int }

func (s *S) String() string { return fmt.Sprintf("S%d", s.n) }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

func main() {
	c := Card{3}
	defer fmt.Println(c, Celsius(21.5), 7)
	for i := range 2 {
		defer fmt.Printf("%v %s %d %T\n", Card{i}, &S{i}, i, Celsius(1))
	}
	var err error = E{4}
	defer fmt.Println("err:", err, errors.New("x"))
	c.Rank = 9
	fmt.Println("body", c)
}
