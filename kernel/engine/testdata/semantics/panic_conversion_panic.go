package main

import "fmt"

func main() {
	var x any = "text"
	n, ok := x.(int)
	fmt.Println(n, ok)
	s := x.(fmt.Stringer)
	fmt.Println(s)
}
