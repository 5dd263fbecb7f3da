package engine

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"testing"
)

// opaque stands for a value of a type a cell declares as compiled code
// sees it: its methods other than Error are not there; the cell's func
// (below) gives them.
type opaque struct {
	inner []error
	is    error
}

func (o opaque) Error() string { return "opaque" }

// cellMethods is what a lowered call passes for opaque.
func cellMethods(e error) (m errMethods) {
	o, ok := e.(opaque)
	if !ok {
		return
	}
	switch len(o.inner) {
	case 0:
	case 1:
		m.Unwrap = func() error { return o.inner[0] }
	default:
		m.UnwrapMany = func() []error { return o.inner }
	}
	if o.is != nil {
		m.Is = func(t error) bool { return t == o.is }
	}
	return
}

func TestErrorChainWalks(t *testing.T) {
	one := opaque{inner: []error{io.EOF}}
	many := opaque{inner: []error{errors.New("x"), fmt.Errorf("w: %w", one)}}
	custom := opaque{is: io.ErrUnexpectedEOF}
	if got := errorsUnwrap(one, cellMethods); got != io.EOF {
		t.Errorf("Unwrap(one) = %v", got)
	}
	if got := errorsUnwrap(many, cellMethods); got != nil {
		t.Errorf("Unwrap(many) = %v, want nil (Unwrap() []error is not followed)", got)
	}
	if got := errorsUnwrap(fmt.Errorf("w: %w", io.EOF), nil); got != io.EOF {
		t.Errorf("Unwrap of a compiled wrapper = %v", got)
	}
	for _, c := range []struct {
		err, target error
		want        bool
	}{
		{one, io.EOF, true},
		{many, io.EOF, true},
		{errors.Join(custom), io.ErrUnexpectedEOF, true},
		{fmt.Errorf("w: %w", custom), io.ErrUnexpectedEOF, true},
		{custom, io.EOF, false},
		{nil, nil, true},
		{one, nil, false},
	} {
		if got := errorsIsIn(c.err, c.target, cellMethods); got != c.want {
			t.Errorf("Is(%v, %v) = %v, want %v", c.err, c.target, got, c.want)
		}
	}
	if errorsIsIn(one, io.EOF, nil) {
		t.Errorf("Is without the cell's methods followed its Unwrap")
	}
	var pe *fs.PathError
	match := func(e error) bool {
		p, ok := e.(*fs.PathError)
		if ok {
			pe = p
		}
		return ok
	}
	want := &fs.PathError{Op: "open", Path: "f", Err: fs.ErrNotExist}
	if !errorsAs(opaque{inner: []error{io.EOF, opaque{inner: []error{want}}}}, &pe, match, cellMethods) || pe != want {
		t.Errorf("As through Unwrap() []error and Unwrap() error found %v", pe)
	}
	if errorsAs(many, &pe, match, cellMethods) {
		t.Errorf("As found a *fs.PathError in %v", many)
	}
}

func TestHasMethods(t *testing.T) {
	err := &fs.PathError{Op: "open", Path: "f", Err: fs.ErrNotExist}
	if !hasMethods(err, "Timeout func() bool", "Unwrap func() error") {
		t.Errorf("*fs.PathError lacks Timeout or Unwrap")
	}
	if hasMethods(err, "Timeout func() int") || hasMethods(err, "Temporary func() bool") || hasMethods(nil) {
		t.Errorf("hasMethods matched a method *fs.PathError lacks")
	}
}
