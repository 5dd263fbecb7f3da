// The second of two calls of a func panics, and a func has two calls of
// panic: the traceback names the call and the panic that ran.
package main

import (
	"errors"
	"fmt"
)

func average(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total / len(xs)
}

func check(age int) {
	if age < 0 {
		panic(errors.New("negative age"))
	}
	if age > 150 {
		panic(fmt.Sprintf("age %d is not plausible", age))
	}
}

func main() {
	fmt.Println(average([]int{3, 4, 5}))
	check(30)
	check(200)
	fmt.Println(average(nil))
}
