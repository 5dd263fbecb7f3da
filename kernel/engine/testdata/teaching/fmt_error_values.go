// Errors printed with every verb: a cell error type held in error, a
// pointer error type, standard library errors in a slice and a map.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type OpError struct {
	Op   string
	Code int
}

func (e OpError) Error() string { return fmt.Sprintf("%s failed (%d)", e.Op, e.Code) }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func main() {
	var err error = OpError{"read", 2}
	fmt.Printf("%v | %+v | %#v | %T | %s | %q\n", err, err, err, err, err, err)
	var nf error = &NotFound{"k"}
	fmt.Printf("%v | %#v | %T\n", nf, nf, nf)
	_, perr := strconv.Atoi("x")
	_, ferr := os.Open("/nonexistent/file")
	errs := []error{err, nf, perr, errors.New("plain")}
	fmt.Println(errs)
	fmt.Printf("%v\n%q\n", errs, errs[2:])
	byName := map[string]error{"parse": perr, "op": err}
	fmt.Println(byName)
	fmt.Println(ferr)
	var pe *os.PathError
	fmt.Println(errors.As(ferr, &pe), pe.Op)
}
