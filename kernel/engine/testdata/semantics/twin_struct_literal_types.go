package main

import "fmt"

type reading struct {
	valid bool
	probe int16
	value float32
}

type sample struct {
	valid bool
	probe int16
	value float32
}

type pt struct{ X, Y int }
type vec struct{ X, Y int }

func show(p pt) { fmt.Println("show", p) }

func mkAnon() struct{ X, Y int } { return struct{ X, Y int }{5, 6} }

func toPt(a struct{ X, Y int }) pt { return a }

func main() {
	e3 := struct {
		valid bool
		probe int16
		value float32
	}{true, 10, 3.5}
	var e reading
	e = e3
	fmt.Printf("%+v %T\n", e, e)
	var e4 reading = e3
	e5 := sample(e4)
	fmt.Printf("%v %T\n", e5, e5)
	show(struct{ X, Y int }{1, 2})
	a := struct{ X, Y int }{3, 4}
	show(a)
	ps := []pt{a, mkAnon()}
	fmt.Println(ps)
	m := map[string]pt{"k": a}
	m["j"] = a
	fmt.Println(m)
	var p pt = mkAnon()
	fmt.Println(p, toPt(a))
	var anon struct{ X, Y int }
	anon = p
	fmt.Printf("%v %T\n", anon, anon)
	ch := make(chan pt, 1)
	ch <- a
	fmt.Printf("%T\n", <-ch)
	v := vec(p)
	fmt.Printf("%T %v\n", v, v == vec(a))
	fmt.Println(p == a, a == struct{ X, Y int }(v))
}
