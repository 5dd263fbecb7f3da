package main

import "fmt"

type T struct{}

func main() {
	var t T
	t.Foo()
	fmt.Println(t)
}
