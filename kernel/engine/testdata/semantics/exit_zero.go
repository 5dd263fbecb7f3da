package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	for i := range 5 {
		if i == 2 {
			fmt.Println("done early")
			os.Exit(0)
		}
		fmt.Println(i)
	}
}
