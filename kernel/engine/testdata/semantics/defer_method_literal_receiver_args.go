package main

import "fmt"

// A deferred method call on a struct literal receives the arguments it
// was given, also those passed to interface parameters.

type K struct{ n int }

func (k K) Show(a, b any) { fmt.Println("show", k.n, a, b) }

type E struct{}

func (E) Check(x any) { fmt.Println("check", x) }

func several() {
	defer K{1}.Show(K{2}, 3)
	defer K{4}.Show("five", 6.5)
	defer E{}.Check(7)
	defer fmt.Println("first out")
}

func main() {
	several()
	a, b := K{8}, 9
	fmt.Println(a, b)
}
