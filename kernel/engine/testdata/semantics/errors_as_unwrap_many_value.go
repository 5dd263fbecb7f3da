package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m Multi) Unwrap() []error { return m.errs }

func main() {
	err := Multi{[]error{errors.New("a"), &NotFound{"x"}}}
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf)
	fmt.Println(errors.Is(err, err.errs[0]))
	wrapped := fmt.Errorf("ctx: %w", err)
	var nf2 *NotFound
	fmt.Println(errors.As(wrapped, &nf2), nf2)
	joined := errors.Join(errors.New("b"), err)
	var nf3 *NotFound
	fmt.Println(errors.As(joined, &nf3), nf3)
}
func init() {
	nf := &NotFound{"z"}
	m := Multi{[]error{errors.New("a"), nf}}
	fmt.Println(errors.Is(m, nf))
	got, ok := errors.AsType[*NotFound](m)
	fmt.Println(got, ok)
	var target *NotFound
	fmt.Println(errors.As(Multi{[]error{nf}}, &target), target)
	pm := &m
	fmt.Println(errors.As(pm, &target))

	fmt.Println(errors.Unwrap(m) == nil)
}
