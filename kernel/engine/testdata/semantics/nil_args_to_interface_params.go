// Untyped nil passed to a single interface parameter: of a standard func
// held in a variable, of a func literal, of a func the program declares,
// of a func the standard library returns (context.CancelCauseFunc).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
)

func describe(s fmt.Stringer) string {
	if s == nil {
		return "nothing"
	}
	return s.String()
}

func main() {
	unwrap := errors.Unwrap
	fmt.Println(unwrap(nil))
	fmt.Println(unwrap(fmt.Errorf("outer: %w", io.EOF)))

	check := func(err error) string {
		if err != nil {
			return "error: " + err.Error()
		}
		return "no error"
	}
	fmt.Println(check(nil))
	fmt.Println(check(io.ErrUnexpectedEOF))

	fmt.Println(describe(nil))
	show := describe
	fmt.Println(show(nil))

	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(nil)
	fmt.Println(ctx.Err(), context.Cause(ctx))

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutting down"))
	fmt.Println(ctx2.Err(), context.Cause(ctx2))

	handlers := []func(error) bool{
		func(err error) bool { return err == nil },
		func(err error) bool { return errors.Is(err, io.EOF) },
	}
	for i, h := range handlers {
		fmt.Println(i, h(nil), h(io.EOF))
	}
}
