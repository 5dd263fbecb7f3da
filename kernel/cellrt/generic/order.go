package generic

import (
	"math"
	"reflect"
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

// equal is == on comparable values (it panics as Go does for
// uncomparable dynamic types in interfaces).
func equal(a, b reflect.Value) bool {
	if a.Kind() == reflect.Interface {
		if a.IsNil() || b.IsNil() {
			return a.IsNil() && b.IsNil()
		}
		ea, eb := a.Elem(), b.Elem()
		if ea.Type() != eb.Type() {
			return false
		}
		if !ea.Type().Comparable() {
			panic(runtimeError("comparing uncomparable type " + ea.Type().String()))
		}
		return ea.Equal(eb)
	}
	return a.Equal(b)
}

// cmpFunc calls a func(a, b E) int.
func cmpFunc(f reflect.Value) func(a, b reflect.Value) int {
	return func(a, b reflect.Value) int { return int(call1(f, a, b).Int()) }
}

// pred calls a func(E) bool.
func pred(f reflect.Value) func(a reflect.Value) bool {
	return func(a reflect.Value) bool { return call1(f, a).Bool() }
}
