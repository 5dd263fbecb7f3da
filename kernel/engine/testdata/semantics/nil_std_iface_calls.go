// Calling a method of a nil interface of the standard library (error,
// fmt.Stringer, io.Writer) is a nil dereference, as in Go.
package main

import (
	"fmt"
	"io"
)

func main() {
	func() {
		defer func() { fmt.Println(recover()) }()
		var e error
		_ = e.Error()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var s fmt.Stringer
		fmt.Println(s.String())
	}()
	var w io.Writer
	w.Write(nil)
}
