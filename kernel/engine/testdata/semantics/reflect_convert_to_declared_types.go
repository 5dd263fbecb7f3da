// Value.Convert to a program's own named types, as "The Laws of
// Reflection" lessons convert between temperature scales.
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type Fahrenheit float64

func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Names []string

func main() {
	t := reflect.TypeOf(Fahrenheit(0))
	fmt.Println(t, t.Kind())
	f := reflect.ValueOf(1.5).Convert(t)
	fmt.Printf("%T %v %v\n", f.Interface(), f.Interface(), f.Float())
	c := reflect.ValueOf(Celsius(20)).Convert(t)
	fmt.Println(c.Interface(), c.Type(), c.CanConvert(reflect.TypeOf(0)))
	back := c.Convert(reflect.TypeOf(Celsius(0)))
	fmt.Printf("%T %v\n", back.Interface(), back.Interface())
	n := reflect.ValueOf([]string{"a", "b"}).Convert(reflect.TypeOf(Names(nil)))
	fmt.Printf("%T %v %d\n", n.Interface(), n.Interface(), n.Len())
	i := reflect.ValueOf(Fahrenheit(98.6)).Convert(reflect.TypeOf(0))
	fmt.Println(i.Int(), i.Type())
}
