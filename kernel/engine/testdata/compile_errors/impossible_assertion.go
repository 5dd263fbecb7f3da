package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var r io.Reader = strings.NewReader("x")
	s := r.(string)
	fmt.Println(s)
}
