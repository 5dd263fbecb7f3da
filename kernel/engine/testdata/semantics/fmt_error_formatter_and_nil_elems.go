package main

import (
	"errors"
	"fmt"
)

// An error type that is also a fmt.Formatter is printed by Format; an
// error struct under a verb other than a string one prints its fields;
// a nil inside an []any prints <nil> under every verb.

type FE struct{ Code int }

func (e FE) Error() string { return fmt.Sprintf("fe %d", e.Code) }

func (e FE) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "FORMAT[%c %d]", verb, e.Code)
}

type PE struct{ Code int }

func (e *PE) Error() string { return fmt.Sprintf("pe %d", e.Code) }

func (e *PE) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "PFORMAT[%c]", verb) }

type E2 struct {
	Code int
	Msg  string
}

func (e E2) Error() string { return e.Msg }

func main() {
	e := FE{3}
	fmt.Println(e)
	fmt.Printf("%v %s %d %+v\n", e, e, e, e)
	var err error = e
	fmt.Println(err)
	fmt.Printf("%v|%s|%d\n", err, err, err)
	fmt.Println(fmt.Sprint(FE{4}))

	p := &PE{5}
	fmt.Println(p)
	fmt.Printf("%v %d\n", p, p)
	var perr error = p
	fmt.Println(perr, errors.Unwrap(fmt.Errorf("x %w", perr)))

	e2 := E2{7, "msg"}
	fmt.Printf("%d\n", e2)
	fmt.Printf("%x %v %s\n", e2, e2, e2)
	fmt.Printf("%d\n", &e2)
	var err2 error = e2
	fmt.Printf("%d %v\n", err2, err2)
	wrapped := fmt.Errorf("wrap: %w", err2)
	fmt.Println(wrapped, errors.Is(wrapped, err2))

	fmt.Printf("%s\n", []any{nil})
	fmt.Printf("%s %v %d %x\n", []any{nil, 1}, []any{nil}, []any{nil}, []any{nil, "a"})
	fmt.Printf("%6s|%-6d|\n", []any{nil}, []any{nil})
	fmt.Printf("%s %d\n", map[string]any{"k": nil}, []any{e2, nil})
	fmt.Printf("%s\n", nil)
	fmt.Printf("%s\n", []error{nil, err2})
}
