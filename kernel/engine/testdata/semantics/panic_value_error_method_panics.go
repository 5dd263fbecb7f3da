package main

// A panic whose value's Error method panics itself while Go prints it:
// Go ends the program with a fatal error naming the second panic's type.

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Fields []string
}

func (e ValidationError) Error() string {
	return "invalid field " + e.Fields[0] // no fields: index out of range
}

func validate(name string) error {
	if name == "" {
		return ValidationError{}
	}
	return nil
}

func main() {
	err := validate("ann")
	fmt.Println("ann:", err)
	err = validate("")
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), len(ve.Fields))
	panic(err)
}
