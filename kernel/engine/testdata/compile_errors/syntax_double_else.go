package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		fmt.Println(1)
	} else {
		fmt.Println(2)
	} else {
		fmt.Println(3)
	}
}
