package main

import (
	"errors"
	"fmt"
	"os"
)

func mayPanic() {
	panic("a problem")
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	var e error = &myErr{3}
	var me *myErr
	fmt.Println(errors.As(e, &me), me.code)
	_, err := os.Open("/no/such/file")
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path, "op:", pe.Op)
	}
	fmt.Println(errors.Is(err, os.ErrNotExist))
	mayPanic()
	fmt.Println("After mayPanic()")
}
