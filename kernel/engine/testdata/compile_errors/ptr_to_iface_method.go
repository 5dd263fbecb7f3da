package main

import (
	"fmt"
	"io"
	"strings"
)

func read(r *io.Reader) {
	b := make([]byte, 4)
	r.Read(b)
	fmt.Println(b)
}

func main() {
	var r io.Reader = strings.NewReader("x")
	read(&r)
}
