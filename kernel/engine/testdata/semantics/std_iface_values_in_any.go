// A value of a session struct type held in a standard interface (an
// error, a sort.Interface) and put in an empty interface is asserted and
// switched on as its own type.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func fail() error { return MyErr{7} }

func main() {
	err := fail()
	var x any = err
	_, ok := x.(MyErr)
	fmt.Println(ok)
	switch v := x.(type) {
	case MyErr:
		fmt.Println("myerr", v.Code)
	default:
		fmt.Printf("other %T\n", v)
	}
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(MyErr); ok {
				fmt.Println("recovered myerr", e.Code)
			} else {
				fmt.Printf("recovered %T\n", r)
			}
		}()
		panic(err)
	}()
	var me MyErr
	fmt.Println(errors.As(err, &me), me.Code)
	var si sort.Interface = reverse{sort.IntSlice{1}}
	var y any = si
	_, ok = y.(reverse)
	fmt.Println(ok)
	fmt.Printf("%T\n", y)
	extra()
}

func extra() {
	err := fail()
	var x any = err
	fmt.Println(x == any(err), x == err, err == x)
	items := []any{err, 1, "s"}
	for _, it := range items {
		switch v := it.(type) {
		case MyErr:
			fmt.Println("item myerr", v.Code)
		case error:
			fmt.Println("item error", v)
		default:
			fmt.Println("item", v)
		}
	}
	m := map[string]any{"e": err}
	if e, ok := m["e"].(error); ok {
		fmt.Println("map error", e)
	}
	var nilErr error
	var y any = nilErr
	fmt.Println(y == nil)
	fmt.Println(x.(error).Error())
}
