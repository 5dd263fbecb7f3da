// Values of compiled types (time.Duration, *bytes.Buffer) in interfaces
// the program declares: assigned, printed, asserted and switched on.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
)

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Stringer interface {
	String() string
}

// Durationer has no standard twin: the compiled types the program uses
// are tried.
type Durationer interface {
	String() string
	Seconds() float64
}

type ReadWriter interface {
	io.Reader
	Writer
}

func describe(i interface{}) {
	switch v := i.(type) {
	case Stringer:
		fmt.Println("stringer:", v.String())
	case Writer:
		fmt.Println("writer")
	default:
		fmt.Printf("other %T\n", v)
	}
}

func main() {
	var w Writer = &bytes.Buffer{}
	fmt.Fprintf(w, "hello %d", 5)
	fmt.Println(w.(*bytes.Buffer).String())
	var b bytes.Buffer
	w = &b
	w.Write([]byte("abc"))
	fmt.Println(b.String())
	var s Stringer = time.Duration(1500) * time.Millisecond
	fmt.Println(s.String(), s)
	var rw ReadWriter = &bytes.Buffer{}
	rw.Write([]byte("xyz"))
	data, _ := io.ReadAll(rw)
	fmt.Println(string(data))
	describe(time.Second)
	describe(&b)
	describe(42)
	if st, ok := interface{}(time.Minute).(Stringer); ok {
		fmt.Println("ok", st)
	}
	var any1 any = 90 * time.Second
	if d, ok := any1.(Durationer); ok {
		fmt.Println(d.Seconds(), d)
	}
	var any2 any = "text"
	_, isDur := any2.(Durationer)
	fmt.Println(isDur)
	if st, ok := any(time.Hour).(interface{ String() string }); ok {
		fmt.Println("literal:", st)
	}
	switch v := any(&b).(type) {
	case interface{ Len() int }:
		fmt.Println("has Len:", v.Len())
	}
	var r io.Reader = strings.NewReader("q")
	if _, ok := r.(Writer); !ok {
		fmt.Println("reader is not a writer")
	}
}
