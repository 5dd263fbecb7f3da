package main

import (
	"fmt"
	"strings"
)

func main() {
	words := strings.Fields("a b c")
	result := fmt.Sprintf("%s-%s-%s",
		words[0],
		words[1],
		words[3],
	)
	fmt.Println(result)
}
