package main

import "fmt"

type T struct{}

func main() {
	t := T{}
	if v, ok := t.(fmt.Stringer); ok {
		fmt.Println(v)
	}
}
