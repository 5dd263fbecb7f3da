package engine

import (
	"errors"
	"reflect"
	"strings"
	"unsafe"
)

// The errors package's walks of an error chain (errors.Is, errors.As,
// errors.Unwrap) for lowered cells. A value of a type a cell declares,
// held in a compiled error, is the interpreter's wrapper, which shows
// compiled code its Error method only: compiled errors.Is cannot call
// its Unwrap, Is or As. The lowered call passes a func, written in the
// interpreter, that returns those methods of the session's types; the
// walks here ask it at each error of the chain and otherwise use the
// compiled methods, as the errors package does.

// errMethods are the methods of an error that the errors package calls,
// as funcs (nil: the error has no such method).
type errMethods struct {
	Unwrap     func() error   // Unwrap() error
	UnwrapMany func() []error // Unwrap() []error
	Is         func(error) bool
	As         func(any) bool
}

// methodsOf returns the methods of err: those the interpreter's func
// cell finds (nil: none of the session's types has one), else the
// compiled ones.
func methodsOf(err error, cell func(error) errMethods) errMethods {
	var m errMethods
	if cell != nil {
		m = cell(err)
	}
	if m.Unwrap == nil && m.UnwrapMany == nil {
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			m.Unwrap = u.Unwrap
		case interface{ Unwrap() []error }:
			m.UnwrapMany = u.Unwrap
		}
	}
	if x, ok := err.(interface{ Is(error) bool }); ok && m.Is == nil {
		m.Is = x.Is
	}
	if x, ok := err.(interface{ As(any) bool }); ok && m.As == nil {
		m.As = x.As
	}
	return m
}

// errorsUnwrap is errors.Unwrap.
func errorsUnwrap(err error, cell func(error) errMethods) error {
	if err == nil {
		return nil
	}
	if m := methodsOf(err, cell); m.Unwrap != nil {
		return m.Unwrap()
	}
	return nil
}

// errorsIsIn is errors.Is. Errors compare by the values the
// interpreter's wrappers hold (each conversion of an interpreted error
// to a compiled one makes a new wrapper).
func errorsIsIn(err, target error, cell func(error) errMethods) bool {
	if err == nil || target == nil {
		return err == target
	}
	t := wrapped(target)
	return isIn(err, target, t, t.IsValid() && t.Type().Comparable(), cell)
}

func isIn(err, target error, t reflect.Value, comparable bool, cell func(error) errMethods) bool {
	for {
		if comparable {
			if v := wrapped(err); v.IsValid() && v.Type() == t.Type() && v.Equal(t) {
				return true
			}
		}
		m := methodsOf(err, cell)
		if m.Is != nil && m.Is(target) {
			return true
		}
		switch {
		case m.Unwrap != nil:
			if err = m.Unwrap(); err == nil {
				return false
			}
		case m.UnwrapMany != nil:
			for _, e := range m.UnwrapMany() {
				if e != nil && isIn(e, target, t, comparable, cell) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// errorsAs is errors.As for a target the interpreter checks: match
// tries one error of the chain (and stores it through target on
// success), target is passed to As methods.
func errorsAs(err error, target any, match func(error) bool, cell func(error) errMethods) bool {
	for err != nil {
		if match(err) {
			return true
		}
		m := methodsOf(err, cell)
		if m.As != nil && m.As(target) {
			return true
		}
		switch {
		case m.Unwrap != nil:
			err = m.Unwrap()
		case m.UnwrapMany != nil:
			for _, e := range m.UnwrapMany() {
				if e != nil && errorsAs(e, target, match, cell) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// hasMethods reports whether the compiled value x holds has each
// method of sigs, a name and its func type as reflect writes it
// ("Timeout func() bool"): whether it implements an interface the
// session declares, or an interface literal, which the interpreter
// cannot assert a compiled value to.
func hasMethods(x any, sigs ...string) bool {
	v := reflect.ValueOf(orig(x))
	if !v.IsValid() {
		return false
	}
	for _, s := range sigs {
		name, sig, _ := strings.Cut(s, " ")
		m := v.MethodByName(name)
		if !m.IsValid() || m.Type().String() != sig {
			return false
		}
	}
	return true
}

// setIface stores the compiled value err holds into *p, a variable of
// an interface type the session declares or of an interface literal
// (the interpreter's valueInterface: the node of the value's static
// type and the value), which the interpreter cannot assign a compiled
// value to. w points to such a variable holding a compiled error (err
// itself, or errHeld), which gives the node; the value stored is
// err's dynamic value, whose methods the interpreter then calls.
func setIface(p, w, err any) {
	pv, wv := reflect.ValueOf(p), reflect.ValueOf(w)
	if pv.Kind() != reflect.Pointer || wv.Type() != pv.Type() || !isValueIface(pv.Type().Elem()) {
		panic("internal error: errors.As cannot store a " + reflect.TypeOf(err).String() + " in its target")
	}
	pv.Elem().Set(wv.Elem())
	*(*reflect.Value)(unsafe.Pointer(pv.Elem().Field(1).UnsafeAddr())) = reflect.ValueOf(orig(err))
}

// errHeld is the compiled error a lowered assertion holds in an
// interface variable first, for setIface to replace by the value
// asserted.
var errHeld = errors.New("held")

// isValueIface reports whether t is the interpreter's valueInterface,
// found by its shape.
func isValueIface(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.NumField() == 2 && t.Name() == "valueInterface" &&
		t.Field(0).Name == "node" && t.Field(1).Name == "value" && t.Field(1).Type == reflect.TypeOf(reflect.Value{})
}
