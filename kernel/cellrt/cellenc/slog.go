package cellenc

import (
	"fmt"
	"log/slog"
	"reflect"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// log/slog formats an attribute's value of a type it does not know with
// fmt's %+v (the text handler) or encoding/json (the JSON handler), on
// the value as the interpreter holds it: a cell type's String method
// was not called, a declared non-struct type printed as its box
// ({Level:2}). The front end hands such values to slog as SlogValue.

// SlogValue returns v, a value of the session's types described by desc
// (see As), as slog is to format it: by fmt with its declared type's
// methods, and by encoding/json as Marshal encodes it.
func SlogValue(v any, desc string) any {
	rv := fmtview.Unwrap(reflect.ValueOf(v))
	if inner, name, ok := fmtview.OpenBox(rv); ok && inner.CanInterface() {
		// (A box made for the any parameter: its value is the one
		// described.)
		rv, v, desc = inner, inner.Interface(), "T:"+name
	}
	s := slogValue{v: v, desc: desc}
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem() // addressable: either receiver will do
		desc = elemDesc(desc)
	}
	if !rv.IsValid() {
		return s
	}
	if info := infoOf(rv.Type(), desc); info != nil {
		if _, ok := info.Methods["MarshalText"]; ok {
			return slogText{s, info, rv}
		}
	}
	return s
}

type slogValue struct {
	v    any
	desc string
}

// Format implements fmt.Formatter.
func (s slogValue) Format(f fmt.State, verb rune) { fmtview.FormatAs(f, verb, s.v, s.desc) }

// MarshalJSON implements json.Marshaler.
func (s slogValue) MarshalJSON() ([]byte, error) { return Marshal(As(s.v, s.desc)) }

// slogText is a slogValue of a type with a MarshalText method, which
// slog's text handler calls.
type slogText struct {
	slogValue
	info *fmtview.TypeInfo
	rv   reflect.Value
}

// MarshalText implements encoding.TextMarshaler.
func (s slogText) MarshalText() ([]byte, error) {
	text, ok, err := callMarshalText(s.info, s.rv)
	if !ok && err == nil {
		return []byte(fmt.Sprintf("%+v", s.slogValue)), nil
	}
	return text, err
}

// SlogValuer returns a slog.LogValuer whose LogValue is f: the LogValue
// method of v, a value of the session's types described by desc, which
// slog would not find on the interpreter's value. Printed before it is
// resolved (slog.Value's String), it is v as compiled Go prints it.
func SlogValuer(v any, desc string, f func() slog.Value) slog.LogValuer {
	shown, _ := SlogValue(v, desc).(fmt.Formatter)
	return logValuer{shown: shown, f: f}
}

type logValuer struct {
	shown fmt.Formatter
	f     func() slog.Value
}

// LogValue implements slog.LogValuer.
func (l logValuer) LogValue() slog.Value { return l.f() }

// Format implements fmt.Formatter.
func (l logValuer) Format(f fmt.State, verb rune) { l.shown.Format(f, verb) }
