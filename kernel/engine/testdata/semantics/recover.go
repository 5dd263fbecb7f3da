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

func nested() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer got: ", r)
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("re-panic of ", r))
		}
	}()
	panic("first")
}

func typed() (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			err = e
		}
	}()
	var m map[string]int
	m["x"] = 1
	return nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(nested())
	err := typed()
	fmt.Println(err)
	var re interface{ RuntimeError() }
	fmt.Println(errors.As(err, &re))
}
