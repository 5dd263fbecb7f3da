package main

import (
	"fmt"
	"os"
)

// An interface holding a typed nil is not nil, however the value got
// there: a conversion compared with nil, a generic func's any(v), a
// switch whose cases convert to an interface.

func isNil[T any](v T) bool { return any(v) == nil }

func describe(v any) string {
	switch v {
	case any("x"):
		return "the string x"
	case any(3):
		return "three"
	case any(2.5):
		return "two and a half"
	case nil:
		return "nil"
	}
	return fmt.Sprintf("other %v", v)
}

func main() {
	var p *int
	var s []string
	var m map[string]int
	var f func()
	var ch chan int
	var file *os.File
	fmt.Println(p == nil, any(p) == nil, any(p) != nil)
	fmt.Println(any(s) == nil, any(m) == nil, any(f) == nil, any(ch) == nil)
	fmt.Println(fmt.Stringer(nil) == nil, error(nil) == nil, any(nil) == nil)
	fmt.Println(isNil(p), isNil(s), isNil[any](nil), isNil(0))
	var e error
	fmt.Println(any(e) == nil, any(file) == nil)
	for _, v := range []any{"x", 3, 2.5, nil, "y", int64(3)} {
		fmt.Println(describe(v))
	}
}
