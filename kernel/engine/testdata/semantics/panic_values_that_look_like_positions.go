// A parser's errors often start with "line:col: "; panicking with one
// prints the whole message, as Go does.
package main

import (
	"errors"
	"fmt"
)

type parseError struct {
	line, col int
	msg       string
}

func (e parseError) Error() string { return fmt.Sprintf("%d:%d: %s", e.line, e.col, e.msg) }

func parse(src string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", src, r)
		}
	}()
	panic("12:5: bad token")
}

func main() {
	fmt.Println(parse("x +"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(parseError{2, 7, "unexpected )"})
	}()
	panic(errors.New("3:4: fatal"))
}
