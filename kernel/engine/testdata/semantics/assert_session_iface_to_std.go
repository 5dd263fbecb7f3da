package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Namer interface{ Name() string }

type U struct{}

func (U) Name() string { return "u" }

type V struct{}

func (V) Name() string   { return "v" }
func (V) String() string { return "V!" }

type W struct{}

func (*W) Name() string { return "w" }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var e Namer = U{}
	try(func() { s := e.(fmt.Stringer); fmt.Println("after", s) })
	e = V{}
	try(func() { s := e.(fmt.Stringer); fmt.Println("ok", s) })
	e = &W{}
	try(func() { s := e.(fmt.Stringer); fmt.Println("after", s) })
	var a any = U{}
	try(func() { s := a.(fmt.Stringer); fmt.Println("after", s) })
	try(func() { s := a.(error); fmt.Println("after", s) })
	try(func() { s := a.(io.Writer); fmt.Println("after", s) })
	a = strings.NewReader("x")
	try(func() { s := a.(io.Writer); fmt.Println("after", s) })
	try(func() { s := a.(io.Reader); fmt.Println("ok", s != nil) })
	var r io.Reader = strings.NewReader("x")
	try(func() { s := r.(io.Writer); fmt.Println("after", s) })
	try(func() { s := r.(io.ByteScanner); fmt.Println("ok", s != nil) })
	var err error = errors.New("x")
	try(func() { s := err.(fmt.Stringer); fmt.Println("after", s) })
	try(func() { s := err.(interface{ Unwrap() error }); fmt.Println("after", s) })
	var n Namer
	try(func() { s := n.(fmt.Stringer); fmt.Println("after", s) })
}
