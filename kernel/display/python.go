package display

import (
	"fmt"
	"reflect"
	"strings"
)

// PyStr formats v the way Python's print shows the same value, for
// notebooks that put Go's output next to a Python program's: a slice or
// array as a list ([0, 1, 4] where Go prints [0 1 4]), a bool as True or
// False, nil as None; a string as it is; anything else as fmt prints it.
// The items of a slice are formatted the same way, strings among them
// quoted as Python's repr quotes them ('a').
func PyStr(v any) string {
	return pyStr(v, false)
}

func pyStr(v any, item bool) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		if item {
			return pyRepr(x)
		}
		return x
	}
	rv := reflect.ValueOf(v)
	if (rv.Kind() == reflect.Slice || rv.Kind() == reflect.Array) && rv.Type().Elem().Kind() != reflect.Uint8 {
		items := make([]string, rv.Len())
		for i := range items {
			items[i] = pyStr(rv.Index(i).Interface(), true)
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	return fmt.Sprint(v)
}

// pyRepr quotes s as Python's repr does: in single quotes, or in double
// quotes when s has a single quote and no double quote.
func pyRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, q, `\`+q)
	s = strings.ReplaceAll(s, "\n", `\n`)
	return q + s + q
}
