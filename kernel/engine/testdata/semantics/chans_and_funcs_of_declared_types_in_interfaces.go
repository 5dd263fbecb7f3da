package main

import (
	"fmt"
	"reflect"
)

// Channels and funcs whose element, parameters or results are of
// declared basic types, held in interfaces: %T, type switches and
// assertions tell them from the underlying types' channels and funcs.

type Celsius float64
type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Op func(Level) Level

func apply(v any) {
	switch f := v.(type) {
	case func(int) int:
		fmt.Println("func of ints", f(0))
	case func(Level) Level:
		fmt.Println("func", f(0))
	case Op:
		fmt.Println("op", f(1))
	case chan int:
		fmt.Println("chan of ints")
	case chan Level:
		fmt.Println("chan", len(f), cap(f))
	default:
		fmt.Printf("other %T\n", f)
	}
}

func main() {
	ch := make(chan Level, 2)
	ch <- 1
	var x any = ch
	fmt.Printf("%T\n", x)
	fmt.Println(x == any(ch), x != nil)
	m := map[any]string{x: "levels"}
	fmt.Println(m[ch], len(m))
	apply(ch)
	apply(func(l Level) Level { return l + 1 })
	apply(Op(func(l Level) Level { return l }))
	apply(make(chan Celsius))
	apply(make(<-chan []Celsius))
	fmt.Println(reflect.TypeOf(x).String(), reflect.TypeOf(x).Kind())

	vals := []any{ch, func(c Celsius) bool { return c > 0 }, make(chan<- Celsius, 1)}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	g := vals[1].(func(Celsius) bool)
	fmt.Println(g(2), g(-1))
	if h, ok := vals[0].(chan Level); ok {
		fmt.Println(<-h)
	}
	_, ok := vals[0].(chan int)
	fmt.Println(ok)

	fs := []func(Level) string{func(l Level) string { return l.String() }}
	var y any = fs
	fmt.Printf("%T %d\n", y, len(y.([]func(Level) string)))
	byName := map[string]func(Celsius) Celsius{"double": func(c Celsius) Celsius { return 2 * c }}
	var z any = byName
	fmt.Printf("%T %v\n", z, z.(map[string]func(Celsius) Celsius)["double"](21))

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = vals[1].(func(Celsius) int)
}
