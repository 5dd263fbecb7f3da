package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	r := try(func() { panic(nil) })
	fmt.Printf("%T %v\n", r, r)
	var pe *runtime.PanicNilError
	if e, ok := r.(error); ok {
		fmt.Println(errors.As(e, &pe), e.Error())
		_, isRT := e.(runtime.Error)
		fmt.Println("runtime.Error:", isRT)
	}
	var v any
	r = try(func() { panic(v) })
	fmt.Println(r != nil)
	var err error
	r = try(func() { panic(err) })
	fmt.Println(r)
}
