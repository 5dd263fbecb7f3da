package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var r io.Reader = strings.NewReader("x")
	if w, ok := r.(io.Writer); ok {
		fmt.Println("writer", w)
	} else {
		fmt.Println("not a writer")
	}
	_, isSeeker := r.(io.Seeker)
	fmt.Println(isSeeker)
	var e any = r
	w := e.(io.Writer)
	fmt.Println(w)
}
