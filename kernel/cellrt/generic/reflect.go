package generic

import (
	"reflect"
	"runtime"
	"unsafe"
)

// The generic functions of reflect and runtime.
func init() {
	// reflect.TypeFor[T]() reflect.Type.
	register("reflect.TypeFor", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(&t[0]).Elem()}
	})
	// reflect.TypeAssert[T any](v Value) (T, bool): v.Interface().(T)
	// without the allocation, and its panics (an invalid Value, one
	// from an unexported field).
	register("reflect.TypeAssert", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		var v reflect.Value
		if len(a) > 0 && a[0].IsValid() {
			v = a[0].Interface().(reflect.Value)
		}
		if !v.IsValid() {
			panic(&reflect.ValueError{Method: "reflect.TypeAssert", Kind: reflect.Invalid})
		}
		if !v.CanInterface() {
			panic("reflect.TypeAssert: cannot return value obtained from unexported field or method")
		}
		x := v.Interface()
		out := reflect.New(t[0]).Elem()
		if x == nil {
			return []reflect.Value{out, reflect.ValueOf(false)}
		}
		xv := reflect.ValueOf(x)
		if t[0].Kind() == reflect.Interface && xv.Type().Implements(t[0]) || xv.Type() == t[0] {
			out.Set(xv)
			return []reflect.Value{out, reflect.ValueOf(true)}
		}
		return []reflect.Value{out, reflect.ValueOf(false)}
	})

	// runtime.AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup:
	// registered on the same object, through a pointer to its first
	// byte, with the cleanup and its argument held as interfaces.
	register("runtime.AddCleanup", func(t []reflect.Type, a []reflect.Value) []reflect.Value {
		ptr := arg(a, 0, reflect.PointerTo(t[0]))
		fn := arg(a, 1, reflect.FuncOf([]reflect.Type{t[1]}, nil, false))
		s := arg(a, 2, t[1])
		if ptr.IsNil() {
			panic("runtime.AddCleanup: ptr is nil")
		}
		if fn.IsNil() {
			// Go would fail later, in the cleanup goroutine, taking the
			// process down.
			panic("runtime.AddCleanup: cleanup is nil")
		}
		p := (*byte)(unsafe.Pointer(ptr.Pointer()))
		c := runtime.AddCleanup(p, func(s reflect.Value) { fn.Call([]reflect.Value{s}) }, s)
		return vals(c)
	})
}
