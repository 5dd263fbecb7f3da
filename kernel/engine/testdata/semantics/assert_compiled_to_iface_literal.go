package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

type Unwrapper interface{ Unwrap() error }

type Lener interface{ Len() int }

type MyErr struct{ inner error }

func (e *MyErr) Error() string { return "my: " + e.inner.Error() }
func (e *MyErr) Unwrap() error { return e.inner }

func chain(err error) {
	for err != nil {
		fmt.Printf("%T: %v\n", err, err)
		u, ok := err.(Unwrapper)
		if !ok {
			break
		}
		err = u.Unwrap()
	}
}

func main() {
	base := errors.New("base")
	err := fmt.Errorf("ctx: %w", &MyErr{fmt.Errorf("deep: %w", base)})
	chain(err)
	if u, ok := err.(interface{ Unwrap() error }); ok {
		fmt.Printf("%T %v\n", u, u)
	}
	j := errors.Join(base, err)
	if m, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(m.Unwrap()))
	}
	var a any = time.Second * 3
	if s, ok := a.(interface{ Seconds() float64 }); ok {
		fmt.Println(s.Seconds(), s)
	}
	a = bytes.NewBufferString("hello")
	if l, ok := a.(Lener); ok {
		fmt.Println(l.Len())
	}
	switch x := a.(type) {
	case interface{ Len() int }:
		fmt.Println("len", x.Len())
	default:
		fmt.Println("default")
	}
	_, perr := os.Open("/nonexistent/file")
	if t, ok := perr.(interface{ Timeout() bool }); ok {
		fmt.Println("timeout?", t.Timeout())
	}
	var pe *fs.PathError
	fmt.Println(errors.As(perr, &pe), pe.Op)
	defer func() { fmt.Println("recovered:", recover()) }()
	l := a.(interface{ Cap() int })
	fmt.Println(l.Cap() > 0)
	_ = base.(interface{ Unwrap() error })
}
