// A variable of an interface type declared before, assigned again by a
// := statement that declares another variable, keeps its interface type
// and takes values of other types later.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: bad input", e.Line) }

func parse(line int) (int, error) {
	if line == 2 {
		return 0, &ParseError{line}
	}
	return line * 10, nil
}

func main() {
	var s Shape
	s, n := Square(2), 3
	fmt.Printf("%T %v %d\n", s, s.Area(), n)
	s = Rect{2, 5}
	fmt.Printf("%T %v\n", s, s.Area())

	var err error
	total := 0
	for line := 1; line <= 3; line++ {
		v, e := parse(line)
		if e != nil {
			err, total = e, -1
			break
		}
		total += v
	}
	var pe *ParseError
	fmt.Println(total, err, errors.As(err, &pe), pe.Line)
	err, count := &ParseError{7}, 1
	fmt.Printf("%T %v %d\n", err, err, count)
	err = errors.New("plain")
	fmt.Println(err)
}
