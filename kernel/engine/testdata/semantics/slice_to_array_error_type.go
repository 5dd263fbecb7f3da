// A slice converted to an array it is too short for: the recovered
// value is Go's run-time error of bounds (runtime.boundsError), with
// Go's message.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%T %v\n", r, isErr)
		fmt.Println(err)
	}()
	s := []int{1, 2}
	a := [2]int(s)
	fmt.Println(a)
	_ = [3]int(s)
}
