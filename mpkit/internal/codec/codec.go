// Package codec encodes the values that cross a process boundary in mpkit:
// process arguments and results, pool tasks, queue items, pipe messages.
//
// Sender and receiver are always the same executable (a child process is
// the program started again), possibly loaded at different addresses. An
// encoded value is a type descriptor followed by the value:
//
//   - predeclared types (int, string, float64, ...) are one byte;
//   - named types of the executable (main.Point, time.Time, ...) are the
//     distance of their runtime type descriptor from the descriptor of int,
//     plus their name, which the receiver checks;
//   - unnamed composite types (slices, arrays, maps, pointers, structs,
//     interface{}) are described by their structure and rebuilt with
//     reflect.SliceOf, reflect.StructOf and friends, which return the very
//     type the receiver already has, if it has it. This is how the struct
//     types of interpreted code travel: the interpreter builds them with
//     reflect.StructOf.
//
// The most common dynamic values (nil, bool, int, int64, float64, string,
// []byte) skip the descriptor and take one tag byte plus the payload.
// Slices and arrays of fixed-size numbers are copied in bulk.
//
// Values travel by copy: numbers, strings, slices, arrays, maps, pointers
// (aliasing is not preserved) and structs with exported fields. A type that
// implements encoding.BinaryMarshaler and encoding.BinaryUnmarshaler (or,
// failing that, GobEncode/GobDecode or MarshalText/UnmarshalText), with
// pointer receivers counting, is encoded with those methods rather than by
// structure. Objects whose type is registered with RegisterHandle travel as
// handles: their open files go alongside the message and the receiver
// reopens the object. Channels, funcs, unsafe pointers and structs with
// unexported fields and no marshaling methods cannot travel; the error
// names the path to the part that cannot (see Error). An error value whose
// type cannot travel arrives as an *ErrorText with the same message.
package codec

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"strings"
	"unsafe"

	"github.com/goteach/goteach/internal/layout"
)

// Tags that start a dynamic value: a top-level value, or the content of an
// interface-typed slot.
const (
	tagNil       byte = iota // nil interface
	tagFalse                 // bool false
	tagTrue                  // bool true
	tagInt                   // int: zigzag varint
	tagInt64                 // int64: zigzag varint
	tagFloat64               // float64: 8 bytes, little endian
	tagString                // string: uvarint length, bytes
	tagBytes                 // []byte: uvarint length+1 (0 for nil), bytes
	tagTyped                 // uvarint descriptor length, descriptor, value
	tagErrorText             // an error that could not travel: type name, message
)

// maxDepth bounds the nesting of pointers, slices, maps and interfaces in a
// value, which also catches cycles.
const maxDepth = 10000

// ErrMalformed is wrapped by the errors that Unmarshal and UnmarshalAs
// return for data that is truncated or was not produced by Marshal.
var ErrMalformed = errors.New("codec: malformed or truncated data")

// Error reports a value that cannot be sent to another process.
type Error struct {
	// Path locates the offending part: the type of the value being sent,
	// then .Field, [index] and [key] steps; "[_]" stands for any element
	// when the error was found from the type alone.
	Path string
	// Reason says why that part cannot travel.
	Reason string

	segs []string // path steps, innermost first, while the error unwinds
}

// Error returns "codec: cannot send PATH: REASON".
func (e *Error) Error() string {
	if e.Path == "" {
		return "codec: cannot send: " + e.Reason
	}
	return "codec: cannot send " + e.Path + ": " + e.Reason
}

// clone copies a template error kept in a plan before it is unwound.
func (e *Error) clone() *Error {
	c := *e
	c.segs = append([]string(nil), e.segs...)
	return &c
}

// at records that the error happened inside the step seg of the value.
func at(err error, seg string) error {
	if e, ok := err.(*Error); ok && e.Path == "" {
		e.segs = append(e.segs, seg)
	}
	return err
}

// rooted completes the path of a send error with the type of the value
// that was being sent.
func rooted(err error, root string) error {
	e, ok := err.(*Error)
	if !ok || e.Path != "" {
		return err
	}
	var b strings.Builder
	b.WriteString(root)
	n := len(e.segs)
	const keep = 24
	for i := n - 1; i >= 0; i-- {
		if n > 2*keep && i == n-1-keep {
			fmt.Fprintf(&b, "...(%d steps)...", n-2*keep)
			i = keep - 1
		}
		b.WriteString(e.segs[i])
	}
	e.Path = b.String()
	e.segs = nil
	return e
}

func sendErr(reason string) *Error { return &Error{Reason: reason} }

// ErrorText stands for an error value whose type could not travel: the
// receiver gets the message and the name of the original type.
type ErrorText struct {
	Type string // the dynamic type of the original error, e.g. "*errors.errorString"
	Text string // its Error() text
}

// Error returns the original error's message.
func (e *ErrorText) Error() string { return e.Text }

// Marshal encodes v: a type descriptor, then the value. The open files of
// handles met on the way are appended to *files, each file once, and the
// encoding refers to them by their index there. If files is nil, a handle
// is an error: shared objects can only travel where files can go along.
func Marshal(v any, files *[]*os.File) ([]byte, error) {
	n := 64
	switch x := v.(type) {
	case nil, bool, int, int64, float64:
		n = 16
	case string:
		n = 16 + len(x)
	case []byte:
		n = 16 + len(x)
	}
	return AppendMarshal(make([]byte, 0, n), v, files)
}

// AppendMarshal is Marshal appending to buf. It does not allocate for the
// values that have a one-byte tag (nil, bool, int, int64, float64, string,
// []byte) when buf has room. On error it returns buf as it was and leaves
// *files as it was.
func AppendMarshal(buf []byte, v any, files *[]*os.File) ([]byte, error) {
	if b, ok := appendFast(buf, v); ok {
		return b, nil
	}
	return appendSlow(buf, v, files)
}

// MarshalValue is Marshal for a reflect.Value. An invalid Value encodes as
// nil, and a Value of interface kind as its dynamic value.
func MarshalValue(v reflect.Value, files *[]*os.File) ([]byte, error) {
	return AppendMarshalValue(make([]byte, 0, 64), v, files)
}

// AppendMarshalValue is MarshalValue appending to buf. An addressable
// Value is encoded in place, without copying it first.
func AppendMarshalValue(buf []byte, v reflect.Value, files *[]*os.File) ([]byte, error) {
	if v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() {
		return append(buf, tagNil), nil
	}
	if b, ok := appendFastValue(buf, v); ok {
		return b, nil
	}
	if v.CanAddr() && v.CanInterface() {
		pl := planFor(v.Type())
		mark, nfiles := len(buf), filesLen(files)
		e := encoder{buf: buf, files: files}
		if err := e.typed(pl, v.Addr().UnsafePointer()); err != nil {
			return undo(e.buf, mark, files, nfiles, err, v.Type())
		}
		return e.buf, nil
	}
	if !v.CanInterface() {
		return buf, &Error{Path: v.Type().String(), Reason: "the value was reached through an unexported field"}
	}
	return AppendMarshal(buf, v.Interface(), files)
}

// appendFast handles the values that have a one-byte tag.
func appendFast(buf []byte, v any) ([]byte, bool) {
	switch x := v.(type) {
	case nil:
		return append(buf, tagNil), true
	case int:
		return binary.AppendVarint(append(buf, tagInt), int64(x)), true
	case string:
		buf = binary.AppendUvarint(append(buf, tagString), uint64(len(x)))
		return append(buf, x...), true
	case float64:
		return binary.LittleEndian.AppendUint64(append(buf, tagFloat64), math.Float64bits(x)), true
	case bool:
		if x {
			return append(buf, tagTrue), true
		}
		return append(buf, tagFalse), true
	case int64:
		return binary.AppendVarint(append(buf, tagInt64), x), true
	case []byte:
		if x == nil {
			return append(buf, tagBytes, 0), true
		}
		buf = binary.AppendUvarint(append(buf, tagBytes), uint64(len(x))+1)
		return append(buf, x...), true
	}
	return buf, false
}

// appendFastValue is appendFast for a reflect.Value, without copying the
// value into an interface.
func appendFastValue(buf []byte, v reflect.Value) ([]byte, bool) {
	switch t := v.Type(); t {
	case basicTypes[reflect.Int]:
		return appendFast(buf, int(v.Int()))
	case basicTypes[reflect.String]:
		return appendFast(buf, v.String())
	case basicTypes[reflect.Float64]:
		return appendFast(buf, v.Float())
	case basicTypes[reflect.Bool]:
		return appendFast(buf, v.Bool())
	case basicTypes[reflect.Int64]:
		return appendFast(buf, v.Int())
	case bytesType:
		if v.CanInterface() {
			return appendFast(buf, v.Bytes())
		}
	}
	return buf, false
}

var bytesType = reflect.TypeFor[[]byte]()

func appendSlow(buf []byte, v any, files *[]*os.File) ([]byte, error) {
	mark, nfiles := len(buf), filesLen(files)
	e := encoder{buf: buf, files: files}
	if err := e.dynamicSlow(v); err != nil {
		return undo(e.buf, mark, files, nfiles, err, reflect.TypeOf(v))
	}
	return e.buf, nil
}

func filesLen(files *[]*os.File) int {
	if files == nil {
		return 0
	}
	return len(*files)
}

// undo takes back what a failed encoding added to buf and *files, and
// completes the error's path with the type of the value sent.
func undo(buf []byte, mark int, files *[]*os.File, nfiles int, err error, root reflect.Type) ([]byte, error) {
	if files != nil {
		clear((*files)[nfiles:])
		*files = (*files)[:nfiles]
	}
	return buf[:mark], rooted(err, root.String())
}

type encoder struct {
	buf   []byte
	files *[]*os.File
	depth int
}

// dynamic encodes the content of an interface slot.
func (e *encoder) dynamic(v any) error {
	if b, ok := appendFast(e.buf, v); ok {
		e.buf = b
		return nil
	}
	return e.dynamicSlow(v)
}

func (e *encoder) dynamicSlow(v any) error {
	typ, data := layout.InterfaceWords(v)
	pl := planForPtr(typ)
	p := data
	if pl.direct {
		w := new(unsafe.Pointer)
		*w = data
		p = unsafe.Pointer(w)
	}
	return e.typed(pl, p)
}

// typed writes tagTyped, the descriptor of pl's type and the value at p.
// An error value whose type cannot travel is sent as its text.
func (e *encoder) typed(pl *plan, p unsafe.Pointer) error {
	if pl.err != nil || pl.descErr != nil {
		if text, ok := errorText(pl, p); ok {
			e.buf = append(e.buf, tagErrorText)
			e.appendString(pl.t.String())
			e.appendString(text)
			return nil
		}
		if pl.err != nil {
			// Walk the value to name the exact element that cannot travel.
			mark := len(e.buf)
			err := pl.encode(e, p)
			e.buf = e.buf[:mark]
			if err != nil {
				return err
			}
			return pl.err.clone()
		}
		return pl.descErr.clone()
	}
	e.buf = append(e.buf, pl.header...)
	return pl.encode(e, p)
}

// errorText returns the message of the value at p if its type is an error.
func errorText(pl *plan, p unsafe.Pointer) (text string, ok bool) {
	if !pl.t.Implements(errorType) {
		return "", false
	}
	defer func() {
		if recover() != nil {
			text, ok = "", false
		}
	}()
	return reflect.NewAt(pl.t, p).Elem().Interface().(error).Error(), true
}

func (e *encoder) appendString(s string) {
	e.buf = binary.AppendUvarint(e.buf, uint64(len(s)))
	e.buf = append(e.buf, s...)
}

// Unmarshal decodes data produced by Marshal. files are the files that
// travelled with it, in the order of the sender's *files.
func Unmarshal(data []byte, files []*os.File) (any, error) {
	if len(data) > 1 {
		switch data[0] {
		case tagInt:
			if x, n := binary.Varint(data[1:]); n == len(data)-1 {
				return int(x), nil
			}
		case tagString:
			if n, k := binary.Uvarint(data[1:]); k > 0 && n == uint64(len(data)-1-k) {
				return string(data[1+k:]), nil
			}
		case tagFloat64:
			if len(data) == 9 {
				return math.Float64frombits(binary.LittleEndian.Uint64(data[1:])), nil
			}
		}
	}
	d := decoder{data: data, files: files}
	v, err := d.dynamic()
	if err == nil && d.pos != len(d.data) {
		err = d.malformed("%d bytes left over after the value", len(d.data)-d.pos)
	}
	if err != nil {
		return nil, err
	}
	return v, nil
}

// UnmarshalAs decodes data produced by Marshal and delivers the value as
// typ: a value of type typ is returned as is; if typ is an interface type
// the value implements, it is wrapped in it; if the value's type is
// assignable to typ, or convertible by a conversion that keeps its meaning
// (between numbers of any kind as long as the value is unchanged, between
// types with the same underlying type, string and byte slices), it is
// converted. Anything else is an error that names both types. A nil is
// delivered as the zero value of a type that has nil.
func UnmarshalAs(data []byte, files []*os.File, typ reflect.Type) (reflect.Value, error) {
	if typ == nil {
		return reflect.Value{}, errors.New("codec: UnmarshalAs: nil type")
	}
	d := decoder{data: data, files: files}
	var v reflect.Value
	if len(data) > 0 && data[0] == tagTyped {
		d.pos = 1
		pl, err := d.descPlan()
		if err != nil {
			return reflect.Value{}, err
		}
		if pl.t == typ && typ.Kind() != reflect.Interface {
			q, err := d.alloc(pl)
			if err != nil {
				return reflect.Value{}, err
			}
			if err := pl.decode(&d, q); err != nil {
				return reflect.Value{}, err
			}
			if d.pos != len(d.data) {
				return reflect.Value{}, d.malformed("%d bytes left over after the value", len(d.data)-d.pos)
			}
			return reflect.NewAt(typ, q).Elem(), nil
		}
		d.pos = 0
	}
	x, err := d.dynamic()
	if err == nil && d.pos != len(d.data) {
		err = d.malformed("%d bytes left over after the value", len(d.data)-d.pos)
	}
	if err != nil {
		return reflect.Value{}, err
	}
	if x != nil {
		v = reflect.ValueOf(x)
	}
	return deliver(v, typ)
}

// Check reports whether values of type t can be sent, judging from the
// type alone. Values of interface type are judged when sent, by their
// dynamic type.
func Check(t reflect.Type) error {
	if t == nil {
		return nil
	}
	pl := planFor(t)
	switch {
	case pl.err != nil:
		return rooted(pl.err.clone(), t.String())
	case pl.descErr != nil:
		return rooted(pl.descErr.clone(), t.String())
	}
	return nil
}
