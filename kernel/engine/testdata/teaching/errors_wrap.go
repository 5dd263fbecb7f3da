package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return nil
}

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{Line: 3, Err: err}
	}
	return n, nil
}

func main() {
	err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	_, err = parse("x1")
	fmt.Println(err)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("line", pe.Line)
	}
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func)
	_, err = os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	joined := errors.Join(ErrNotFound, errors.New("second"))
	fmt.Println(joined, errors.Is(joined, ErrNotFound))
	if pe2, ok := errors.AsType[*ParseError](fmt.Errorf("wrap: %w", &ParseError{7, ErrNotFound})); ok {
		fmt.Println("AsType", pe2.Line)
	}
}
