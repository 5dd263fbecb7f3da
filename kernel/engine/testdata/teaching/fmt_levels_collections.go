package main

import (
	"errors"
	"fmt"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Entry struct {
	Level Level
	Msg   string
	Err   error
	level Level
	When  time.Duration
}

type Inventory map[string][]int

type Matrix [][]float64

func (m Matrix) String() string { return fmt.Sprintf("Matrix %dx%d", len(m), len(m[0])) }

type Celsius float64

type Reading struct {
	Temps []Celsius
	Where *string
}

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	e := Entry{Level: Warn, Msg: "disk", Err: errors.New("full"), level: Info, When: 1500 * time.Millisecond}
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Println([]Level{Debug, Info, Warn})
	fmt.Printf("%d %v %s %x\n", []Level{Debug, Info}, []Level{Debug, Info}, []Level{Warn}, Info)
	fmt.Printf("%#v\n", []Level{Debug})
	fmt.Printf("%#v\n", Entry{Msg: "x"})
	inv := Inventory{"apples": {1, 2}, "pears": nil}
	fmt.Println(inv, len(inv["pears"]), inv["none"] == nil)
	fmt.Printf("%v %#v\n", inv, Inventory{"a": {1}})
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m, [][]float64(m))
	fmt.Printf("%v|%s|%d\n", m, m, m)
	var nilErr error
	fmt.Printf("%v %s\n", nilErr, nilErr)
	var nilSlice []int
	fmt.Println(nilSlice, []int{}, nilSlice == nil, len(nilSlice))
	fmt.Printf("%q %x %X % x\n", []string{"a", "b c"}, []byte("go"), "hi", []byte{1, 171})
	fmt.Printf("%5.1f|%-6v|%6v\n", []float64{1.25, 10}, []int{1}, "ab")
	where := "lab"
	r := Reading{Temps: []Celsius{21.5, 22}, Where: &where}
	fmt.Println(r.Temps, *r.Where)
	fmt.Printf("%v %.2f\n", r.Temps, []Celsius{1.234})
	fmt.Println(map[Level]int{Info: 2, Debug: 1})
	fmt.Println(map[Celsius]bool{3: true})
	fmt.Printf("%v %v\n", [2]Level{Info, Warn}, struct {
		L Level
		C Celsius
	}{Warn, 5})
	fmt.Printf("%s\n", error(nil))
	fmt.Printf("%v %d\n", Level(7), Level(7))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, Info, Warn))
	fmt.Println(fmt.Sprintln("x", Info) + "|")
	type point struct{ X, Y int }
	pts := []*point{{1, 2}}
	fmt.Printf("%v %+v\n", *pts[0], *pts[0])
	fmt.Printf("%T %T %T %T\n", inv, m, r.Temps, pts)
	fmt.Printf("%08.3f|%+d|%+.1e|%x\n", -3.14159, 5, 12345.678, -255)
	fmt.Printf("%t|%5t|%v\n", false, true, []bool{true})
	fmt.Printf("%c|%-4c|%q\n", 65, 'z', []rune("hé"))
	fmt.Printf("%v\n", [][]string{{"a"}, {}, nil})
	fmt.Printf("%v %v\n", &[]int{1}, &map[string]int{"a": 1})
	fmt.Printf("%v\n", &struct{ A []Level }{[]Level{Info}})
}
