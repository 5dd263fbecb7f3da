package main

import "fmt"

type P struct{ X int }

func main() {
	var p P
	p.X := 1
	fmt.Println(p)
}
