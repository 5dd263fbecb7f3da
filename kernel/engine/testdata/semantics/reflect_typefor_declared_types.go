// reflect.TypeFor names a program's own non-struct types, and slices,
// maps and pointers of them, as reflect.TypeOf of a value does.
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Temps []Celsius

type P struct{ X int }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Println(reflect.TypeFor[Celsius](), reflect.TypeFor[[]Celsius](), reflect.TypeFor[map[string]Celsius]())
	fmt.Println(reflect.TypeFor[*Celsius](), reflect.TypeFor[Temps](), reflect.TypeFor[P](), reflect.TypeFor[*P]())
	fmt.Println(reflect.TypeFor[error](), reflect.TypeFor[fmt.Stringer](), reflect.TypeFor[int]())
	t := reflect.TypeFor[Celsius]()
	fmt.Println(t.Name(), t.PkgPath(), t.Kind(), t == reflect.TypeOf(Celsius(1)))
	fmt.Println(reflect.TypeFor[[]Celsius]() == reflect.TypeOf([]Celsius{}), reflect.TypeFor[Temps]().Name())
}
