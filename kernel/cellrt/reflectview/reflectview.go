// Package reflectview makes package reflect describe the types declared
// in notebook cells as compiled Go's reflect describes them.
//
// The interpreter (yaegi) builds a cell's struct type with
// reflect.StructOf: the type has no name and no methods, its unexported
// fields are renamed (ordId becomes XordId), and a value of a declared
// non-struct type travels in an interface in a box (see fmtview). The
// front end turns the calls of reflect that would show this into calls
// of this package (reflect.TypeOf, reflect.DeepEqual,
// reflect.VisibleFields, the Name, String, PkgPath, Field, FieldByName,
// NumMethod, Method and MethodByName methods of reflect.Type and
// reflect.Value, Value.Convert; other methods of reflect.Type see
// through a box, Under, and of reflect.Value but Type and Interface,
// Inner),
// which answer from the session's registrations (fmtview.Register) and
// pass every other type through to reflect.
package reflectview

import (
	"reflect"
	"sort"
	"strings"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// TypeOf is reflect.TypeOf for cells. The type of a value of a declared
// non-struct type is its box's (see fmtview), which String, Name and
// PkgPath name as the declared type and every other method of
// reflect.Type sees through (Under).
func TypeOf(v any) reflect.Type {
	if u := fmtview.Unwrapped(v); u.IsValid() && (fmtview.IsBox(u.Type()) || u.Kind() == reflect.Pointer && fmtview.IsBox(u.Type().Elem())) {
		return u.Type()
	}
	return reflect.TypeOf(v)
}

// Under returns the type a box's type t holds, t itself when t is no
// box: the front end calls the methods of reflect.Type that describe a
// type's structure on it (Kind, Elem, Len, Size, ...).
func Under(t reflect.Type) reflect.Type {
	if t != nil && fmtview.IsBox(t) {
		return t.Field(0).Type
	}
	return t
}

// Inner returns the value a box holds (see fmtview), v itself when v is
// no box. A reflect.Value of a value of a declared non-struct type is
// its box, so that Interface gives the value back as its type (and fmt
// prints it by its methods); the front end calls every other method of
// reflect.Value on what Inner returns (Kind, Int, Float, Len, ...).
func Inner(v reflect.Value) reflect.Value {
	if in, _, ok := fmtview.OpenBox(v); ok {
		return in
	}
	return v
}

// info returns the registration of t, a declared type's reflect type,
// and whether t is a pointer to it; nil when t is neither.
func info(t reflect.Type) (*fmtview.TypeInfo, bool) {
	if t == nil {
		return nil, false
	}
	if i := fmtview.Lookup(t); i != nil {
		return i, false
	}
	if t.Kind() == reflect.Pointer {
		if i := fmtview.Lookup(t.Elem()); i != nil {
			return i, true
		}
	}
	return nil, false
}

// Name is t.Name(): a declared type's name without its package.
func Name(t reflect.Type) string {
	if t != nil && fmtview.IsCompositeBox(t) {
		return "" // ([]main.Celsius)
	}
	if t != nil && fmtview.IsBox(t) {
		return strings.TrimPrefix(fmtview.BoxTypeName(t), "main.")
	}
	if i, ptr := info(t); i != nil && !ptr {
		return strings.TrimPrefix(i.Name, "main.")
	}
	return t.Name()
}

// String is t.String(): declared types by their Go names ("main.order",
// "[]*main.order").
func String(t reflect.Type) string { return fmtview.TypeName(t) }

// PkgPath is t.PkgPath(): "main" for a declared type.
func PkgPath(t reflect.Type) string {
	if t != nil && fmtview.IsCompositeBox(t) {
		return ""
	}
	if t != nil && fmtview.IsBox(t) {
		return "main"
	}
	if i, ptr := info(t); i != nil && !ptr {
		return "main"
	}
	return t.PkgPath()
}

// Field is t.Field(i) with the field's declared name (and "main" as the
// package of an unexported one) and without the tag the interpreter
// tells twin struct types apart by.
func Field(t reflect.Type, i int) reflect.StructField {
	return declared(t, t.Field(i))
}

// FieldByName is t.FieldByName(name), name being the declared name.
func FieldByName(t reflect.Type, name string) (reflect.StructField, bool) {
	if t.Kind() == reflect.Struct {
		if in, ptr := info(t); in != nil && !ptr {
			return promotedField(t, name)
		}
	}
	f, ok := t.FieldByName(name)
	if !ok {
		return f, false
	}
	return declared(t, f), true
}

// declared corrects f, a field of t.
func declared(t reflect.Type, f reflect.StructField) reflect.StructField {
	if len(f.Index) == 1 {
		if i, ptr := info(t); i != nil && !ptr && len(i.Fields) == t.NumField() {
			f.Name = i.Fields[f.Index[0]]
			if !exported(f.Name) {
				f.PkgPath = "main"
			}
			if f.Index[0] < len(i.Embedded) {
				f.Anonymous = i.Embedded[f.Index[0]]
			}
			if f.Index[0] < len(i.FieldDescs) {
				// A field of a declared non-struct type: its box's.
				if d, ok := strings.CutPrefix(i.FieldDescs[f.Index[0]], "T:"); ok {
					if b := fmtview.BoxOf(d); b != nil && b.Field(0).Type == f.Type {
						f.Type = b
					}
				}
			}
		}
	}
	f.Tag = untagged(f.Tag)
	return f
}

// untagged removes the interpreter's gt:"…" key from tag.
func untagged(tag reflect.StructTag) reflect.StructTag {
	s := string(tag)
	i := strings.Index(s, `gt:"`)
	if i < 0 || (i > 0 && s[i-1] != ' ') {
		return tag
	}
	end := strings.IndexByte(s[i+4:], '"')
	if end < 0 {
		return tag
	}
	return reflect.StructTag(strings.TrimSpace(s[:i] + s[i+4+end+1:]))
}

func exported(name string) bool { return name != "" && name[0] >= 'A' && name[0] <= 'Z' }

// NumMethod is t.NumMethod() counting a declared type's methods.
func NumMethod(t reflect.Type) int {
	if ms, ok := methodSet(t); ok {
		return len(ms)
	}
	return t.NumMethod()
}

// Method is t.Method(i) of a declared type: its Func takes the receiver
// (of type t) first, as reflect's does.
func Method(t reflect.Type, i int) reflect.Method {
	ms, ok := methodSet(t)
	if !ok {
		return t.Method(i)
	}
	if i < 0 || i >= len(ms) {
		panic("reflect: Method index out of range")
	}
	f := ms[i].funcOf(t)
	return reflect.Method{Name: ms[i].name, Type: f.Type(), Func: f, Index: i}
}

// MethodByName is t.MethodByName(name) of a declared type.
func MethodByName(t reflect.Type, name string) (reflect.Method, bool) {
	ms, ok := methodSet(t)
	if !ok {
		return t.MethodByName(name)
	}
	if i := sort.Search(len(ms), func(i int) bool { return ms[i].name >= name }); i < len(ms) && ms[i].name == name {
		return Method(t, i), true
	}
	return reflect.Method{}, false
}

// ValueString is v.String(): "<main.order Value>" for a value of a
// declared type.
func ValueString(v reflect.Value) string {
	v = Inner(v)
	if !v.IsValid() || v.Kind() == reflect.String {
		return v.String()
	}
	return "<" + fmtview.TypeName(v.Type()) + " Value>"
}

// ValueFieldByName is v.FieldByName(name), name being the declared name.
func ValueFieldByName(v reflect.Value, name string) reflect.Value {
	v = Inner(v)
	if v.Kind() == reflect.Struct {
		if in, ptr := info(v.Type()); in != nil && !ptr {
			f, ok := promotedField(v.Type(), name)
			if !ok {
				return reflect.Value{}
			}
			for i, fi := range f.Index {
				if i > 0 && v.Kind() == reflect.Pointer {
					if v.IsNil() {
						panic("reflect: indirection through nil pointer to embedded struct")
					}
					v = v.Elem()
				}
				v = ValueField(v, fi)
			}
			return v
		}
	}
	return v.FieldByName(name)
}

// ValueField is v.Field(i). A field a declared struct type declares
// unexported (and does not embed) is read-only, as in compiled Go:
// CanSet and CanInterface are false, Set and Interface panic. (The
// interpreter exports every field under another name.)
func ValueField(v reflect.Value, i int) reflect.Value {
	v = Inner(v)
	f := v.Field(i)
	if in, ptr := info(v.Type()); in != nil && !ptr && len(in.Fields) == v.NumField() &&
		!exported(in.Fields[i]) && !(i < len(in.Embedded) && in.Embedded[i]) {
		// (An embedded one stays writable: Go lets its exported fields
		// be set.)
		return readOnly(f)
	}
	return boxedField(v.Type(), i, f)
}

// boxedField returns f, field i of a struct of type t, as a value of its
// declared type: a field of a declared non-struct type (Mail Email) is
// its box, at the field's address when f is addressable (so that Set
// through it writes the field), so that Interface gives back an Email
// with its methods, as compiled Go's reflect does.
func boxedField(t reflect.Type, i int, f reflect.Value) reflect.Value {
	in, ptr := info(t)
	if in == nil || ptr || i >= len(in.FieldDescs) {
		return f
	}
	d, ok := strings.CutPrefix(in.FieldDescs[i], "T:")
	if !ok {
		return f
	}
	b := fmtview.BoxOf(d)
	if b == nil || b.Field(0).Type != f.Type() {
		return f
	}
	if f.CanAddr() && f.CanSet() {
		return reflect.NewAt(b, f.Addr().UnsafePointer()).Elem()
	}
	c := reflect.New(b).Elem()
	reflect.NewAt(f.Type(), c.Addr().UnsafePointer()).Elem().Set(f)
	return c
}

// roHolder holds a value in an unexported field, so that reflect hands
// it out read-only.
type roHolder struct{ v any }

// readOnly returns f as a value obtained through an unexported field:
// addressable when f is.
func readOnly(f reflect.Value) reflect.Value {
	if !f.CanInterface() {
		return f // read-only already
	}
	if f.CanAddr() {
		return reflect.ValueOf(roHolder{f.Addr().Interface()}).Field(0).Elem().Elem()
	}
	c := reflect.New(f.Type()).Elem()
	c.Set(f)
	return reflect.ValueOf(roHolder{c.Interface()}).Field(0).Elem()
}

// ValueNumMethod is v.NumMethod() counting a declared type's methods.
func ValueNumMethod(v reflect.Value) int {
	if v.IsValid() {
		if ms, ok := methodSet(v.Type()); ok {
			return len(ms)
		}
	}
	return v.NumMethod()
}

// ValueMethod is v.Method(i) of a value of a declared type: a func
// bound to v.
func ValueMethod(v reflect.Value, i int) reflect.Value {
	if !v.IsValid() {
		return v.Method(i)
	}
	ms, ok := methodSet(v.Type())
	if !ok {
		return v.Method(i)
	}
	if i < 0 || i >= len(ms) {
		panic("reflect: Method index out of range")
	}
	return ms[i].bind(v)
}

// ValueMethodByName is v.MethodByName(name) of a value of a declared
// type: a func bound to v, or the zero Value.
func ValueMethodByName(v reflect.Value, name string) reflect.Value {
	if !v.IsValid() {
		return v.MethodByName(name)
	}
	ms, ok := methodSet(v.Type())
	if !ok {
		return v.MethodByName(name)
	}
	if i := sort.Search(len(ms), func(i int) bool { return ms[i].name >= name }); i < len(ms) && ms[i].name == name {
		return ms[i].bind(v)
	}
	return reflect.Value{}
}

// Convert is v.Convert(t): a box's type t (a declared non-struct type)
// gets the converted value in its box, and a box converts as the value
// it holds.
func Convert(v reflect.Value, t reflect.Type) reflect.Value {
	v = Inner(v)
	if t == nil || !fmtview.IsBox(t) {
		return v.Convert(t)
	}
	c := v.Convert(Under(t))
	b := reflect.New(t).Elem()
	b.Field(0).Set(c)
	return b
}
