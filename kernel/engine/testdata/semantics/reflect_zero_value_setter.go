// A setter called on the zero reflect.Value that a missing field gives:
// reflect's own panic, naming the method.
package main

import (
	"fmt"
	"reflect"
)

type Config struct{ Port int }

func main() {
	rv := reflect.ValueOf(&Config{}).Elem()
	f := rv.FieldByName("Port")
	f.Set(reflect.ValueOf(8080))
	fmt.Println(rv.Interface(), f.IsValid(), rv.FieldByName("Nope").IsValid())
	rv.FieldByName("Nope").SetInt(1)
}
