// Several declared float types with String methods in one type switch
// case, map keys of struct and array types, funcs in a map, method
// expressions and values, conversions between named types, interface
// comparisons, and goroutines writing per-index results.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Point struct{ X, Y int }
type Grid map[Point]rune

type Op func(float64) float64

var ops = map[string]Op{
	"double": func(x float64) float64 { return 2 * x },
	"neg":    func(x float64) float64 { return -x },
}

func kind(v any) string {
	switch x := v.(type) {
	case Celsius, Fahrenheit:
		return fmt.Sprintf("temp %v (%T)", x, x)
	case Kelvin:
		return fmt.Sprintf("kelvin %.0f", float64(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Temps []any

func main() {
	vals := Temps{Celsius(20), Fahrenheit(68), Kelvin(293), Point{1, 2}, nil, 3}
	for _, v := range vals {
		fmt.Println(kind(v))
	}
	fmt.Println(vals...)
	g := Grid{{0, 0}: 'a', {1, 2}: 'b'}
	keys := make([]Point, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].X < keys[j].X })
	for _, k := range keys {
		fmt.Printf("%v=%c ", k, g[k])
	}
	fmt.Println()
	names := make([]string, 0)
	for n := range ops {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n](21))
	}
	f := Celsius.String
	fmt.Println(f(5), strings.ToUpper(Celsius(3).String()))
	m := Fahrenheit(100).String
	fmt.Println(m())
	arrKey := map[[2]int]string{{1, 2}: "x"}
	fmt.Println(arrKey[[2]int{1, 2}], arrKey)
	c := Celsius(10)
	k := Kelvin(c + 273.15)
	fmt.Println(c, k, Fahrenheit(c*9/5+32))
	var x, y any = Celsius(1), Celsius(1)
	fmt.Println(x == y, x != Fahrenheit(1), x == any(Celsius(1)))
	results := make([]string, 3)
	done := make(chan int)
	for i, t := range []Celsius{1, 2, 3} {
		go func() {
			results[i] = fmt.Sprint(t * 2)
			done <- i
		}()
	}
	for range 3 {
		<-done
	}
	fmt.Println(results)
}
