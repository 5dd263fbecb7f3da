package main

import (
	"fmt"
	"strings"
)

type base struct{ num int }

func (b base) describe() string { return fmt.Sprintf("base with num=%v", b.num) }

type container struct {
	base
	str string
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Server struct {
	*Logger
	Name string
}

type describer interface{ describe() string }

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type buffer struct{ sb strings.Builder }

func (b *buffer) Read() string   { return b.sb.String() }
func (b *buffer) Write(s string) { b.sb.WriteString(s) }

func main() {
	co := container{base: base{num: 1}, str: "some name"}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	var d describer = co
	fmt.Println("describer:", d.describe())
	s := Server{Logger: &Logger{prefix: "[srv] "}, Name: "api"}
	s.Log("start")
	s.Log("stop")
	fmt.Println(strings.Join(s.lines, "; "))
	var rw ReadWriter = &buffer{}
	rw.Write("hello ")
	rw.Write("world")
	fmt.Println(rw.Read())
	var r Reader = rw
	fmt.Printf("%T\n", r)
	fmt.Printf("%+v\n", co)
}
