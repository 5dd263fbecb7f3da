// Type switch cases of interface literals and of the program's own
// interfaces, taken for values that compiled code made (fmt.Errorf's
// and errors.Join's errors, a *strings.Reader), as comma-ok assertions
// to those interfaces are.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

type Lener interface{ Len() int }

type temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net down" }
func (netErr) Temporary() bool { return true }

func classify(v any) string {
	switch x := v.(type) {
	case Lener:
		return fmt.Sprint("len:", x.Len())
	case fmt.Stringer:
		return "stringer:" + x.String()
	}
	return "plain"
}

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case temporary:
		return fmt.Sprint("temporary ", e.Temporary())
	case interface{ Unwrap() error }:
		return "wraps " + e.Unwrap().Error()
	case interface{ Unwrap() []error }:
		return fmt.Sprint("joins ", len(e.Unwrap()))
	default:
		return "plain " + err.Error()
	}
}

func main() {
	fmt.Println(classify(strings.NewReader("hello")), classify([]int{1}), classify(42))
	errs := []error{
		fmt.Errorf("read: %w", fs.ErrNotExist),
		errors.Join(errors.New("a"), errors.New("b")),
		errors.New("x"),
		netErr{},
		nil,
	}
	for _, err := range errs {
		fmt.Println(kind(err))
	}
	for _, err := range errs[:2] {
		switch err.(type) {
		case interface{ Unwrap() error }:
			fmt.Println("single")
		case interface{ Unwrap() []error }:
			fmt.Println("multi")
		}
	}
}
