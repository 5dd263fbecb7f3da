package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon"}[d] }

func main() {
	c := Celsius(21.5)
	fmt.Println(reflect.TypeOf(c).Kind(), reflect.ValueOf(c).Float())
	d := Weekday(1)
	fmt.Println(reflect.ValueOf(d).Kind(), reflect.ValueOf(d).Int())
	fmt.Println(reflect.TypeOf(c), reflect.TypeOf(d).Name(), reflect.ValueOf(d).Type())
	vals := []any{1, "two", 3.0, []int{4}, map[string]int{}, struct{}{}, nil}
	for _, v := range vals {
		if v == nil {
			fmt.Println("nil")
			continue
		}
		fmt.Println(reflect.TypeOf(v).Kind())
	}
}
