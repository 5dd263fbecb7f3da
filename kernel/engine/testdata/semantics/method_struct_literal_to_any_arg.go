package main

import (
	"fmt"
	"reflect"
	"sync"
)

// A struct literal of a type with methods passed to a func's any
// parameter is the value itself there: equal to an equal value, a map key
// and a case like it, of its own reflect type.

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

func f() P { return P{1, 2} }

func assertEqual(got, want any) {
	if got != want {
		fmt.Println("FAIL: got", got, "want", want)
		return
	}
	fmt.Println("ok", got)
}

func show(x any) {
	fmt.Println(reflect.TypeOf(x).Name(), reflect.DeepEqual(x, P{1, 2}))
	m := map[any]int{P{1, 2}: 7}
	fmt.Println(m[x])
	switch x {
	case P{1, 2}:
		fmt.Println("case hit")
	default:
		fmt.Println("no case")
	}
}

func variadic(xs ...any) {
	for _, x := range xs {
		fmt.Print(reflect.TypeOf(x).Name(), " ", x == any(P{1, 2}), "; ")
	}
	fmt.Println()
}

type T struct{ seen map[any]int }

func (t T) Add(x any) { t.seen[x]++ }

func (T) Check(tag string, x any) { fmt.Println(tag, x == any(P{3, 3}), reflect.TypeOf(x).Name()) }

func deferred() {
	p := P{3, 3}
	defer T{}.Check("deferred method", P{3, 3})
	defer T{}.Check("deferred method var", p)
	defer func(x any) { fmt.Println("deferred literal", x == any(P{3, 3})) }(P{3, 3})
	defer func(x any) { fmt.Println("deferred literal var", x == any(P{3, 3})) }(p)
}

func fail(x any) { panic(x) }

func main() {
	assertEqual(P{1, 2}, P{1, 2})
	assertEqual(f(), P{1, 2})
	p := P{1, 2}
	assertEqual(p, P{1, 2})
	assertEqual(P{1, 2}, P{2, 1})
	show(P{1, 2})
	show(f())
	show(p)
	variadic(P{1, 2}, p, f())

	t := T{seen: map[any]int{}}
	t.Add(P{1, 2})
	t.Add(p)
	add := t.Add
	add(P{1, 2})
	fmt.Println(t.seen[P{1, 2}], len(t.seen))
	func(x, y any) { fmt.Println("literal", x == y) }(P{1, 2}, P{1, 2})

	var wg sync.WaitGroup
	wg.Add(1)
	go func(x any) {
		defer wg.Done()
		fmt.Println("go literal", x == any(P{3, 3}))
	}(P{3, 3})
	wg.Wait()
	wg.Add(1)
	go func(tag string, x any) {
		defer wg.Done()
		T{}.Check(tag, x)
	}("go call", P{3, 3})
	wg.Wait()
	deferred()

	defer func() {
		r := recover()
		fmt.Println("recovered", r, r == any(P{4, 4}))
	}()
	fail(P{4, 4})
}
