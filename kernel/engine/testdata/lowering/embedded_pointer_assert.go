// Types that get methods through an embedded pointer, asserted to and
// switched on from interfaces with methods.
package main

import "fmt"

type Namer interface{ Name() string }

type Walker interface{ Walk() string }

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Dog struct{ *Base }

func (Dog) Walk() string { return "trot" }

type Logger struct{ *Base }

func (l *Logger) Walk() string { return "log " + l.name }

func describe(n Namer) string {
	switch v := n.(type) {
	case Dog:
		return "dog " + v.Name() + " " + v.Walk()
	case *Logger:
		return "logger " + v.Name()
	default:
		return "other " + v.Name()
	}
}

func main() {
	var n Namer = Dog{&Base{"rex"}}
	d, ok := n.(Dog)
	fmt.Println(d.Name(), ok)
	_, ok = n.(*Logger)
	fmt.Println(ok)
	w, ok := n.(Walker)
	fmt.Println(w.Walk(), ok)
	fmt.Println(describe(n), describe(&Logger{&Base{"ops"}}), describe(&Base{"plain"}))
	var lw Walker = &Logger{&Base{"db"}}
	_, ok = lw.(Namer)
	fmt.Println(ok)
	fmt.Println(n.(Dog).Walk())
	_ = lw.(Dog)
}
