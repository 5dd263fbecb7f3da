package main

import (
	"errors"
	"fmt"
)

// Constant errors: a string type whose Error method has the type's own
// name. Comparisons, errors.Is and errors.As work; %T of such a value in
// an interface names its underlying type (a known difference).

type Error string

func (e Error) Error() string { return string(e) }

const ErrNotFound = Error("not found")

func find(k string) error {
	if k == "" {
		return ErrNotFound
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err == ErrNotFound, errors.Is(err, ErrNotFound), err)
	e, ok := err.(Error)
	fmt.Println(e, ok)
	var target Error
	fmt.Println(errors.As(fmt.Errorf("lookup: %w", err), &target), target)
	switch err.(type) {
	case Error:
		fmt.Println("an Error")
	default:
		fmt.Println("other")
	}
	fmt.Printf("%T\n", err)
}
