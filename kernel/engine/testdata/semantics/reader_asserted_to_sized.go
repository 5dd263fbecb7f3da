// An io.Reader asserted to interfaces with a Len method, in a program
// that also uses a strings.Builder and a bytes.Buffer (which have Len
// too, but only the buffer is a reader).
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Sized interface{ Len() int }

func describe(r io.Reader) string {
	switch s := r.(type) {
	case Sized:
		return fmt.Sprintf("%d bytes left", s.Len())
	default:
		return "unknown size"
	}
}

func main() {
	var sb strings.Builder
	sb.WriteString("header;")
	var r io.Reader = strings.NewReader("abcdef")
	s, ok := r.(Sized)
	fmt.Println(ok, s.Len(), sb.Len())
	buf := bytes.NewBufferString("xyz")
	fmt.Println(describe(buf), describe(r), describe(io.LimitReader(r, 2)))
	n := r.(interface{ Len() int }).Len()
	fmt.Println(n)
	_, isBuilder := any(&sb).(io.Reader)
	fmt.Println(isBuilder)
}
