package main

import (
	"fmt"
	"io"
	"os"
)

type T struct{}

func (*T) String() string { return "T" }

func find(ok bool) *T {
	if ok {
		return &T{}
	}
	return nil
}

func asStringer(ok bool) fmt.Stringer {
	return find(ok)
}

func main() {
	var p *T
	var s fmt.Stringer = p
	fmt.Println(p == nil, s == nil, s != nil)
	fmt.Println(asStringer(false) == nil, asStringer(true) == nil)
	fmt.Printf("%v %T\n", s, s)
	var w io.Writer
	fmt.Println(w == nil)
	var f *os.File
	w = f
	fmt.Println(w == nil, w != nil)
	var e error
	var any1 any = e
	fmt.Println(any1 == nil)
	var any2 any = (*int)(nil)
	fmt.Println(any2 == nil, any2 == (*int)(nil))
}
