package main

import "fmt"

func k() func(int) int { return func(x int) int { return 10 / x } }

func main() {
	fmt.Println(k()(2))
	fmt.Println(k()(0))
}
