package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" validate:"required"`
	Email string `json:"email"`
	Age   int    `json:"age,omitempty"`
}

func (u User) Greet() string { return "hi " + u.Name }

func main() {
	u := User{"Ann", "ann@example.com", 30}
	t := reflect.TypeOf(u)
	fmt.Println(t.Name(), t.Kind(), t.NumField(), t.String())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s %s json=%q validate=%q\n", f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("validate"))
	}
	v := reflect.ValueOf(&u).Elem()
	v.FieldByName("Age").SetInt(31)
	fmt.Println(u.Age)
	fmt.Println(t.NumMethod())
	m := reflect.ValueOf(u).MethodByName("Greet")
	out := m.Call(nil)
	fmt.Println(out[0].String())
	var x float64 = 3.4
	p := reflect.ValueOf(&x)
	p.Elem().SetFloat(7.1)
	fmt.Println(x, p.Type(), p.Elem().CanSet())
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
}
