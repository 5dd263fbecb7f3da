package main

import (
	"fmt"
	"reflect"
)

type G struct{ n int }

func (g *G) Inc()    { g.n++ }
func (g G) Get() int { return g.n }

func main() {
	t := reflect.TypeFor[G]()
	fmt.Println(t.Name(), t.NumMethod(), reflect.PointerTo(t).NumMethod())
	fmt.Println(reflect.TypeFor[*G]().Method(1).Name)
}
