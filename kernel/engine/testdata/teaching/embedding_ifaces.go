package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Logger interface{ Log(string) }
type Saver interface{ Save() error }
type LogSaver interface {
	Logger
	Saver
}

type base struct{ logs []string }

func (b *base) Log(s string) { b.logs = append(b.logs, s) }

type Doc struct {
	*base
	title string
}

func (d Doc) Save() error {
	d.Log("saved " + d.title)
	return nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type byName []Doc

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].title < b[j].title }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func process(ls LogSaver) {
	ls.Log("start")
	ls.Save()
}

type Animal interface{ Speak() string }
type Cat struct{}
type Dog struct{ name string }

func (Cat) Speak() string    { return "meow" }
func (d *Dog) Speak() string { return d.name + " says woof" }

func main() {
	d := Doc{&base{}, "report"}
	process(d)
	fmt.Println(d.logs)
	var sb strings.Builder
	w := upperWriter{&sb}
	fmt.Fprintf(w, "hello %d\n", 42)
	io.WriteString(w, "again")
	fmt.Println(sb.String())
	docs := []Doc{{&base{}, "c"}, {&base{}, "a"}, {&base{}, "b"}}
	sort.Sort(byName(docs))
	for _, x := range docs {
		fmt.Print(x.title)
	}
	fmt.Println()
	animals := []Animal{Cat{}, &Dog{"rex"}}
	for _, a := range animals {
		fmt.Println(a.Speak())
	}
	var a Animal
	fmt.Println(a == nil)
	var dp *Dog
	a = dp
	fmt.Println(a == nil, a != nil)
	if _, ok := a.(*Dog); ok {
		fmt.Println("holds *Dog")
	}
	var r io.Reader = strings.NewReader("some text")
	data, _ := io.ReadAll(io.LimitReader(r, 4))
	fmt.Println(string(data))
}
