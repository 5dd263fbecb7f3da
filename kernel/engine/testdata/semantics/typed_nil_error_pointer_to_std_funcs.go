// A nil *ValidationError handed straight to errors.Join and to %w: Go
// converts it to a non-nil error, the classic typed-nil surprise, and
// the notebook must show the same surprise.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string {
	if e == nil {
		return "<no field>"
	}
	return "invalid " + e.Field
}

func validate(name string) *ValidationError {
	if name == "" {
		return &ValidationError{"name"}
	}
	return nil
}

func main() {
	ve := validate("ann")
	fmt.Println(ve == nil)
	joined := errors.Join(ve)
	fmt.Println(joined == nil, joined)
	wrapped := fmt.Errorf("checking ann: %w", ve)
	fmt.Println(wrapped)
	var target *ValidationError
	fmt.Println(errors.As(wrapped, &target), target == nil)
	fmt.Println(fmt.Errorf("checking bo: %w", validate("")))
}
