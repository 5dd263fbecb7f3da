package main

import "fmt"

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return t.n }

func main() {
	t := T{1}
	v := t.Val
	p := t.Ptr
	t.n = 2
	fmt.Println(v(), p(), t.Val())
	pt := &T{10}
	pv := pt.Val
	pp := pt.Ptr
	pt.n = 20
	fmt.Println(pv(), pp())
	fs := []func() int{}
	for _, x := range []T{{5}, {6}} {
		fs = append(fs, x.Val)
	}
	fmt.Println(fs[0](), fs[1]())
	defer fmt.Println("deferred method value:", t.Val())
	d := T{100}
	defer d.Print()
	d.n = 200
	var iface interface{ Val() int } = t
	g := iface.Val
	t.n = 99
	fmt.Println(g())
}

func (t T) Print() { fmt.Println("Print:", t.n) }
