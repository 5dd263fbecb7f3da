package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// A struct embedding a compiled type satisfies the interfaces of the
// methods it promotes; so does one embedding an interface.

type logBuffer struct {
	*bytes.Buffer
	lines int
}

type nopCloser struct{ io.Reader }

func (nopCloser) Close() error { return nil }

func main() {
	var rc io.ReadCloser = nopCloser{strings.NewReader("hello")}
	b, _ := io.ReadAll(rc)
	fmt.Println(string(b), rc.Close())
	lb := &logBuffer{Buffer: new(bytes.Buffer)}
	fmt.Fprintln(lb, "through a pointer")
	var v logBuffer = *lb
	var w io.Writer = v
	fmt.Fprintln(w, "through a value")
	fmt.Print(lb.String())
}
