package main

// Method values of interfaces bind the dynamic value when taken; of a
// nil interface, taking one panics there.

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	var s Shape = Sq{2}
	area := s.Area
	s = Sq{3}
	fmt.Println(area(), s.Area())
	var r io.Reader = strings.NewReader("hi")
	read := r.Read
	buf := make([]byte, 2)
	n, err := read(buf)
	fmt.Println(n, err, string(buf))
	var e error = errors.New("boom")
	msg := e.Error
	fmt.Println(msg())
	defer func() { fmt.Println("recovered:", recover()) }()
	var none Shape
	f := none.Area
	fmt.Println("unreached", f != nil)
}
