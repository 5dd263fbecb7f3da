// %w outside fmt.Errorf is a bad verb: fmt names the operand's type
// and prints it without calling its methods.
package main

import (
	"errors"
	"fmt"
)

type P struct{ X int }

func main() {
	fmt.Println(fmt.Sprintf("%w", P{1}))
	fmt.Println(fmt.Sprintf("a %w b %d", errors.New("boom"), 3))
	fmt.Printf("%5w|%v\n", nil, P{2})
}

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

func init() {
	fmt.Printf("%w %w\n", E{"x"}, &E{"y"})
}
