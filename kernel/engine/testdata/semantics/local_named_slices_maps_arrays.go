package main

import (
	"fmt"
	"strings"
)

type C float64

func (c C) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Unit int

func (u Unit) String() string { return [...]string{"m", "kg", "s"}[u] }

// Types a func declares that are not structs print by their names and
// their elements' methods, as compiled Go prints them.
func main() {
	type Pair [2]float64
	type IDs []int
	type Index map[string]int
	type Temps []C
	type Units map[string]Unit
	type Grid [2][2]C
	type Name string

	p := Pair{1, 2}
	ids := IDs{3, 4}
	ix := Index{"b": 2, "a": 1}
	ts := Temps{21.5, 19}
	us := Units{"len": 0, "time": 2}
	g := Grid{{1, 2}, {3, 4}}
	n := Name("ada")

	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %#v %T\n", ids, ids, ids)
	fmt.Printf("%v %#v\n", ix, ix)
	fmt.Printf("%v %s %#v\n", ts, ts, ts)
	fmt.Println(us, g, n, len(ts))
	fmt.Printf("%#v %q %#v\n", g, n, n)
	var empty IDs
	fmt.Printf("%#v %v %d\n", empty, empty == nil, len(empty))

	type Row struct {
		Vals Temps
		Tag  Name
	}
	r := Row{Temps{1}, "x"}
	fmt.Printf("%v %+v\n", r, r)
	rows := []Temps{{2, 3}, {4}}
	fmt.Println(rows, fmt.Sprint(ts[0]))

	fmt.Println(summary(), summary())
	fmt.Println(strings.Repeat("-", 3))
}

func summary() string {
	type Counts map[Unit]int
	c := Counts{0: 2, 2: 1}
	return fmt.Sprintf("%v|%#v", c, c)
}
