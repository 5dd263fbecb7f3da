package main

import "fmt"

func main() {
	a := [3]{1, 2, 3}
	fmt.Println(a)
}
