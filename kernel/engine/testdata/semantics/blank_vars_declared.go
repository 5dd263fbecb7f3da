package main

import (
	"fmt"
	"io"
	"sync"
)

// Compile-time checks and placeholders declared with the blank name.
type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

var _ io.Writer = (*counter)(nil)
var _ sync.Mutex
var _, total int

var (
	_     [4]byte
	ready = true
	_     io.Reader
)

func main() {
	var _ int
	var _, local string
	c := &counter{}
	fmt.Fprintf(c, "hello %d", 42)
	total += c.n
	fmt.Println(total, ready, local == "")
}
