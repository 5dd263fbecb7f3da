package main

import (
	"errors"
	"fmt"
)

// A panic whose value is several lines long (errors.Join): Go prints
// each later line after a tab.

type Order struct {
	ID    int
	Qty   int
	Email string
}

func validate(o Order) error {
	var errs []error
	if o.Qty <= 0 {
		errs = append(errs, fmt.Errorf("order %d: quantity %d must be positive", o.ID, o.Qty))
	}
	if o.Email == "" {
		errs = append(errs, errors.New("email is required"))
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate(Order{1, 2, "a@b.c"}))
	if err := validate(Order{2, 0, ""}); err != nil {
		panic(err)
	}
}
