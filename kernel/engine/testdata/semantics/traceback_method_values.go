// A panic in a method called through a method value (of a pointer and of
// an interface) names the line of that call, after a direct call of the
// same method.
package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ sides []int }

func (q Sq) Area() int { return q.sides[0] * q.sides[1] }

type T struct{ s []int }

func (t *T) Get(i int) int { return t.s[i] }

func main() {
	t := &T{s: []int{1}}
	fmt.Println(t.Get(0))
	get := t.Get
	fmt.Println(get(0))
	a := Sq{[]int{2, 3}}
	fmt.Println(a.Area())
	var sh Shape = Sq{[]int{1}}
	area := sh.Area
	fmt.Println("before")
	fmt.Println(area())
}
