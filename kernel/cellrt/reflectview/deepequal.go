package reflectview

import (
	"math"
	"reflect"
	"unsafe"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// DeepEqual is reflect.DeepEqual for cells: an interface (also inside
// slices, maps, structs and pointed-to values) holding the session's
// values is compared by the values it holds, where reflect.DeepEqual
// compares the interpreter's representations of it (two []Shape with
// equal elements were unequal).
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == nil && y == nil
	}
	vx, vy := fmtview.Unwrap(reflect.ValueOf(x)), fmtview.Unwrap(reflect.ValueOf(y))
	return deepEqual(vx, vy, map[visit]bool{})
}

// visit is a comparison under way of two values at these addresses (a
// cycle compares equal, as reflect.DeepEqual's does).
type visit struct {
	a, b unsafe.Pointer
	t    reflect.Type
}

func deepEqual(x, y reflect.Value, seen map[visit]bool) bool {
	x, y = unwrapped(x), unwrapped(y)
	if !x.IsValid() || !y.IsValid() {
		return x.IsValid() == y.IsValid()
	}
	if x.Type() != y.Type() {
		return false
	}
	switch x.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice:
		if x.IsNil() || y.IsNil() {
			return x.IsNil() == y.IsNil()
		}
		if x.Kind() != reflect.Slice || x.Len() > 0 {
			v := visit{x.UnsafePointer(), y.UnsafePointer(), x.Type()}
			if seen[v] {
				return true
			}
			seen[v] = true
		}
	}
	switch x.Kind() {
	case reflect.Pointer:
		return x.UnsafePointer() == y.UnsafePointer() || deepEqual(x.Elem(), y.Elem(), seen)
	case reflect.Slice:
		if x.Len() != y.Len() {
			return false
		}
		if x.UnsafePointer() == y.UnsafePointer() {
			return true
		}
		fallthrough
	case reflect.Array:
		for i := range x.Len() {
			if !deepEqual(x.Index(i), y.Index(i), seen) {
				return false
			}
		}
		return true
	case reflect.Map:
		if x.Len() != y.Len() {
			return false
		}
		if x.UnsafePointer() == y.UnsafePointer() {
			return true
		}
		it := x.MapRange()
		for it.Next() {
			other := y.MapIndex(it.Key())
			if !other.IsValid() || !deepEqual(it.Value(), other, seen) {
				return false
			}
		}
		return true
	case reflect.Struct:
		x, y = fmtview.Addressable(x), fmtview.Addressable(y)
		for i := range x.NumField() {
			if !deepEqual(x.Field(i), y.Field(i), seen) {
				return false
			}
		}
		return true
	case reflect.Func:
		return x.IsNil() && y.IsNil()
	case reflect.Float32, reflect.Float64:
		return x.Float() == y.Float() && !math.IsNaN(x.Float())
	case reflect.Complex64, reflect.Complex128:
		return x.Complex() == y.Complex()
	case reflect.Chan, reflect.UnsafePointer:
		return x.Pointer() == y.Pointer()
	}
	return fmtview.Addressable(x).Equal(fmtview.Addressable(y))
}

// unwrapped is v through interfaces and the interpreter's
// representations of them (invalid for a nil one). A box stays: its type
// is its boxed type's own (Level(1) is no 1).
func unwrapped(v reflect.Value) reflect.Value {
	if !v.IsValid() {
		return v
	}
	if v.Kind() == reflect.Interface || v.Kind() == reflect.Struct {
		v = fmtview.Unwrap(fmtview.Addressable(v))
	}
	if v.IsValid() && v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Value{}
		}
		return unwrapped(v.Elem())
	}
	return v
}
