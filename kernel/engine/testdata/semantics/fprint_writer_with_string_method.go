package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// A writer that is also a fmt.Stringer is written to by fmt.Fprint,
// Fprintf and Fprintln, as any io.Writer.

type W struct{ sb strings.Builder }

func (w *W) Write(p []byte) (int, error) { return w.sb.Write(p) }
func (w *W) String() string              { return "W(" + w.sb.String() + ")" }

type P struct{ *bytes.Buffer }

func main() {
	var w W
	fmt.Fprint(&w, "x")
	fmt.Fprintf(&w, "%d", 1)
	fmt.Fprintln(&w, "y")
	io.WriteString(&w, "z")
	fmt.Println(w.String())
	fmt.Println(&w)

	p := P{&bytes.Buffer{}}
	fmt.Fprint(p, "pp")
	fmt.Fprintf(&p, "-%s", "qq")
	fmt.Println(p.String(), p)
}
