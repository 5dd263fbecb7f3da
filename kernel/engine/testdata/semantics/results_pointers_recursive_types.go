// Programs that interpreters have got wrong: a constant returned as a
// declared type, a named result set by :=, an interface field assigned
// from two results, a struct replaced through a pointer, types that
// refer to themselves, assertions to embedding structs.
package main

import (
	"fmt"
	"strconv"
)

type Code uint16

func zero() Code { return 0 }

func parse(s string) (int, error) { return strconv.Atoi(s) }

func getInt() (value int) {
	value, err := parse("3")
	if err != nil {
		panic(err)
	}
	return
}

type Holder struct{ v interface{} }

func pair() (ret int64, err error) {
	ret += 2
	return
}

type Buf struct{ buf []byte }

func reset(b *Buf) { *b = Buf{buf: make([]byte, 0, 512)} }

type node struct {
	parent *node
	child  []*node
	key    string
}

type S struct{ t *T }
type T struct{ u map[string]*U }
type U struct{ a int }

func newS() *S { return &S{t: &T{u: map[string]*U{"x": {7}}}} }

type T1 struct{}

func (T1) f() string { return "T1.f" }
func (T1) g() string { return "T1.g" }

type T2 struct{ T1 }

func (T2) f() string { return "T2.f" }

type I interface{ f() string }

func printType(i I) {
	if t1, ok := i.(T1); ok {
		fmt.Println(t1.f(), t1.g())
	}
	if t2, ok := i.(T2); ok {
		fmt.Println(t2.f(), t2.g())
	}
}

type Named struct{ a int }

func main() {
	fmt.Println(zero(), getInt())
	h := &Holder{}
	h.v, _ = pair()
	fmt.Println(h.v.(int64))
	b := Buf{}
	fmt.Println(cap(b.buf))
	reset(&b)
	fmt.Println(cap(b.buf))
	root := &node{key: "root"}
	root.child = nil
	kid := &node{parent: root, key: "kid"}
	root.child = append(root.child, kid)
	fmt.Println(root.key, len(root.child), root.child[0].parent.key)
	s := newS()
	fmt.Println(s.t.u["x"].a)
	printType(T1{})
	printType(T2{})
	var i interface{} = Named{a: 1}
	n, ok := i.(Named)
	fmt.Println(n.a, ok)
}
