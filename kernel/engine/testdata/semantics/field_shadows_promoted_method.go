package main

import (
	"fmt"
	"strings"
)

// A field is selected over a method of the same name promoted from one
// level deeper, as Go selects the shallower of the two.

type A struct{ X int }

func (A) Name() string { return "a" }

func (*A) Size() int { return 7 }

type S struct {
	A
	Name string
	Size int
}

type Outer struct {
	*S
	Tag string
}

type Pt struct{ X, Y int }

func (p *Pt) Move() { p.X++ }

type HasPos struct{}

func (HasPos) Pos() int { return 0 }

type W struct {
	HasPos
	Pos Pt
}

type Box[T any] struct {
	A
	Name T
}

type Tagged struct {
	A
	Name []string
}

func mk() S { return S{Name: "made"} }

// tags indexes, slices and ranges over such a field.
func tags() {
	var t Tagged
	x := 0
	t.Name, x = []string{"a", "b", "c"}, 5
	t.Name[0] += "!"
	m := map[string]*Tagged{"k": &t}
	m["k"].Name[1] = "B"
	for i, n := range t.Name[1:] {
		fmt.Println(i, n)
	}
	for i := range t.Name {
		t.Name[i] += "."
	}
	fmt.Println(t.Name, x, len(t.Name), t.Name[:2:2], t.A.Name())
}

func name(s *S) string { return s.Name }

func main() {
	s := S{Name: "s"}
	fmt.Println(s.Name, s.A.Name())
	s.Name += "!"
	s.Size = 3
	p := &s.Name
	*p = strings.ToUpper(*p)
	fmt.Println(s.Name, s.Size, s.A.Size(), len(s.Name))
	ps := &s
	ps.Name = "ptr"
	fmt.Println(ps.Name, mk().Name, name(ps))
	o := Outer{S: &s, Tag: "t"}
	o.Name = "via outer"
	fmt.Println(o.Name, o.Size, s.Name)
	m := map[string]S{"k": {Name: "in map"}}
	fmt.Println(m["k"].Name)
	fmt.Printf("%+v\n", s)

	var w W
	w.Pos.Move()
	w.Pos.Y = 4
	q := &w.Pos
	q.Move()
	fmt.Println(w.Pos, w)

	tags()

	b := Box[int]{Name: 4}
	fmt.Println(b.Name+1, b.A.Name())

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var np *S
	fmt.Println(name(np))
}
