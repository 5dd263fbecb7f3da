package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Label string

func (l Label) String() string { return strings.ToUpper(string(l)) }

type Area interface{ Size() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Size() float64 { return r.W * r.H }

func main() {
	temps := []Celsius{18.5, 21, 25.25}
	var readings []fmt.Stringer
	for _, t := range temps {
		readings = append(readings, t)
	}
	fmt.Println(readings)

	byName := map[string]fmt.Stringer{}
	for _, l := range []Label{"north", "south"} {
		byName[string(l)] = l
	}
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, byName[k])
	}

	var areas []Area
	var boxed []any
	byKey := map[int]Area{}
	for i, r := range []Rect{{1, 2}, {3, 4}, {5, 6}} {
		areas = append(areas, r)
		boxed = append(boxed, r)
		byKey[i] = r
	}
	for i, a := range areas {
		_, isRect := a.(Rect)
		fmt.Println(a.Size(), boxed[i], byKey[i].Size(), isRect)
	}

	current := Celsius(5)
	var shown fmt.Stringer = current
	current = 6
	pair := []fmt.Stringer{current, Label("x")}
	fmt.Println(shown, current, pair)
}
