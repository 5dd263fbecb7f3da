package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 5
	fmt.Println(strconv.Itoa("5"), n+"1")
}
