package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Issue string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Issue }

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", "negative"}
	}
	return nil
}

func mustValidate(age int) {
	if err := validate(age); err != nil {
		panic(fmt.Errorf("invalid input: %w", err))
	}
}

func main() {
	mustValidate(3)
	err := validate(-1)
	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	defer fmt.Println("deferred runs before the crash")
	mustValidate(-2)
}
