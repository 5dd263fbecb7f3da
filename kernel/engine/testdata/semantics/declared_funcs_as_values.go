// Funcs the program declares, used as values: appended to slices (of a
// func type and of a declared one, one or several at once, in a struct's
// field), returned from a func, then passed, assigned, stored in maps,
// struct literals, arrays and channels.
package main

import (
	"fmt"
	"strings"
)

type Op func(int) int

type Pipeline struct {
	name  string
	steps []func(int) int
}

func double(x int) int { return 2 * x }
func inc(x int) int    { return x + 1 }
func square(x int) int { return x * x }

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func Identity[T any](v T) T { return v }

func pick(op string) func(int, int) int {
	switch op {
	case "+":
		return add
	case "-":
		return sub
	}
	return nil
}

func chooseOp(name string) Op {
	if name == "double" {
		return double
	}
	return inc
}

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func (p *Pipeline) Run(x int) int {
	for _, s := range p.steps {
		x = s(x)
	}
	return x
}

func main() {
	var fs []func(int) int
	fs = append(fs, double)
	fs = append(fs, inc, square)
	fs = append(fs, (double))
	fs = append(fs, Identity[int])
	x := 3
	for _, f := range fs {
		x = f(x)
	}
	fmt.Println(len(fs), x)

	ops := []Op{square}
	ops = append(ops, double, chooseOp("inc"))
	y := 2
	for _, o := range ops {
		y = o(y)
	}
	fmt.Println(len(ops), y)

	p := &Pipeline{name: "p"}
	p.steps = append(p.steps, inc, double)
	fmt.Println(p.name, p.Run(5))

	fmt.Println(apply(add, 2, 3), pick("+")(5, 3), pick("-")(5, 3), pick("*") == nil)
	var f func(int, int) int
	f = add
	table := map[string]func(int, int) int{"add": add, "sub": sub}
	table["again"] = add
	arr := [2]func(int, int) int{sub, add}
	arr[0] = add
	type entry struct {
		name string
		fn   func(int, int) int
	}
	es := []entry{{"add", add}, {"sub", sub}}
	ch := make(chan func(int, int) int, 1)
	ch <- sub
	g := <-ch
	fmt.Println(f(1, 2), table["add"](4, 4), table["sub"](4, 1), table["again"](1, 1), arr[0](2, 2), arr[1](3, 3), g(9, 4))
	var names []string
	for _, e := range es {
		names = append(names, fmt.Sprint(e.name, "=", e.fn(6, 2)))
	}
	fmt.Println(strings.Join(names, " "))
}
