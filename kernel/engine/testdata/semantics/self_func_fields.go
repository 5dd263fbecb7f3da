// An observable object keeps callbacks that take the object itself;
// the notebook refuses the field (an interface of hooks runs).
package main

import "fmt"

type Order struct {
	ID        int
	listeners []func(*Order)
}

func (o *Order) On(f func(*Order)) { o.listeners = append(o.listeners, f) }

func (o *Order) Ship() {
	for _, f := range o.listeners {
		f(o)
	}
}

func main() {
	o := &Order{ID: 7}
	o.On(func(o *Order) { fmt.Println("shipped", o.ID) })
	o.Ship()
}
