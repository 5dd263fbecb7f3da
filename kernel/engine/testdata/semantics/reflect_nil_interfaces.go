// reflect of nil interface values: TypeOf is nil, ValueOf the zero Value.
package main

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() float64 }

func describe(x any) string {
	t := reflect.TypeOf(x)
	if t == nil {
		return "nil interface"
	}
	return t.Kind().String() + " " + t.String()
}

func main() {
	var a any
	fmt.Println(reflect.TypeOf(a))
	var e error
	fmt.Println(reflect.TypeOf(e) == nil)
	var s fmt.Stringer
	fmt.Println(reflect.ValueOf(s).IsValid(), reflect.ValueOf(s).Kind())
	var sh Shape
	fmt.Println(reflect.TypeOf(sh), reflect.ValueOf(sh))
	fmt.Println(describe(nil), describe(3), describe([]string{"x"}))
	v := reflect.ValueOf(a)
	fmt.Printf("%v %v\n", v, v.IsValid())
}
