package main

import "fmt"

func main() {
	x := 3
	if x > 1;
	{
		fmt.Println(x)
	}
}
