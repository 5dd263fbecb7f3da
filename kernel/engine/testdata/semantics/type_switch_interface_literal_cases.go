// A type switch with a case of a standard type beside a case of an
// interface literal takes a standard value with the literal's methods
// (fmt.Errorf's wrapper in case interface{ Unwrap() error }).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case *fs.PathError:
		return "path " + e.Path
	case interface{ Unwrap() []error }:
		return fmt.Sprint("joins ", len(e.Unwrap()))
	case interface{ Unwrap() error }:
		return "wraps " + e.Unwrap().Error()
	default:
		return "plain " + err.Error()
	}
}

func main() {
	_, err := os.Open("/no/such/file")
	fmt.Println(describe(err))
	fmt.Println(describe(fmt.Errorf("load: %w", NotFound{"cfg"})))
	fmt.Println(describe(errors.Join(errors.New("a"), errors.New("b"))))
	fmt.Println(describe(NotFound{"x"}), describe(nil))
	var wrapped error = fmt.Errorf("wrap: %w", errors.New("inner"))
	switch wrapped.(type) {
	case *fs.PathError:
		fmt.Println("path")
	case interface{ Unwrap() error }:
		fmt.Println("wraps")
	default:
		fmt.Println("default")
	}
}
