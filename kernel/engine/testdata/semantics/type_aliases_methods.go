// Aliases of the program's named types keep their methods: of a slice
// type, of a declared float with String, of a generic instance, of a
// struct; a method declared through an alias.
package main

import "fmt"

type V []int

func (v V) Len() int { return len(v) }

type A = V

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Degrees = Temp

type Vec[T any] []T

func (v Vec[T]) Len() int { return len(v) }

type Ints = Vec[int]

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type P = Point

func main() {
	var a A
	a = append(a, 1, 2)
	fmt.Println(a.Len(), a)
	var d Degrees = 21.5
	fmt.Println(d, d.String())
	var v Ints
	v = append(v, 1)
	fmt.Println(v.Len(), v)
	p := P{1, 2}
	fmt.Println(p.Sum(), p)
	fmt.Printf("%T %T %T %T\n", a, d, v, p)
}

type Celsius = Temp

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func init() {
	var c Celsius = 100
	fmt.Println(c.Fahrenheit(), c, Temp(0).Fahrenheit())
}
