// reflect.ValueOf on values of declared non-struct types: their kind and
// value, the value given back by Interface as its type, and printing.
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Count int

type Flag bool

type Name string

type Reading struct {
	T    Celsius
	Note Name
}

func describe(x any) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Float64:
		fmt.Println("float", v.Float())
	case reflect.Int:
		fmt.Println("int", v.Int())
	case reflect.Bool:
		fmt.Println("bool", v.Bool())
	case reflect.String:
		fmt.Println("string", v.String(), v.Len())
	default:
		fmt.Println("other", v.Kind())
	}
}

func main() {
	c := Celsius(21.5)
	v := reflect.ValueOf(c)
	back, ok := v.Interface().(Celsius)
	fmt.Println(back, ok, v.Kind(), v.Float(), v)
	var a any = v.Interface()
	fmt.Println(a)
	for _, x := range []any{c, Count(3), Flag(true), Name("go"), 2.5, []int{1}} {
		describe(x)
	}
	n := reflect.ValueOf(Count(7))
	fmt.Println(n.Int()+1, n.Interface().(Count)+1, n.CanInt())
	var r Reading
	rv := reflect.ValueOf(&r).Elem()
	rv.Field(0).Set(reflect.ValueOf(Celsius(4)))
	rv.FieldByName("Note").Set(reflect.ValueOf(Name("warm")))
	fmt.Println(r.T, r, rv.Field(0).Float())
}
