// Expression switches on interface values with constant cases of
// several types, and a call of a nil func value.
package main

import "fmt"

type handler func(int) int

func classify(v any) string {
	switch v {
	case 0, 1:
		return "bit"
	case "yes", "no":
		return "answer"
	case 2.5:
		return "two and a half"
	case nil:
		return "nothing"
	case true:
		return "truth"
	}
	return fmt.Sprintf("other %v", v)
}

func main() {
	for _, v := range []any{1, "no", 2.5, nil, true, int64(1), 7} {
		fmt.Println(classify(v))
	}
	handlers := map[string]handler{"double": func(n int) int { return 2 * n }}
	fmt.Println(handlers["double"](21))
	var f handler
	fmt.Println(f == nil)
	fmt.Println(handlers["triple"](3))
}
