package main

import (
	"fmt"
	"time"
)

const (
	A1 = iota
	B1 = iota
	C1 = iota
)

const (
	A2 = iota
	B2
	C2
)

const (
	A3 = iota + 1
	B3
	C3
)

const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func main() {
	const ui = 12345
	const uf = 3.141592
	const ti int = 12345
	const tf float64 = 3.141592
	var answer = 3 * 0.333
	const third = 1 / 3.0
	const zero = 1 / 3
	const one int8 = 1
	const two = 2 * one
	fmt.Println(answer, third, zero, one, two)
	fmt.Printf("%T %T %T\n", answer, two, ui*uf)

	const maxInt = 9223372036854775807
	const bigger = 9223372036854775808543522345
	fmt.Println(maxInt, bigger/1e10 > 1)

	fmt.Println("1:", A1, B1, C1)
	fmt.Println("2:", A2, B2, C2)
	fmt.Println("3:", A3, B3, C3)
	fmt.Println("Log:", Ldate, Ltime, Lmicroseconds, Llongfile, Lshortfile, LUTC)

	fmt.Printf("%v %T\n", Hour, Hour)
	n := 5
	_ = time.Duration(n) * time.Second
	d := time.Duration(n) * time.Second
	fmt.Println(d, time.Duration(Hour))
	fmt.Println(time.Now().Add(5 * time.Second).After(time.Now()))
	var x Duration = 3 * Minute
	fmt.Println(x, int64(x)/int64(Second))
}
