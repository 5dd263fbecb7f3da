package main

import "fmt"

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	var p Pair[string]
	fmt.Println(p)
}
