package engine

import (
	"reflect"
	"unsafe"
)

// fieldAddr is the address of a struct field that lowered cells reach
// by its index path instead of its name (kernel/frontend's
// lower_fieldshadow.go): the interpreter refuses a field's name as an
// "ambiguous selector" when a method of that name is promoted from one
// level deeper. x is a pointer to the struct, or (for an operand that
// is not addressable) the struct itself, whose field is read from a
// copy; path is the field's index path through embedded fields, through
// pointers among them as Go follows them. A nil pointer on the way
// panics as Go does.
//
//	s.Name  ->  (*(*string)(__gt.FieldAddr(&s, 1)))
func fieldAddr(x any, path ...int) unsafe.Pointer {
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Pointer {
		v = derefStep(v)
	} else {
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		v = c
	}
	for _, i := range path {
		if v.Kind() == reflect.Pointer {
			v = derefStep(v)
		}
		v = v.Field(i)
	}
	return unsafe.Pointer(v.UnsafeAddr())
}

// nilDeref panics as Go does where lowered code finds a nil it would
// reach through (a method value of a nil interface).
func nilDeref() { panic(errorString("invalid memory address or nil pointer dereference")) }

// derefStep is *p, panicking as Go does for a nil p.
func derefStep(p reflect.Value) reflect.Value {
	if p.IsNil() {
		panic(errorString("invalid memory address or nil pointer dereference"))
	}
	return p.Elem()
}
