package main

import (
	"errors"
	"fmt"
	"strconv"
)

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case int, int64:
		return fmt.Sprint("a whole number: ", x)
	case error:
		return "an error: " + x.Error()
	case fmt.Stringer:
		return "a stringer: " + x.String()
	default:
		return fmt.Sprintf("something else: %v", x)
	}
}

func main() {
	_, err := strconv.Atoi("x")
	for _, v := range []any{nil, 3, int64(4), errors.New("boom"), err, 2.5} {
		fmt.Println(describe(v))
	}
	if e, ok := any(err).(error); ok {
		fmt.Println("asserted:", e != nil)
	}
}
