package main

// Reflection over declared types, as "The Laws of Reflection" teaches
// it: a MyInt's reflect.Type is main.MyInt of kind int, a Celsius field
// is a main.Celsius, and setting through a pointer's Elem changes the
// variable.

import (
	"fmt"
	"reflect"
)

type MyInt int

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Names []string

type User struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
	Temp Celsius
}

func inspect(x any) {
	t := reflect.TypeOf(x)
	v := reflect.ValueOf(x)
	fmt.Println(t, t.Name(), t.Kind(), v)
}

func main() {
	var x MyInt = 7
	v := reflect.ValueOf(x)
	fmt.Println("type:", v.Type())
	fmt.Println("kind is int:", v.Kind() == reflect.Int)
	fmt.Println("value:", v.Int())
	t := v.Type()
	fmt.Println(t.Name(), t.Kind(), t.String(), t.PkgPath(), t.Size())

	var y any = x
	fmt.Println(reflect.TypeOf(y) == reflect.TypeOf(MyInt(0)), reflect.TypeOf(y) == reflect.TypeOf(0))

	p := reflect.ValueOf(&x).Elem()
	fmt.Println(p.CanSet(), p.Type(), reflect.TypeOf(&x), reflect.TypeOf(&x).Elem().Name())
	p.SetInt(9)
	fmt.Println(x, p.Interface())
	fmt.Printf("%v %T\n", v.Interface(), v.Interface())

	z := reflect.New(reflect.TypeOf(x)).Elem()
	z.SetInt(3)
	fmt.Println(z.Type(), z.Int(), z.Interface())

	inspect(Celsius(21.5))
	inspect(Names{"a"})
	inspect(User{"ann", 3, 20})
	inspect(&User{})

	ut := reflect.TypeOf(User{})
	for i := 0; i < ut.NumField(); i++ {
		f := ut.Field(i)
		fmt.Printf("%-5s %-12v %q\n", f.Name, f.Type, f.Tag.Get("json"))
	}
	fmt.Println(reflect.TypeOf(Celsius(0)).NumMethod(), reflect.TypeOf(Names{}).Elem(), reflect.TypeOf(Names{}).Kind())

	var c Celsius = 3
	cv := reflect.ValueOf(&c).Elem()
	cv.SetFloat(36.6)
	fmt.Println(c, cv.Float(), cv.Kind())

	names := Names{"x"}
	nv := reflect.ValueOf(&names).Elem()
	nv.Set(reflect.Append(nv, reflect.ValueOf("y")))
	fmt.Println(names, nv.Len(), nv.Type())
}
