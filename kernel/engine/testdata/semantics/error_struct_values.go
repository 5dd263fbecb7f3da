package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// An error type with value receivers, as many lessons write it.
type OpError struct {
	Op   string
	Code int
}

func (e OpError) Error() string { return fmt.Sprintf("%s failed with code %d", e.Op, e.Code) }

type Timeout struct{ After string }

func (t Timeout) Error() string   { return "timed out after " + t.After }
func (t Timeout) Is(e error) bool { return e == os.ErrDeadlineExceeded }

type label struct{ text string }

func (l label) String() string { return strings.ToUpper(l.text) }

func run(op string) error {
	if op == "" {
		return OpError{"run", 2}
	}
	return nil
}

func main() {
	err := run("")
	fmt.Println(err.Error(), err)
	if oe, ok := err.(OpError); ok {
		fmt.Println("asserted:", oe.Op, oe.Code)
	}
	switch e := err.(type) {
	case Timeout:
		fmt.Println("timeout", e.After)
	case OpError:
		fmt.Println("switch found code", e.Code)
	}

	var e2 error = OpError{"read", 5}
	fmt.Println(e2.Error())
	var e3 error
	e3 = Timeout{"3s"}
	fmt.Println(e3, errors.Is(e3, os.ErrDeadlineExceeded), errors.Is(e2, os.ErrDeadlineExceeded))
	e4 := error(OpError{"write", 7})
	fmt.Println(e4)

	wrapped := fmt.Errorf("saving: %w", OpError{"save", 9})
	var target OpError
	fmt.Println(errors.As(wrapped, &target), target.Code)
	if t, ok := errors.AsType[OpError](wrapped); ok {
		fmt.Println("AsType:", t.Op)
	}
	deeper := fmt.Errorf("request: %w", fmt.Errorf("waiting: %w", Timeout{"1m"}))
	fmt.Println(errors.Is(deeper, os.ErrDeadlineExceeded), deeper)

	errs := []error{OpError{"a", 1}, Timeout{"2s"}, errors.New("plain")}
	for _, e := range errs {
		var op OpError
		fmt.Println(errors.As(e, &op), op.Op)
	}

	var s fmt.Stringer = label{"hello"}
	fmt.Println(s, s.String())
	if l, ok := s.(label); ok {
		fmt.Println("label text:", l.text)
	}
	var v any = label{"any"}
	if st, ok := v.(fmt.Stringer); ok {
		fmt.Println(st.String())
		back, ok := st.(label)
		fmt.Println(back.text, ok)
	}
}
