// A comparison or a negation assigned to the blank identifier is
// evaluated and dropped; the variables around it keep their values.
package main

import "fmt"

type P struct{ X int }

func check() (n int) {
	a, b, s := 1, 2, []int{1}
	_ = a < b
	_ = s[0] == 1
	_ = P{1} != P{2}
	n = a + b
	_ = !(n > 2)
	return n
}

func main() {
	a, b, t, s := 1, 2, true, []int{1}
	fl, str := 1.5, "s"
	var e1, e2 = new(struct{}), new(struct{})
	_ = e1 == e2
	_ = a == b
	_ = !t
	_ = a+1 > b
	_ = fl < 2.5
	_ = str >= "x"
	_ = s[0] > 0
	_ = a == b || t
	fmt.Println(a, b, t, s, fl, str, check())
}
