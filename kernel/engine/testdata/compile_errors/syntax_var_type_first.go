package main

import "fmt"

func main() {
	int x = 5
	fmt.Println(x)
}
