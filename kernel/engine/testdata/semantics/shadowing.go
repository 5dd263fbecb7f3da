package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	if x := "if"; x != "" {
		fmt.Println(x)
	}
	fmt.Println(x)
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
	switch x := 3; {
	case x > 2:
		fmt.Println("switch", x)
	}
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("shadowed err")
		_ = err
	}
	fmt.Println(err)
}
