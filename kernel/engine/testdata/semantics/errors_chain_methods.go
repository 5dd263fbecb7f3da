// The errors package calls the methods of declared error types as Go
// does: errors.Unwrap follows an Unwrap() error method, errors.Is and
// errors.As follow Unwrap() []error, call an Is method behind
// errors.Join or %w and an As method, and errors.As stores into a
// variable of a declared interface type or an interface literal, from
// a declared type or a standard one; errors.Is and errors.Unwrap used
// as func values do the same.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Temporary interface{ Temporary() bool }

type netErr struct{ op string }

func (e *netErr) Error() string   { return "timeout " + e.op }
func (e *netErr) Temporary() bool { return true }

type WrapErr struct{ Err error }

func (w *WrapErr) Error() string { return "wrap: " + w.Err.Error() }
func (w *WrapErr) Unwrap() error { return w.Err }

type Multi []error

func (m Multi) Error() string   { return fmt.Sprintf("%d errors", len(m)) }
func (m Multi) Unwrap() []error { return m }

type CodeErr int

func (c CodeErr) Error() string        { return fmt.Sprintf("code %d", int(c)) }
func (c CodeErr) Is(target error) bool { return target == CodeErr(0) }

type Level int

func (l Level) Error() string { return fmt.Sprintf("level %d", int(l)) }

type Upgrade struct{}

func (Upgrade) Error() string { return "upgrade" }
func (Upgrade) As(target any) bool {
	if p, ok := target.(*Level); ok {
		*p = 42
		return true
	}
	return false
}

var ErrNotFound = errors.New("not found")

func main() {
	// errors.Unwrap calls Unwrap() error, and only that one.
	var err error = &WrapErr{errors.New("inner")}
	fmt.Println(errors.Unwrap(err), errors.Unwrap(errors.Unwrap(err)))
	fmt.Println(errors.Unwrap(Multi{ErrNotFound}) == nil)
	w := fmt.Errorf("ctx: %w", &WrapErr{ErrNotFound})
	fmt.Println(errors.Unwrap(w), errors.Unwrap(errors.Unwrap(w)) == ErrNotFound)

	// Unwrap() []error is a tree errors.Is and errors.As search.
	m := Multi{errors.New("x"), &WrapErr{ErrNotFound}}
	fmt.Println(m, errors.Is(m, ErrNotFound), errors.Is(m, os.ErrNotExist))
	var we *WrapErr
	fmt.Println(errors.As(m, &we), we)

	// An Is method is asked wherever the error sits in the chain.
	j := errors.Join(errors.New("y"), CodeErr(4))
	fmt.Println(errors.Is(j, CodeErr(0)), errors.Is(j, CodeErr(1)))
	fmt.Println(errors.Is(fmt.Errorf("w: %w", j), CodeErr(0)), errors.Is(&WrapErr{j}, CodeErr(0)))

	// An As method can fill a target of another type.
	var lv Level
	fmt.Println(errors.As(fmt.Errorf("q: %w", Upgrade{}), &lv), lv)
	lv2, ok := errors.AsType[Level](errors.Join(Upgrade{}))
	fmt.Println(lv2, ok)

	// Interface targets: declared, literal, and standard errors in them.
	var t Temporary
	fmt.Println(errors.As(fmt.Errorf("w: %w", &netErr{"dial"}), &t), t.Temporary(), t)
	var t2 interface{ Temporary() bool }
	fmt.Println(errors.As(errors.Join(ErrNotFound, &netErr{"read"}), &t2), t2)
	_, openErr := os.Open("/nonexistent/file")
	var timeout interface{ Timeout() bool }
	fmt.Println(errors.As(&WrapErr{openErr}, &timeout), timeout.Timeout())
	var first error
	fmt.Println(errors.As(m, &first), first)
	fmt.Println(errors.As(nil, &t), errors.Is(nil, nil), errors.Is(ErrNotFound, nil))

	// errors.Is and errors.Unwrap as func values do as their calls.
	is, unwrap := errors.Is, errors.Unwrap
	fmt.Println(is(j, CodeErr(0)), unwrap(err))
}
