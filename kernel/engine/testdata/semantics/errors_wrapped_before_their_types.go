// A service written top-down: its method wraps error types declared
// (with their Error methods) further down, as notebooks cut it.
package main

import (
	"errors"
	"fmt"
)

type Service struct{ name string }

func (s *Service) Charge(amount int) error {
	if amount <= 0 {
		return fmt.Errorf("%s: %w", s.name, &ValidationError{Field: "amount"})
	}
	if amount > 100 {
		return fmt.Errorf("%s: %w", s.name, DeclinedError{Reason: "limit"})
	}
	return nil
}

type ValidationError struct{ Field string }

func (v *ValidationError) Error() string { return "invalid " + v.Field }

type DeclinedError struct{ Reason string }

func (d DeclinedError) Error() string { return "declined: " + d.Reason }

func main() {
	s := &Service{"pay"}
	err := s.Charge(0)
	var ve *ValidationError
	fmt.Println(err, errors.As(err, &ve), ve.Field)
	err = s.Charge(500)
	var de DeclinedError
	fmt.Println(err, errors.As(err, &de), de.Reason)
	fmt.Println(s.Charge(5))
}
