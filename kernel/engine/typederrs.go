package engine

import (
	"encoding/binary"
	"encoding/gob"
	"errors"
	"go/token"
	"io"
	"reflect"
	"strings"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// encoding/binary and encoding/gob name the value's type in their
// errors by its reflect type ("binary.Write: some values are not
// fixed-sized in type main.Reading", "gob: type main.person has no
// exported fields"): for a type of the cells, the interpreter's, a
// struct type with no name. Their calls go through these, whose errors
// name the type as declared.

// typeNamedError is err with the message naming its value's type as
// declared; errors.Is and errors.As find err inside.
type typeNamedError struct {
	err error
	msg string
}

// Error is err's message with the declared name.
func (e *typeNamedError) Error() string { return e.msg }

// Unwrap returns err.
func (e *typeNamedError) Unwrap() error { return e.err }

// namingType returns err with v's type (or the type it points to) named
// as declared where the message names it by its reflect type.
func namingType(err error, v any) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for t := reflect.TypeOf(v); t != nil; t = t.Elem() {
		if name, s := fmtview.TypeName(t), t.String(); name != s && strings.Contains(msg, s) {
			return &typeNamedError{err, strings.Replace(msg, s, name, 1)}
		}
		if t.Kind() != reflect.Pointer {
			break
		}
	}
	return err
}

func binaryWrite(w io.Writer, order binary.ByteOrder, data any) error {
	return namingType(binary.Write(w, order, data), data)
}

func binaryRead(r io.Reader, order binary.ByteOrder, data any) error {
	return namingType(binary.Read(r, order, data), data)
}

func gobEncode(enc *gob.Encoder, v any) error {
	if err := gobNoFields(v); err != nil {
		return err
	}
	return namingType(enc.Encode(v), v)
}

func gobDecode(dec *gob.Decoder, v any) error {
	if err := gobNoFields(v); err != nil {
		return err
	}
	return namingType(dec.Decode(v), v)
}

// gobNoFields is gob's error for a struct type of the cells with no
// exported field, which the interpreter's struct type, its fields all
// exported under other names, would not give.
func gobNoFields(v any) error {
	t := reflect.TypeOf(v)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	info := fmtview.Lookup(t)
	if info == nil || info.Interface {
		return nil
	}
	for _, f := range info.Fields {
		if token.IsExported(f) {
			return nil
		}
	}
	return errors.New("gob: type " + info.Name + " has no exported fields")
}
