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

type Shape interface{ Area() float64 }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }

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

	ch := make(chan Shape, 3)
	for _, s := range []Square{1, 2, 3} {
		ch <- s
	}
	close(ch)
	total := 0.0
	for s := range ch {
		total += s.Area()
	}
	fmt.Println("total area:", total)

	var shapes []Shape
	for i := 1; i <= 3; i++ {
		sq := Square(i)
		shapes = append(shapes, sq)
		sq = 0
	}
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()

	current := Celsius(5)
	var shown fmt.Stringer = current
	current = 6
	pair := []fmt.Stringer{current, Label("x")}
	fmt.Println(shown, current, pair)
}
