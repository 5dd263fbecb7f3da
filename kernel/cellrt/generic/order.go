package generic

import (
	"math"
	"reflect"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// compare is cmp.Compare for values of an ordered kind: NaN is less
// than every other value and equal to NaN.
func compare(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, y := a.Int(), b.Int()
		return cmp3(x < y, x > y)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x, y := a.Uint(), b.Uint()
		return cmp3(x < y, x > y)
	case reflect.Float32, reflect.Float64:
		x, y := a.Float(), b.Float()
		xn, yn := math.IsNaN(x), math.IsNaN(y)
		switch {
		case xn && yn:
			return 0
		case xn:
			return -1
		case yn:
			return 1
		}
		return cmp3(x < y, x > y)
	case reflect.String:
		x, y := a.String(), b.String()
		return cmp3(x < y, x > y)
	}
	panic(runtimeError("cannot order values of type " + a.Type().String()))
}

func cmp3(less, more bool) int {
	switch {
	case less:
		return -1
	case more:
		return 1
	}
	return 0
}

// less is cmp.Less.
func less(a, b reflect.Value) bool { return compare(a, b) < 0 }

// isNaN reports whether v is a float NaN.
func isNaN(v reflect.Value) bool {
	k := v.Kind()
	return (k == reflect.Float32 || k == reflect.Float64) && math.IsNaN(v.Float())
}

// equal is == on comparable values (see Equal).
func equal(a, b reflect.Value) bool { return Equal(a, b) }

// Equal is Go's == on a and b, values of one comparable type, where
// interfaces (also inside structs and arrays) may hold the session's
// values in the interpreter's representations (kernel/cellrt/fmtview's
// Unwrap): two interface values are equal when they hold values of the
// same type that are equal, as in Go; a held value of an uncomparable
// type panics as Go does.
func Equal(a, b reflect.Value) bool {
	if a.Kind() == reflect.Interface || b.Kind() == reflect.Interface {
		a, b = fmtview.Addressable(a), fmtview.Addressable(b)
	}
	ua, ub := fmtview.Unwrap(a), fmtview.Unwrap(b)
	nilA, nilB := isNil(ua), isNil(ub)
	if nilA || nilB {
		return nilA && nilB
	}
	if ua.Type() != ub.Type() {
		return false
	}
	if !ua.Type().Comparable() {
		// (A struct with a slice field too: Go names the struct.)
		panic(runtimeError("comparing uncomparable type " + fmtview.TypeName(ua.Type())))
	}
	switch ua.Kind() {
	case reflect.Struct:
		ua, ub = fmtview.Addressable(ua), fmtview.Addressable(ub)
		for i := range ua.NumField() {
			if ua.Type().Field(i).Name != "_" && !Equal(ua.Field(i), ub.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Array:
		ua, ub = fmtview.Addressable(ua), fmtview.Addressable(ub)
		for i := range ua.Len() {
			if !Equal(ua.Index(i), ub.Index(i)) {
				return false
			}
		}
		return true
	}
	return ua.Equal(ub)
}

// isNil reports whether v is no value: a nil interface, or one the
// interpreter's representation of a nil interface unwrapped to.
func isNil(v reflect.Value) bool {
	return !v.IsValid() || v.Kind() == reflect.Interface && v.IsNil()
}

// cmpFunc calls a func(a, b E) int.
func cmpFunc(f reflect.Value) func(a, b reflect.Value) int {
	return func(a, b reflect.Value) int { return int(call1(f, a, b).Int()) }
}

// pred calls a func(E) bool.
func pred(f reflect.Value) func(a reflect.Value) bool {
	return func(a reflect.Value) bool { return call1(f, a).Bool() }
}
