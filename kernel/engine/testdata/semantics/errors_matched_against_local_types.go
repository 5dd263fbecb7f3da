// Errors matched against types a func declares for itself: a type
// switch case and errors.As into a local interface find a compiled
// error (*fs.PathError) or a declared one by its methods.
package main

import (
	"errors"
	"fmt"
	"os"
)

type CodeErr struct{ C int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.C) }
func (e CodeErr) Code() int     { return e.C }

func classify(err error) string {
	type timeouter interface {
		error
		Timeout() bool
	}
	type coder interface{ Code() int }
	switch e := err.(type) {
	case nil:
		return "no error"
	case coder:
		return fmt.Sprint("coded ", e.Code())
	case timeouter:
		return fmt.Sprint("timeout? ", e.Timeout())
	default:
		return "other: " + e.Error()
	}
}

func main() {
	_, openErr := os.Open("/no/such/file")
	fmt.Println(classify(openErr))
	fmt.Println(classify(CodeErr{4}))
	fmt.Println(classify(errors.New("plain")))
	fmt.Println(classify(nil))

	type coder interface{ Code() int }
	var c coder
	wrapped := fmt.Errorf("load: %w", CodeErr{7})
	if errors.As(wrapped, &c) {
		fmt.Println("as coder:", c.Code())
	}

}
