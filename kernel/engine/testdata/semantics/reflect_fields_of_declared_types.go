// Validating a form's fields by reflection: a field of a declared
// non-struct type is found by its methods, as compiled Go's reflect
// finds them, and set through reflect.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Validator interface{ Validate() error }

type Email string

func (e Email) Validate() error {
	if !strings.Contains(string(e), "@") {
		return errors.New("missing @")
	}
	return nil
}

type Age int

func (a Age) Validate() error {
	if a < 0 || a > 150 {
		return fmt.Errorf("age %d out of range", int(a))
	}
	return nil
}

func (a *Age) Birthday() { *a++ }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Celsius) Warm() bool     { return c > 20 }

type Signup struct {
	Name  string
	Mail  Email
	Years Age
	Temp  Celsius
}

func validate(v any) []string {
	var problems []string
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	for i := 0; i < rv.NumField(); i++ {
		if val, ok := rv.Field(i).Interface().(Validator); ok {
			if err := val.Validate(); err != nil {
				problems = append(problems, rt.Field(i).Name+": "+err.Error())
			}
		}
	}
	return problems
}

func main() {
	fmt.Println(validate(Signup{"ann", "ann@example.com", 30, 21.5}))
	fmt.Println(validate(Signup{"bob", "bob.example.com", 200, 3}))
	s := Signup{"cy", "cy@x", 41, 18}
	v := reflect.ValueOf(&s).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Printf("%s %v %T %d %v\n", f.Type(), f.Interface(), f.Interface(), f.NumMethod(), f.CanSet())
	}
	t := reflect.TypeOf(Celsius(0))
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(t.Method(i).Name)
	}
	_, ok := t.MethodByName("Warm")
	fmt.Println(ok, reflect.TypeOf(s.Years).NumMethod())
	warm := v.FieldByName("Temp").MethodByName("Warm").Call(nil)
	fmt.Println(warm[0].Bool())
	v.FieldByName("Mail").SetString("cy@y")
	v.Field(3).SetFloat(25)
	v.Field(2).SetInt(7)
	fmt.Println(s.Mail, s.Years, s.Temp, s.Temp.Warm())
	fmt.Println(reflect.ValueOf(s).Field(3).Interface().(fmt.Stringer).String())
	if w, ok := reflect.ValueOf(s).Field(3).Interface().(interface{ Warm() bool }); ok {
		fmt.Println("warm:", w.Warm())
	}
	switch x := reflect.ValueOf(s).Field(1).Interface().(type) {
	case Email:
		fmt.Println("an Email", x, len(x))
	case string:
		fmt.Println("a string", x)
	}
}
