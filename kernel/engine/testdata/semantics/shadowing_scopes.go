package main

import (
	"errors"
	"fmt"
)

var x = "package"

func f() (int, error) { return 1, errors.New("f failed") }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		x := "else"
		fmt.Println(x)
	}
	fmt.Println(x)
	var err error
	if true {
		n, err := f()
		fmt.Println("inner", n, err)
	}
	fmt.Println("outer err:", err)
	for x := range 2 {
		fmt.Println("loop", x)
	}
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int32 = string
	var y int32 = "not an int"
	fmt.Println(y)
	true := false
	fmt.Println(true)
	fmt := "shadowed package"
	_ = fmt
}
