// A nil pointer stored in an interface literal type is a typed nil: the
// interface is not nil and its methods run with the nil receiver.
package main

import "fmt"

type Noop struct{ n int }

func (n *Noop) Do() string {
	if n == nil {
		return "nil noop"
	}
	return "noop"
}

type Level int

func (l *Level) Do() string { return "level" }

func get(ok bool) interface{ Do() string } {
	var n *Noop
	if ok {
		n = &Noop{1}
	}
	return n
}

func main() {
	var n *Noop
	var i interface{ Do() string } = n
	fmt.Println(i != nil, i.Do())
	fmt.Println(get(false) != nil, get(false).Do(), get(true).Do())
	var lv *Level
	i = lv
	fmt.Println(i != nil)
	xs := []interface{ Do() string }{n, &Noop{}}
	for _, x := range xs {
		fmt.Println(x != nil, x.Do())
	}
}
