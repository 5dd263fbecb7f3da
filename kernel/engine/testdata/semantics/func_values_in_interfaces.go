// Funcs the program declares, passed as interface values: a type
// switch on func types and %T find their types.
package main

import (
	"fmt"
	"strings"
)

func double(n int) int { return n * 2 }

func self(i int) interface{} { return self }

func kind(x any) string {
	switch v := x.(type) {
	case func(int) int:
		return fmt.Sprint("int func ", v(4))
	case func(string) string:
		return "string func " + v("a")
	case func(int) interface{}:
		return "self"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(kind(double))
	fmt.Println(kind(strings.ToUpper))
	fmt.Println(kind(func(n int) int { return n + 1 }))
	fmt.Println(kind(self))
	fmt.Println(kind(self(1)))
	var h any = double
	f, ok := h.(func(int) int)
	fmt.Println(ok, f(5))
	fs := map[string]any{"d": double, "s": self}
	fmt.Println(kind(fs["d"]), kind(fs["s"]))
}
