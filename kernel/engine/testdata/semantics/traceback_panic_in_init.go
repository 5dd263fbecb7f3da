package main

import "fmt"

var m map[string]int

func init() {
	fmt.Println("init")
	m["a"] = 1
}

func main() {
	fmt.Println(m)
}
