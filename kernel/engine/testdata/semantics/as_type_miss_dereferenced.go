// errors.AsType finds no *NotFound in a plain error and gives a nil
// pointer, which the program reads without checking the bool.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) error {
	if k == "x" {
		return fmt.Errorf("lookup: %w", &NotFound{k})
	}
	return errors.New("database down")
}

func main() {
	nf, ok := errors.AsType[*NotFound](lookup("x"))
	fmt.Println(nf.Key, ok)
	nf2, _ := errors.AsType[*NotFound](lookup("y"))
	fmt.Println(nf2.Key)
}
