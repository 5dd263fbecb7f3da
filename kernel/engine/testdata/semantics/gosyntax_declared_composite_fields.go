// %#v of structs whose fields are of declared slice, array, map and
// pointer types, nested, nil, and held in interfaces: Go names each type.
package main

import "fmt"

type Matrix [2]int
type IDs []int
type Tags map[string]int
type Celsius float64
type Name string

type Body struct {
	M Matrix
	I IDs
	T Tags
	C Celsius
	N Name
	P *Matrix
	A [2]Name
	S []Celsius
}

func main() {
	b := Body{Matrix{1, 2}, IDs{3}, Tags{"a": 1}, 21.5, "x", &Matrix{}, [2]Name{"p", "q"}, []Celsius{1}}
	fmt.Printf("%#v\n", b.M)
	fmt.Printf("%#v\n", b.I)
	fmt.Printf("%#v\n", b.A)
	fmt.Printf("%#v\n", b.S)
	fmt.Printf("%+v\n", b.A)
	b.P = nil
	fmt.Printf("%#v\n", b)
}

type Deck []IDs

type Game struct {
	D    Deck
	Best map[Name]Matrix
	Mp   *Matrix
	Any  any
}

func init() {
	var m *Matrix
	g := Game{Deck{IDs{1}, nil}, map[Name]Matrix{"a": {1, 2}}, m, IDs{5}}
	fmt.Printf("%#v\n", g)
	fmt.Printf("%#v\n", []Deck{{{1}}})
	fmt.Printf("%#v %#v\n", m, []*Matrix{nil})
	fmt.Printf("%v %+v\n", g, g)
}
