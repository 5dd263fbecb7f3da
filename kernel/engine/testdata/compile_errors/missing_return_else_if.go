package main

import "fmt"

func sign(x int) string {
	if x > 0 {
		return "+"
	} else if x < 0 {
		return "-"
	}
}

func main() { fmt.Println(sign(1)) }
