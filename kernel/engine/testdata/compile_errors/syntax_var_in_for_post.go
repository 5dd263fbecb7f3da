package main

import "fmt"

func main() {
	for i := 0; i < 3; i := i + 1 {
		fmt.Println(i)
	}
}
