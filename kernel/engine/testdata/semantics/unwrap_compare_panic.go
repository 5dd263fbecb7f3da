// An error returned by errors.Unwrap compares equal to the one wrapped,
// and panic(err) stops the program with the error's message after the
// deferred calls.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(parse("12"))
	defer fmt.Println("deferred runs")
	var err error = &ValidationError{"age"}
	fmt.Println(errors.Unwrap(fmt.Errorf("w: %w", err)) == err)
	fmt.Println(parse("x1"))
}
