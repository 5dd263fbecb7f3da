package main

import (
	"errors"
	"fmt"
	"strconv"
)

var errNeg = errors.New("negative")

func parsePos(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err != nil {
		return 0, err
	} else if n < 0 {
		return n, errNeg
	}
	n, err = strconv.Atoi(s)
	return
}

func counter() func() int {
	count := 0
	return func() int {
		count := count + 1
		return count
	}
}

func main() {
	for _, s := range []string{"5", "-3", "x"} {
		n, err := parsePos(s)
		switch {
		case errors.Is(err, errNeg):
			fmt.Println(s, "negative", n)
		case err != nil:
			fmt.Println(s, "error:", err)
		default:
			fmt.Println(s, "ok", n)
		}
	}
	c := counter()
	fmt.Println(c(), c(), c())
	x := 1
	if true {
		x := x + 10
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	err := errors.New("first")
	if _, err := strconv.Atoi("1"); err == nil {
		fmt.Println("inner err nil")
	}
	fmt.Println("outer err:", err)
	type T = int
	var t T = 3
	fmt.Printf("%T %v\n", t, t)
}
