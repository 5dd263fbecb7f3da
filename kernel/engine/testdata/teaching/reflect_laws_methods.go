package main

import (
	"fmt"
	"reflect"
	"strings"
)

type T struct {
	A int
	B string
}

type MyInt int

type Address struct {
	City, Zip string
}

type Person struct {
	Name    string `json:"name"`
	age     int
	Home    Address
	Tags    []string
	Friends map[string]*Person
}

func (p Person) Hello(greeting string, n int) string {
	return strings.Repeat(greeting+" "+p.Name+"! ", n)
}
func (p *Person) Birthday() { p.age++ }

func describe(i interface{}) {
	v := reflect.ValueOf(i)
	t := v.Type()
	fmt.Printf("%v kind=%v name=%q string=%q\n", t, t.Kind(), t.Name(), t.String())
}

func walk(v reflect.Value, depth int) {
	ind := strings.Repeat("  ", depth)
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		fmt.Printf("%sstruct %s {\n", ind, t.Name())
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			fmt.Printf("%s  %s (%s, exported=%v, tag=%q):\n", ind, f.Name, f.Type, f.IsExported(), f.Tag)
			if f.IsExported() {
				walk(v.Field(i), depth+2)
			}
		}
		fmt.Printf("%s}\n", ind)
	case reflect.Slice:
		fmt.Printf("%sslice len %d of %s\n", ind, v.Len(), v.Type().Elem())
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), depth+1)
		}
	case reflect.Map:
		fmt.Printf("%smap %s with %d keys\n", ind, v.Type(), v.Len())
	default:
		fmt.Printf("%s%v\n", ind, v.Interface())
	}
}

func main() {
	var x float64 = 3.4
	fmt.Println("type:", reflect.TypeOf(x))
	v := reflect.ValueOf(x)
	fmt.Println("type:", v.Type())
	fmt.Println("kind is float64:", v.Kind() == reflect.Float64)
	fmt.Println("value:", v.Float())
	var y uint8 = 'x'
	w := reflect.ValueOf(y)
	fmt.Println("type:", w.Type(), w.Kind() == reflect.Uint8, w.Uint())
	p := reflect.ValueOf(&x)
	fmt.Println("type of p:", p.Type())
	fmt.Println("settability of p:", p.CanSet())
	e := p.Elem()
	e.SetFloat(7.1)
	fmt.Println(e.Interface(), x)

	t := T{23, "skidoo"}
	s := reflect.ValueOf(&t).Elem()
	typeOfT := s.Type()
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		fmt.Printf("%d: %s %s = %v\n", i, typeOfT.Field(i).Name, f.Type(), f.Interface())
	}
	s.Field(0).SetInt(77)
	s.Field(1).SetString("Sunset Strip")
	fmt.Println("t is now", t)
	fmt.Println(typeOfT, s.Type().Name(), reflect.TypeOf(&t), reflect.TypeOf(&t).Elem().Name(), reflect.TypeOf([]T{}))

	describe(t)
	describe(&t)
	describe([]*T{})
	describe(map[string]T{})
	describe(42)

	pp := Person{Name: "Ann", age: 30, Home: Address{"Paris", "75001"}, Tags: []string{"a", "b"}}
	walk(reflect.ValueOf(pp), 0)
	pt := reflect.TypeOf(pp)
	fmt.Println(pt.NumMethod(), reflect.TypeOf(&pp).NumMethod())
	for i := 0; i < reflect.TypeOf(&pp).NumMethod(); i++ {
		m := reflect.TypeOf(&pp).Method(i)
		fmt.Println(m.Name, m.Index)
	}
	hello := reflect.ValueOf(pp).MethodByName("Hello")
	out := hello.Call([]reflect.Value{reflect.ValueOf("Hi"), reflect.ValueOf(2)})
	fmt.Println(out[0])
	reflect.ValueOf(&pp).MethodByName("Birthday").Call(nil)
	fmt.Println(pp.age)
	if f, ok := pt.FieldByName("Home"); ok {
		fmt.Println(f.Name, f.Type, f.Index, f.Type.NumField())
	}
	if f, ok := pt.FieldByName("age"); ok {
		fmt.Println(f.Name, f.Type, f.PkgPath, f.IsExported())
	}
	fmt.Println(reflect.ValueOf(pp).FieldByName("Name"))
	fmt.Println(reflect.ValueOf(pp).String(), reflect.ValueOf("str").String())
	fmt.Println(reflect.TypeOf(pp) == reflect.TypeOf(Person{}), reflect.TypeOf(pp) == reflect.TypeOf(t))
	nv := reflect.New(reflect.TypeOf(t)).Elem()
	nv.Field(0).SetInt(5)
	fmt.Printf("%+v\n", nv.Interface())
	fmt.Println(reflect.Zero(reflect.TypeOf(0)).Int(), reflect.TypeOf(pp).Field(0).Tag.Get("json"))
}
