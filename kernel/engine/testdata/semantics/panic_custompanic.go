package main

import (
	"fmt"
)

func main() {
	fmt.Println("before")
	panic(fmt.Sprintf("bad value 0", 42))
}
