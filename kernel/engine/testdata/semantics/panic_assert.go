package main

import (
	"fmt"
)

func main() {
	var v any = "text"
	fmt.Println("before")
	n := v.(int)
	fmt.Println(n)
}
