package main

import "fmt"

func main() {
	n := 3
	s := "count: " + n
	fmt.Println(s)
}
