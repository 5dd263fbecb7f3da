// reflect on instances of generic types and on a type with unexported
// fields: names, fields, kinds and printing of reflect.Type.
package main

import (
	"fmt"
	"reflect"
)

type Box[T any] struct{ V T }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type point struct{ x, y int }

func main() {
	b := Box[int]{3}
	t := reflect.TypeOf(b)
	fmt.Println(t, t.Name(), t.Kind(), t.Field(0).Name, t.Field(0).Type)
	p := Pair[string, Box[int]]{"a", b}
	pt := reflect.TypeOf(p)
	fmt.Println(pt, pt.Name(), pt.Field(1).Type, pt.Field(1).Type.Name())
	fmt.Println(reflect.TypeOf(&p), reflect.TypeOf([]Box[string]{}), reflect.TypeOf(map[string]point{}))
	pp := point{1, 2}
	for i := 0; i < reflect.TypeOf(pp).NumField(); i++ {
		f := reflect.TypeOf(pp).Field(i)
		fmt.Println(f.Name, f.PkgPath, f.IsExported(), reflect.ValueOf(pp).Field(i))
	}
	fmt.Printf("%v %s %T\n", reflect.TypeOf(pp), reflect.TypeOf(pp), reflect.TypeOf(pp))
	fmt.Println(reflect.TypeOf(pp).String() == "main.point", reflect.ValueOf(pp).Type().Name())
}
