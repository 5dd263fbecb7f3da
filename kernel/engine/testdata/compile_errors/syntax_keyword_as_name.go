package main

import "fmt"

func main() {
	type := "x"
	fmt.Println(type)
}
