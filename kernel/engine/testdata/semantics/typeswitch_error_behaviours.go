package main

// Checking an error for a behaviour with a type switch whose cases are
// interfaces the program declares (case temporary:), beside concrete
// types and errors of the standard library.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type temporary interface{ Temporary() bool }

type coded interface {
	error
	Code() int
}

type netErr struct{ retry bool }

func (e netErr) Error() string   { return "network down" }
func (e netErr) Temporary() bool { return e.retry }

type httpErr struct{ status int }

func (e *httpErr) Error() string { return fmt.Sprintf("http %d", e.status) }
func (e *httpErr) Code() int     { return e.status }

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case temporary:
		return fmt.Sprintf("temporary=%v (%v)", e.Temporary(), e)
	case coded:
		return fmt.Sprintf("code %d: %s", e.Code(), e.Error())
	case *fs.PathError:
		return "path " + e.Path
	default:
		return "other: " + e.Error()
	}
}

func main() {
	_, openErr := os.Open("/no/such/file")
	errs := []error{nil, netErr{true}, netErr{}, &httpErr{404}, openErr, errors.New("plain")}
	for _, err := range errs {
		fmt.Println(classify(err))
	}
	var s fmt.Stringer
	switch s.(type) {
	case temporary:
		fmt.Println("unexpected")
	case nil:
		fmt.Println("nil stringer")
	}
}
