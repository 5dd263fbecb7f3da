package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	Logger
	name  string
	calls int
}

func (s *Service) Handle() {
	s.calls++
	s.Log(fmt.Sprintf("%s handled call %d", s.name, s.calls))
}

type Reader interface{ Read() string }

type Writer interface{ Write(string) }

type ReadWriter interface {
	Reader
	Writer
}

type buffer struct{ data []string }

func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *buffer) Write(s string) { b.data = append(b.data, s) }

func main() {
	s := &Service{Logger: Logger{"[svc] "}, name: "api"}
	s.Handle()
	s.Handle()
	s.prefix = "[new] "
	s.Handle()
	var rw ReadWriter = &buffer{}
	rw.Write("one")
	rw.Write("two")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
}
