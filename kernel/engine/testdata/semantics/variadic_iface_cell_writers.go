package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var c Counter
	fmt.Fprint(io.MultiWriter(&c), "abc")
	fmt.Println(c.n)
	var sb strings.Builder
	w := io.MultiWriter(&sb, &c)
	fmt.Fprintf(w, "hello %d", 42)
	fmt.Println(c.n, sb.String())
	bw := bufio.NewWriter(&c)
	bw.WriteString("xyz")
	bw.Flush()
	fmt.Println(c.n)
	fmt.Fprintln(&c, "line")
	fmt.Println(c.n)
	r := io.TeeReader(strings.NewReader("tee"), &c)
	io.ReadAll(r)
	fmt.Println(c.n)
	n, err := io.Copy(&c, strings.NewReader("copy"))
	fmt.Println(n, err, c.n)
}
