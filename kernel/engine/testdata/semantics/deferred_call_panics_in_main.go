// A call main deferred in a loop panics as main returns: the other
// deferred calls still run, and the traceback names main's closing
// brace, where its deferred calls run.
package main

import "fmt"

type File struct {
	name string
	data []byte
}

func (f *File) Close() { fmt.Println("close", f.name, f.data[0]) }

func main() {
	for _, f := range []*File{{"a", []byte("x")}, {"b", nil}} {
		defer f.Close()
	}
	fmt.Println("body")
}
