package engine

import (
	"reflect"
	"unsafe"
)

// The unsafe package's funcs that the interpreter lacks (it has Sizeof,
// Alignof, Offsetof and Add), which lowered cells call
// (kernel/frontend's lower_calls.go): __gt.UnsafeSlice(p, int(n)).([]T).

// unsafeString is unsafe.String.
func unsafeString(p *byte, n int) string { return unsafe.String(p, n) }

// unsafeStringData is unsafe.StringData.
func unsafeStringData(s string) *byte { return unsafe.StringData(s) }

// unsafeSlice is unsafe.Slice for a pointer of any type: the slice of n
// elements that starts at p.
func unsafeSlice(p any, n int) any {
	v := reflect.ValueOf(p)
	if v.IsNil() {
		if n != 0 {
			panic(boundsError{"unsafe.Slice: ptr is nil and len is not zero"})
		}
		return reflect.Zero(reflect.SliceOf(v.Type().Elem())).Interface()
	}
	if n < 0 {
		panic(boundsError{"unsafe.Slice: len out of range"})
	}
	return reflect.SliceAt(v.Type().Elem(), v.UnsafePointer(), n).Interface()
}

// unsafeSliceData is unsafe.SliceData for a slice of any type: a pointer
// to its first element (nil for a nil slice).
func unsafeSliceData(s any) any {
	v := reflect.ValueOf(s)
	pt := reflect.PointerTo(v.Type().Elem())
	if v.IsNil() {
		return reflect.Zero(pt).Interface()
	}
	return reflect.NewAt(v.Type().Elem(), v.UnsafePointer()).Interface()
}
