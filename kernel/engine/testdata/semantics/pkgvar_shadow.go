package main

import "fmt"

var count = 10

var name = "global"

func bump() { count++ }

func main() {
	bump()
	fmt.Println(count)
	count := 0
	count++
	fmt.Println(count)
	bump()
	fmt.Println(count, name)
	name := name + "-local"
	fmt.Println(name)
}
