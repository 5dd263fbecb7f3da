package main

import "fmt"

type point struct{ x, y int }

type Named struct {
	Name  string
	Inner *point
	List  []point
	M     map[string]point
}

type Temp float64

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("ptr: %v %+v\n", &p, &p)
	n := Named{"n", &p, []point{{3, 4}}, map[string]point{"a": {5, 6}}}
	fmt.Printf("%v\n", n.List)
	fmt.Printf("%+v\n", n.M)
	fmt.Printf("%#v\n", n.List)
	fmt.Printf("%#v\n", n.M)
	fmt.Printf("%T %T %T\n", n.Inner, n.List, n.M)
	fmt.Printf("%v %#v %T\n", Temp(21.5), Temp(21.5), Temp(21.5))
	fmt.Printf("%v %d %#v %T\n", Weekday(1), Weekday(1), Weekday(2), Weekday(0))
	fmt.Println([]Weekday{0, 1, 2}, map[Weekday]int{1: 10})
	fmt.Printf("%v %+v\n", struct {
		A int
		B string
	}{1, "x"}, []any{p, &p, nil, 3})
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5, true})
	fmt.Printf("%#v %#v\n", [2]bool{true}, map[string]int(nil))
	var np *point
	fmt.Printf("%v %+v %#v\n", np, np, np)
	type local struct{ V []byte }
	fmt.Printf("%v %+v %#v\n", local{[]byte("hi")}, local{}, local{[]byte{1}})
	fmt.Printf("%x %X %q\n", point{10, 255}, []point{{16, 17}}, []string{"a", "b"})
}
