package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func level2() {
	defer func() {
		r := recover()
		fmt.Println("level2 recovered:", r)
		panic(fmt.Sprint("re-panic: ", r))
	}()
	panic("original")
}

func level1() (msg string) {
	defer func() {
		msg = fmt.Sprint("level1 got: ", recover())
	}()
	level2()
	return "unreachable"
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(level1())
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err, errors.Is(err, errors.ErrUnsupported))
		}()
		panic(errors.ErrUnsupported)
	}()
	fmt.Println(recover())
	defer func() {
		fmt.Println("final:", recover())
	}()
	var m map[string]int
	m["x"] = 1
}
