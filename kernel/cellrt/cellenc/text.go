package cellenc

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// encoding/json uses a type's MarshalText and UnmarshalText (as
// encoding.TextMarshaler and encoding.TextUnmarshaler) where it has no
// JSON methods: a value is the JSON string of its text, and a map key is
// named by its text (a key of a string kind by itself, when encoding).
// The mirror's jsonMethods does the former; a map key of such a type is
// a textKey in the mirror.

// textKey is a map key of a declared type with text methods in the
// mirror: what it is named by, or the error of its MarshalText.
type textKey struct {
	text string
	err  error
}

var textKeyType = reflect.TypeOf(textKey{})

// MarshalText returns the key's name.
func (k textKey) MarshalText() ([]byte, error) { return []byte(k.text), k.err }

// UnmarshalText keeps the key's name, which keyBack decodes.
func (k *textKey) UnmarshalText(b []byte) error {
	k.text = string(b)
	return nil
}

func hasTextMethods(info *fmtview.TypeInfo) bool {
	if info == nil {
		return false
	}
	_, m := info.Methods["MarshalText"]
	_, u := info.Methods["UnmarshalText"]
	return m || u
}

// callMarshalText calls the MarshalText method of v's declared type
// (ok: it has one that applies to v).
func callMarshalText(info *fmtview.TypeInfo, v reflect.Value) (text []byte, ok bool, err error) {
	m, ok := info.Methods["MarshalText"]
	if !ok {
		return nil, false, nil
	}
	recv := v
	if info.PtrMethods["MarshalText"] {
		if !v.CanAddr() {
			return nil, false, nil
		}
		recv = v.Addr()
	}
	out := m.Call([]reflect.Value{recv})
	if e, _ := out[1].Interface().(error); e != nil {
		return nil, true, &methodError{info.Name, "MarshalText", e}
	}
	return bytesOf(out[0]), true, nil
}

// keyText names a map key v as encoding/json does.
func keyText(v reflect.Value, info *fmtview.TypeInfo) textKey {
	switch v.Kind() {
	case reflect.String:
		return textKey{text: v.String()}
	}
	if text, ok, err := callMarshalText(info, v); ok {
		return textKey{text: string(text), err: err}
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return textKey{text: strconv.FormatInt(v.Int(), 10)}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return textKey{text: strconv.FormatUint(v.Uint(), 10)}
	}
	return textKey{err: &json.UnsupportedTypeError{Type: v.Type()}}
}

// keyBack sets v, a new map key, from its name, with the type's
// UnmarshalText when it has one.
func keyBack(v reflect.Value, info *fmtview.TypeInfo, text, path string) error {
	if _, ok := info.Methods["UnmarshalText"]; ok {
		return abortWith(callUnmarshalText(v, info, []byte(text)), path)
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(text)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(text, 10, 64)
		if err != nil || v.OverflowInt(n) {
			return textTypeError("number "+text, v, info, path)
		}
		v.SetInt(n)
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := strconv.ParseUint(text, 10, 64)
		if err != nil || v.OverflowUint(n) {
			return textTypeError("number "+text, v, info, path)
		}
		v.SetUint(n)
		return nil
	}
	return textTypeError("string", v, info, path)
}

// unmarshalText decodes raw, the JSON that stood for v, into v with its
// type's UnmarshalText: a string's text; null leaves v as it is.
func unmarshalText(v reflect.Value, info *fmtview.TypeInfo, raw []byte, path string) error {
	raw = bytes.TrimSpace(raw)
	if string(raw) == "null" {
		return nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return textTypeError(jsonKind(raw), v, info, path)
	}
	return abortWith(callUnmarshalText(v, info, []byte(s)), path)
}

func callUnmarshalText(v reflect.Value, info *fmtview.TypeInfo, text []byte) error {
	recv := v
	if info.PtrMethods["UnmarshalText"] {
		recv = v.Addr()
	}
	out := info.Methods["UnmarshalText"].Call([]reflect.Value{recv, reflect.ValueOf(text)})
	err, _ := out[0].Interface().(error)
	return err
}

// textTypeError is encoding/json's error for a JSON value of kind
// what that cannot go into v, at path, named by its declared type.
func textTypeError(what string, v reflect.Value, info *fmtview.TypeInfo, path string) error {
	return &typeError{&json.UnmarshalTypeError{Value: what, Type: v.Type(), Field: path}, info.Name}
}

// jsonKind is how encoding/json names the kind of the JSON value raw in
// an error.
func jsonKind(raw []byte) string {
	if len(raw) == 0 {
		return "value"
	}
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	case '"':
		return "string"
	}
	return "number"
}
