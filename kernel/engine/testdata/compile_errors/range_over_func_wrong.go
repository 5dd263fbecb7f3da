package main

import "fmt"

func gen(yield func(int)) {
	yield(1)
}

func main() {
	for v := range gen {
		fmt.Println(v)
	}
}
