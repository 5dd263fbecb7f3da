package fmtview

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// A value of a declared type that is not a struct (type Celsius float64)
// is held in an interface in a box (see kernel/frontend's lower_box.go):
// a struct whose one field, embedded and tagged gt:"box", is the value,
// named as its type. Compiled Go would see the value itself; so do the
// views, %T, panics and assertion messages.

// isBox reports whether t is a box's type: its field's tag is
// gt:"box main.T".
func isBox(t reflect.Type) bool {
	// (The box of a type a func declares has a named field: the
	// interpreter embeds no field whose type's name is not its own.)
	return t.Kind() == reflect.Struct && t.NumField() == 1 && strings.HasPrefix(t.Field(0).Tag.Get("gt"), "box ")
}

// IsBox reports whether t is the type of a box.
func IsBox(t reflect.Type) bool { return isBox(t) }

// BoxTypeName is the Go name of the type whose values t, a box's type,
// holds ("main.Celsius").
func BoxTypeName(t reflect.Type) string { return boxTypeName(t) }

// Unwrapped returns v as fmt sees it: the value an interpreter's
// wrapper holds, else v.
func Unwrapped(v any) reflect.Value { return unwrap(reflect.ValueOf(v)) }

// BoxOf returns the type of the registered box of the declared type Go
// names name (its reflect type, whose field holds the value), nil when
// none is registered.
func BoxOf(name string) reflect.Type {
	mu.RLock()
	defer mu.RUnlock()
	for t := range types {
		if isBox(t) && boxTypeName(t) == name {
			return t
		}
	}
	return nil
}

// boxTypeName is the Go name of the type whose values t boxes.
func boxTypeName(t reflect.Type) string { return strings.TrimPrefix(t.Field(0).Tag.Get("gt"), "box ") }

// boxSpelled matches reflect's spelling of a box type, which names the
// boxed type only in its tag: struct { float64 "gt:\"box main.Celsius\"" }.
var boxSpelled = regexp.MustCompile(`^struct \{ .* "gt:\\"box ([^\\]*main\.[^\\]+)\\"(?: gtdesc:\\"[^\\]*\\")?" \}$`)

// boxSpelledIn matches reflect's spelling of a box type inside a text
// (the box of an empty struct type holds a struct {}).
var boxSpelledIn = regexp.MustCompile(`struct \{ (?:[^{}"]|\{\})* "gt:\\"box ([^\\]*main\.[^\\]+)\\"(?: gtdesc:\\"[^\\]*\\")?" \}`)

// A value of a slice, array or map type built of declared types whose
// reflect types are not their own ([]Celsius is []float64 to the
// interpreter) is held in an interface in a box made here, at run time,
// for the type: the front end names the type ("[]main.Celsius") and
// describes it ("[]T:main.Celsius", see As), and the box's tag carries
// both, so that %T, fmt, assertions and type switches tell a []Celsius
// from a []float64 as Go does.
var compositeBoxes sync.Map // compositeKey -> reflect.Type

type compositeKey struct {
	t          reflect.Type
	name, desc string
}

// CompositeBox returns v, a value of the composite type named name and
// described by desc, in its box (see above). v comes last, so that the
// call closes as a conversion does.
func CompositeBox(name, desc string, v any) any {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return v
	}
	key := compositeKey{rv.Type(), name, desc}
	t, ok := compositeBoxes.Load(key)
	if !ok {
		tag := `gt:"box ` + name + `" gtdesc:` + strconv.Quote(desc)
		t, _ = compositeBoxes.LoadOrStore(key, reflect.StructOf([]reflect.StructField{{Name: "V", Type: rv.Type(), Tag: reflect.StructTag(tag)}}))
	}
	b := reflect.New(t.(reflect.Type)).Elem()
	b.Field(0).Set(rv)
	return b.Interface()
}

// CompositeOpen returns the value v holds when v is the box CompositeBox
// made for the type named name; ok is false otherwise.
func CompositeOpen(v any, name string) (inner any, ok bool) {
	in, n, isBox := openBox(unwrap(reflect.ValueOf(v)))
	if !isBox || n != name || !in.CanInterface() {
		return nil, false
	}
	return in.Interface(), true
}

// BoxDesc describes the value a box of type t holds (see boxDesc).
func BoxDesc(t reflect.Type) string { return boxDesc(t) }

// IsCompositeBox reports whether t is the type of a box CompositeBox
// made: its name is a slice's, array's or map's, not a declared type's.
func IsCompositeBox(t reflect.Type) bool {
	if !isBox(t) {
		return false
	}
	_, ok := t.Field(0).Tag.Lookup("gtdesc")
	return ok
}

// boxDesc describes the value a box of type t holds (see As): the
// description a composite's box carries, or its declared type's name.
func boxDesc(t reflect.Type) string {
	if d, ok := t.Field(0).Tag.Lookup("gtdesc"); ok {
		return d
	}
	return "T:" + boxTypeName(t)
}

// OpenBox is openBox for packages that see through boxes too.
func OpenBox(v reflect.Value) (inner reflect.Value, name string, ok bool) { return openBox(v) }

// openBox returns the value a box holds and the Go name of its type; ok
// is false when v is not a box.
func openBox(v reflect.Value) (inner reflect.Value, name string, ok bool) {
	if !v.IsValid() || !isBox(v.Type()) {
		return reflect.Value{}, "", false
	}
	f := v.Field(0)
	if !f.CanInterface() {
		// A type with a lower-case name: its field is unexported.
		if !v.CanAddr() {
			if !v.CanInterface() {
				return f, boxTypeName(v.Type()), true // read-only: no copy
			}
			c := reflect.New(v.Type()).Elem()
			c.Set(v)
			v = c
		}
		f = reflect.NewAt(f.Type(), unsafe.Pointer(v.Field(0).UnsafeAddr())).Elem()
	}
	return f, boxTypeName(v.Type()), true
}

// Unbox returns the value v holds when it is a box (or an interpreter's
// wrapper of one), and v otherwise.
func Unbox(v any) any {
	if inner, _, ok := openBox(unwrap(reflect.ValueOf(v))); ok {
		return inner.Interface()
	}
	return v
}

// UnboxPointer returns, for a pointer to a box (a pointer to a declared
// non-struct type held in an interface, see kernel/frontend's
// lower_box.go), the pointer to the value at the same address, of the
// underlying type as the interpreter builds it: compiled code that reads
// or writes through a pointer by reflection (fmt.Sscan, encoding/json)
// sees an *int for a *Counter. Any other v is returned as it is.
func UnboxPointer(v any) any {
	p := reflect.ValueOf(v)
	if p.Kind() != reflect.Pointer || !isBox(p.Type().Elem()) {
		return v
	}
	t := p.Type().Elem().Field(0).Type
	if p.IsNil() {
		return reflect.Zero(reflect.PointerTo(t)).Interface()
	}
	return reflect.NewAt(t, p.UnsafePointer()).Interface()
}

// UnboxPointers is UnboxPointer for each of vs (the operands a call
// spreads from a slice), in a new slice.
func UnboxPointers(vs []any) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = UnboxPointer(v)
	}
	return out
}
