package fmtview

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
)

// PanicValue is what Go's runtime prints after "panic: " for v: an
// error's Error(), a Stringer's String(), a basic value as is, a value of
// a named basic type as main.T(value), and "(main.T) 0xADDR" otherwise
// (the address of the value, as Go prints the interface's data word).
func PanicValue(v any) string {
	if v == nil {
		return "nil"
	}
	if e, ok := v.(error); ok {
		return e.Error()
	}
	if s, ok := v.(fmt.Stringer); ok {
		return s.String()
	}
	rv := unwrap(reflect.ValueOf(v))
	if !rv.IsValid() {
		return "nil"
	}
	if inner, name, ok := openBox(rv); ok {
		if info := lookupName(name); info != nil {
			for _, m := range []string{"Error", "String"} {
				if f, ok := info.Methods[m]; ok && !info.PtrMethods[m] {
					return f.Call([]reflect.Value{inner})[0].String()
				}
			}
		}
		return namedPanicValue(inner, name)
	}
	for _, name := range []string{"Error", "String"} {
		if m, recv, ok := method(rv, name); ok {
			return m.Call([]reflect.Value{recv})[0].String()
		}
	}
	t := rv.Type()
	if lookup(t) != nil || (t.PkgPath() != "" && t.Name() != "") {
		return namedPanicValue(rv, TypeName(t))
	}
	return namedPanicValue(rv, "")
}

// namedPanicValue is PanicValue for a value of the type named name ("":
// a type without a name) and without an Error or String method.
func namedPanicValue(rv reflect.Value, name string) string {
	named := name != ""
	var s string
	switch rv.Kind() {
	case reflect.String:
		s = rv.String()
		if named {
			s = `"` + s + `"` // (unescaped, as Go's runtime prints it)
		}
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		// (Go 1.26 prints floats and complex numbers as %v does: 2.5,
		// 1e+21, (1-2i).)
		s = fmt.Sprint(rv.Interface())
		if named && (rv.Kind() == reflect.Complex64 || rv.Kind() == reflect.Complex128) {
			s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")") // main.Z(1+2i)
		}
	default:
		if !named {
			name = TypeName(rv.Type())
		}
		return fmt.Sprintf("(%s) 0x%x", name, address(rv))
	}
	if named {
		return name + "(" + s + ")"
	}
	return s
}

// address is the interface data word Go prints for v: the pointer itself
// for pointer-shaped kinds, else the address of a copy of the value.
func address(v reflect.Value) uintptr {
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return v.Pointer()
	}
	p := reflect.New(v.Type())
	p.Elem().Set(v)
	return p.Pointer()
}

// The interpreter's messages for a failed type assertion.
var (
	assertIs      = regexp.MustCompile(`^(interface conversion: .+? is )(.+?)(, not )(.+)$`)
	assertMissing = regexp.MustCompile(`^(interface conversion: )(.+?)( is not )(.+?)(: missing method .*)$`)
)

// AssertMessage names the session's types in the interpreter's message
// for a failed type assertion as Go does ("*main.Cat" where the
// interpreter says "*struct { Xname string }"); other messages are
// returned unchanged.
func AssertMessage(msg string) string {
	if rest, ok := strings.CutPrefix(msg, "interface conversion: "); ok && strings.HasSuffix(rest, ": missing method ") {
		// The interpreter's message for a compiled interface value (an
		// any field of a compiled struct) asserted to a concrete type
		// names no method: Go's names the interface.
		if x, y, ok := strings.Cut(strings.TrimSuffix(rest, ": missing method "), " is not "); ok {
			msg = "interface conversion: interface {} is " + x + ", not " + y
		}
	}
	if m := assertIs.FindStringSubmatch(msg); m != nil && m[2] != "nil" {
		return m[1] + NameOf(m[2]) + m[3] + NameOf(m[4])
	}
	if m := assertIs.FindStringSubmatch(msg); m != nil {
		return m[1] + m[2] + m[3] + NameOf(m[4])
	}
	if m := assertMissing.FindStringSubmatch(msg); m != nil {
		return m[1] + NameOf(m[2]) + m[3] + m[4] + m[5]
	}
	return msg
}

// MissingMethod returns the first of methods that the dynamic type of v
// does not have ("" when it has them all): the one Go names when an
// assertion of v to an interface with those methods fails. A session
// type's methods are those registered for it, a compiled type's those
// reflect sees.
func MissingMethod(v any, methods []string) string {
	rv := unwrap(reflect.ValueOf(v))
	if !rv.IsValid() {
		if len(methods) > 0 {
			return methods[0]
		}
		return ""
	}
	has := func(m string) bool { _, ok := rv.Type().MethodByName(m); return ok }
	declared := func(info *TypeInfo, ptr bool) func(string) bool {
		return func(m string) bool { p, ok := info.PtrMethods[m]; return ok && (ptr || !p) }
	}
	if _, name, ok := openBox(rv); ok {
		info := lookupName(name)
		if info == nil {
			info = &TypeInfo{}
		}
		has = declared(info, false)
	} else if info := lookup(rv.Type()); info != nil {
		has = declared(info, false)
	} else if rv.Kind() == reflect.Pointer {
		if info := lookupPointee(rv.Type().Elem()); info != nil {
			has = declared(info, true)
		}
	}
	for _, m := range methods {
		if m != "" && !has(m) {
			return m
		}
	}
	return ""
}
