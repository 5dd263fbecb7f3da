package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.Atoi("3")
	fmt.Println(n + 1)
}
