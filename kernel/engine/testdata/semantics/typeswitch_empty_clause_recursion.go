package main

// A recursive func whose type switch binds a variable and has a clause
// with no statements (the flatten exercise's case nil:) returns its own
// result from that clause.

import "fmt"

// Flatten returns the numbers of a nested list, skipping nils.
func Flatten(nested any) []any {
	out := []any{}
	switch e := nested.(type) {
	case nil:
	case []any:
		for _, item := range e {
			out = append(out, Flatten(item)...)
		}
	default:
		out = append(out, e)
	}
	return out
}

// depth is how deeply v nests lists.
func depth(v any) int {
	d := 0
	switch x := v.(type) {
	case int, string:
	case []any:
		for _, item := range x {
			d = max(d, depth(item))
		}
		d++
	}
	return d
}

func main() {
	fmt.Println(Flatten([]any{1, []any{2, 3, nil, 4}, []any{[]any{5}}, nil, 6}))
	fmt.Println(Flatten([]any{nil, []any{nil}}), len(Flatten(nil)))
	fmt.Println(depth([]any{1, []any{2, []any{3}}, "x"}), depth(7))
}
