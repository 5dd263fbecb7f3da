package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // a typed nil is not a nil interface
}

func main() {
	var e error
	fmt.Println(e == nil)
	e = mayFail(false)
	fmt.Println(e == nil, e != nil)
	var a, b any = 1, 1
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = 1, int64(1)
	fmt.Println(a == b)
	var s fmt.Stringer
	fmt.Println(s == nil)
	err := errors.New("x")
	fmt.Println(err == errors.New("x"), err == err)
	type pair struct{ a, b int }
	fmt.Println(pair{1, 2} == pair{1, 2}, [2]int{1, 2} == [2]int{1, 3})
	switch v := any(3.5).(type) {
	case int:
		fmt.Println("int", v)
	case float64:
		fmt.Println("float64", v)
	}
	n, ok := any("str").(int)
	fmt.Println(n, ok)
}
