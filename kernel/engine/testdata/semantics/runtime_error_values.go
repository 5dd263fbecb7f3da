package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type MyErr struct{ Op string }

func (e *MyErr) Error() string { return "op " + e.Op }

func find(ok bool) error {
	var p *MyErr
	if ok {
		return nil
	}
	return p
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime error: %v\n", name, err)
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	fmt.Println(find(true) == nil, find(false) == nil, find(false))
	s := []int{1, 2, 3}
	n := 5
	try("slice3", func() { _ = s[1:2:n] })
	try("slice-rev", func() { lo := 3; _ = s[lo:1] })
	try("arr", func() { var a [4]int; i := 4; a[i%8] = 1 })
	try("conv", func() { var x any = "s"; _ = x.(fmt.Stringer) })
	try("conv2", func() { var sh Shape = Sq{2}; _ = sh.(*Sq) })
	try("nilfunc", func() { var f func(); f() })
	try("custom", func() { panic(&MyErr{"write"}) })
	try("errors", func() { panic(fmt.Errorf("wrap: %w", errors.New("base"))) })
	try("int", func() { panic(42) })
	try("strconv", func() {
		_, err := strconv.Atoi("12a")
		panic(err)
	})
	try("neg make", func() { k := -1; _ = make([]int, k) })
	try("closed close", func() { c := make(chan int); close(c); close(c) })
	try("nil chan close", func() { var c chan int; close(c) })
	try("string idx", func() { str := "abc"; i := 10; _ = str[i] })
	try("divide", func() { a, b := 1.0, 0.0; fmt.Println(a / b); x, y := 7, 0; _ = x % y })
	var e *MyErr
	var err error = e
	fmt.Println(err != nil, errors.As(err, &e))
}
