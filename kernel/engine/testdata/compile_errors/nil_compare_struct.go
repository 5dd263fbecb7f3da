package main

import "fmt"

type P struct{ X int }

func main() {
	p := P{}
	if p == nil {
		fmt.Println("nil")
	}
}
