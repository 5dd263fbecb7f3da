package mpkit

import (
	"errors"
	"os"
	"reflect"
	"strconv"
	"sync"

	"github.com/goteach/goteach/mpkit/internal/codec"
)

// The transfer context: while a message for a child is being built, the
// files behind shared objects are collected so that they travel with it;
// while one is being read, the files that came with it are at hand.
var (
	xferMu    sync.Mutex
	xferOut   *[]*os.File
	xferIn    []*os.File
	xferInUse bool
)

var errNoTransfer = errors.New("mpkit: EncodeValue and DecodeValue work only inside Host.Snapshot and Host.Restore")

// withEncoding runs build with a fresh file list for handles and returns it.
func withEncoding(build func() error) ([]*os.File, error) {
	xferMu.Lock()
	defer xferMu.Unlock()
	var files []*os.File
	xferOut, xferInUse = &files, true
	defer func() { xferOut, xferInUse = nil, false }()
	err := build()
	return files, err
}

// withDecoding runs read with the files that came with a message, then
// closes them (openers duplicate what they keep).
func withDecoding(files []*os.File, read func() error) error {
	xferMu.Lock()
	defer xferMu.Unlock()
	xferIn, xferInUse = files, true
	defer func() {
		xferIn, xferInUse = nil, false
		for _, f := range files {
			f.Close()
		}
	}()
	return read()
}

// EncodeValue encodes v for a child process; shared objects inside v
// travel as handles. It is for Host implementations and works only while
// the package calls Host.Snapshot.
func EncodeValue(v reflect.Value) ([]byte, error) {
	if !xferInUse || xferOut == nil {
		return nil, errNoTransfer
	}
	return codec.MarshalValue(v, xferOut)
}

// DecodeValue decodes what EncodeValue made, as a value of type typ. It is
// for Host implementations and works only while the package calls
// Host.Restore.
func DecodeValue(data []byte, typ reflect.Type) (reflect.Value, error) {
	if !xferInUse || xferOut != nil {
		return reflect.Value{}, errNoTransfer
	}
	return codec.UnmarshalAs(data, xferIn, typ)
}

// encodeArgs encodes call arguments one by one (in the encoding context).
func encodeArgs(op string, ft reflect.Type, args []any) ([][]byte, error) {
	out := make([][]byte, len(args))
	for i, a := range args {
		var pt reflect.Type
		if ft != nil {
			pt = paramType(ft, i)
		}
		v := unboxed(reflect.ValueOf(a), pt)
		if pt != nil && pt.Kind() != reflect.Interface && v.IsValid() && v.Type() != pt && v.Type().ConvertibleTo(pt) && convertibleKinds(v.Kind(), pt.Kind()) {
			v = v.Convert(pt)
		}
		b, err := codec.MarshalValue(v, xferOut)
		if err != nil {
			return nil, &Error{Op: op, What: "argument " + strconv.Itoa(i+1) + " cannot travel to another process", Hint: "pass numbers, strings, slices, maps and structs with exported fields, or mpkit objects", Err: err}
		}
		out[i] = b
	}
	return out, nil
}

// convertibleKinds allows the conversions Python would do implicitly for a
// call (an untyped constant 1 passed to a float64 parameter), and nothing
// surprising (no int to string).
func convertibleKinds(from, to reflect.Kind) bool {
	num := func(k reflect.Kind) bool { return k >= reflect.Int && k <= reflect.Float64 }
	return num(from) && num(to)
}

func paramType(ft reflect.Type, i int) reflect.Type {
	n := ft.NumIn()
	if ft.IsVariadic() && i >= n-1 {
		return ft.In(n - 1).Elem()
	}
	if i < n {
		return ft.In(i)
	}
	return nil
}

// checkArity panics when the number of arguments cannot fit the func.
func checkArity(op, name string, ft reflect.Type, n int) {
	in := ft.NumIn()
	if ft.IsVariadic() {
		if n < in-1 {
			panic(misusef(op, "pass one value per parameter in Args", "%s takes at least %d arguments, got %d", name, in-1, n))
		}
		return
	}
	if n != in {
		panic(misusef(op, "pass one value per parameter in Args", "%s takes %d arguments, got %d", name, in, n))
	}
}

// decodeArgs decodes arguments for a call of ft (in the decoding context).
func decodeArgs(ft reflect.Type, enc [][]byte) ([]reflect.Value, error) {
	vals := make([]reflect.Value, len(enc))
	for i, b := range enc {
		v, err := codec.UnmarshalAs(b, xferIn, paramType(ft, i))
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	return vals, nil
}
