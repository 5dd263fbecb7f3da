// The interface-values and type-switch lessons of the Go tour: a
// declared float type in an interface prints as main.F, and a type
// switch tells it from float64.
package main

import (
	"fmt"
	"math"
)

type I interface {
	M()
}

type T struct {
	S string
}

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

type F float64

func (f F) M() {
	fmt.Println(f)
}

func describe(i I) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func describeAny(i interface{}) {
	fmt.Printf("(%v, %T)\n", i, i)
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func do(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Printf("Twice %v is %v\n", v, v*2)
	case string:
		fmt.Printf("%q is %v bytes long\n", v, len(v))
	case Weekday:
		fmt.Printf("weekday %v (%d)\n", v, v)
	default:
		fmt.Printf("I don't know about type %T!\n", v)
	}
}

func main() {
	var i I
	i = &T{"Hello"}
	describe(i)
	i.M()
	i = F(math.Pi)
	describe(i)
	i.M()
	var t *T
	i = t
	describe(i)
	i.M()
	describeAny(42)
	describeAny("hello")
	describeAny(Monday)
	describeAny(F(2))
	do(21)
	do("hello")
	do(true)
	do(Tuesday)
	do(F(1.5))
	days := map[Weekday][]string{Monday: {"work"}, Sunday: {"rest"}}
	fmt.Println(days)
	var anyDays []interface{}
	for d := Sunday; d <= Tuesday; d++ {
		anyDays = append(anyDays, d)
	}
	fmt.Println(anyDays...)
	fmt.Printf("%v %d %s %q %x\n", anyDays, anyDays, anyDays, anyDays, anyDays)
	if d, ok := anyDays[1].(Weekday); ok {
		fmt.Println("second is", d, int(d))
	}
	_, isInt := anyDays[1].(int)
	fmt.Println(isInt)
	fmt.Println(anyDays[0] == Sunday, anyDays[0] == 0, anyDays[2] != Tuesday)
}
