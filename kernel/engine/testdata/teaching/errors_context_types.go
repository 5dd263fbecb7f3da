package main

import (
	"errors"
	"fmt"
	"log"
)

var (
	ErrBadRequest = errors.New("Bad Request")
	ErrPageMoved  = errors.New("Page Moved")
)

func webCall(b bool) error {
	if b {
		return ErrBadRequest
	}
	return ErrPageMoved
}

type UnmarshalTypeError struct {
	Value string
	Type  string
}

func (e *UnmarshalTypeError) Error() string {
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type
}

type InvalidUnmarshalError struct {
	Type string
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == "" {
		return "json: Unmarshal(nil)"
	}
	return "json: Unmarshal(nil " + e.Type + ")"
}

func Unmarshal(data []byte, v interface{}) error {
	if v == nil {
		return &InvalidUnmarshalError{}
	}
	return &UnmarshalTypeError{"string", "int"}
}

type customError struct{}

func (c *customError) Error() string {
	return "Find the bug."
}

func fail() ([]byte, *customError) {
	return nil, nil
}

type AppError struct {
	State int
}

func (ae *AppError) Error() string {
	return fmt.Sprintf("App Error, State: %d", ae.State)
}

func IsAppError(err error) bool {
	var ae *AppError
	return errors.As(err, &ae)
}

func firstCall(i int) error {
	if err := secondCall(i); err != nil {
		return fmt.Errorf("firstCall->secondCall(%d) : %w", i, err)
	}
	return nil
}

func secondCall(i int) error {
	return &AppError{99}
}

func main() {
	if err := webCall(true); err != nil {
		switch err {
		case ErrBadRequest:
			fmt.Println("Bad Request Occurred")
		case ErrPageMoved:
			fmt.Println("The Page moved")
		default:
			fmt.Println(err)
		}
	}

	var u struct{ Name string }
	err := Unmarshal([]byte(`{"name":"bill"}`), u)
	if err != nil {
		switch e := err.(type) {
		case *UnmarshalTypeError:
			fmt.Printf("UnmarshalTypeError: Value[%s] Type[%v]\n", e.Value, e.Type)
		case *InvalidUnmarshalError:
			fmt.Printf("InvalidUnmarshalError: Type[%v]\n", e.Type)
		default:
			fmt.Println(err)
		}
	}
	fmt.Println(Unmarshal(nil, nil))

	var err2 error
	if _, err2 = fail(); err2 != nil {
		fmt.Println("Why did this fail?", err2 == nil)
	}
	fmt.Printf("%T %v\n", err2, err2 != nil)

	if err := firstCall(10); err != nil {
		var ap *AppError
		if errors.As(err, &ap) {
			log.SetFlags(0)
			log.Printf("As: AppError State: %d", ap.State)
			fmt.Printf("Wrapped: %v\n", err)
		}
		fmt.Println(IsAppError(err), errors.Unwrap(err) == error(ap))
	}
}
