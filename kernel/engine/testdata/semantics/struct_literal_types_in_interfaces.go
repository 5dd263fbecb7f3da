// Values of struct literal types with unexported fields held in
// interfaces: %T, %v, %+v, %#v, reflect and encoding/json see the fields
// as declared.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Day int

func (d Day) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func pair(k, v string) any {
	return struct{ key, val string }{k, v}
}

func main() {
	var v any = struct {
		A int
		b string
	}{1, "x"}
	fmt.Printf("%T\n%v\n%+v\n%#v\n", v, v, v, v)
	f := reflect.TypeOf(v).Field(1)
	fmt.Println(f.Name, f.IsExported(), reflect.TypeOf(v).NumField())
	out, _ := json.Marshal(v)
	fmt.Println(string(out))

	p := pair("k", "v")
	fmt.Printf("%+v %T\n", p, p)

	var ptr any = &struct{ n int }{5}
	fmt.Printf("%+v %T\n", ptr, ptr)

	ch := make(chan any, 1)
	ch <- struct {
		when Day
		note string
	}{1, "standup"}
	got := <-ch
	fmt.Printf("%v %+v\n", got, got)

	items := []any{struct{ id int }{1}, struct{ id int }{2}}
	for _, it := range items {
		fmt.Printf("%+v ", it)
	}
	fmt.Println()
}
