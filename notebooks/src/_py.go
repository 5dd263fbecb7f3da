import (
	"fmt"
	"reflect"
	"strings"
)

// py formats v the way Python's print shows it: a slice as a list
// [0, 1, 4], a bool as True/False; anything else as fmt prints it.
func py(v any) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return x
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Slice || rv.Kind() == reflect.Array {
		items := make([]string, rv.Len())
		for i := range items {
			items[i] = py(rv.Index(i).Interface())
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	return fmt.Sprint(v)
}
