package codec

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

// FuzzUnmarshal feeds arbitrary bytes to the decoder: it must return a
// value or an error, never panic, hang or allocate beyond the input's
// means; what it returns must encode again and decode to a value of the
// same type.
func FuzzUnmarshal(f *testing.F) {
	for _, v := range seedValues() {
		data, err := Marshal(v, nil)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	hf, err := os.CreateTemp(f.TempDir(), "h")
	if err != nil {
		f.Fatal(err)
	}
	defer hf.Close()
	var files []*os.File
	data, err := Marshal(handles{A: &fileHandle{hf, "a"}, N: 1}, &files)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte{})
	f.Add([]byte{tagTyped})
	targets := []reflect.Type{reflect.TypeFor[int](), reflect.TypeFor[Point](), reflect.TypeFor[[]any](), reflect.TypeFor[error]()}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Unmarshal(data, files)
		if err != nil {
			var de *DeliveryError
			if !errors.Is(err, ErrMalformed) && !errors.As(err, &de) && !isOpenerError(err) {
				t.Fatalf("error that does not wrap ErrMalformed: %v", err)
			}
		} else {
			defer closeHandles(v)
			var out []*os.File
			again, err := Marshal(v, &out)
			if err != nil {
				t.Fatalf("decoded %T but cannot encode it again: %v", v, err)
			}
			w, err := Unmarshal(again, out)
			if err != nil {
				t.Fatalf("re-encoded %T does not decode: %v", v, err)
			}
			closeHandles(w)
			if reflect.TypeOf(w) != reflect.TypeOf(v) {
				t.Fatalf("type changed: %T then %T", v, w)
			}
		}
		for _, typ := range targets {
			if x, err := UnmarshalAs(data, files, typ); err == nil {
				closeHandles(x.Interface())
			}
		}
	})
}

// isOpenerError reports an error of the handle's opener, which decides for
// itself what it refuses.
func isOpenerError(err error) bool {
	return strings.Contains(err.Error(), "codec: reopening a ")
}

// closeHandles closes the files of the test handles in v, which the
// opener duplicated.
func closeHandles(v any) {
	switch x := v.(type) {
	case handles:
		for _, h := range append([]*fileHandle{x.A, x.B, x.Nil}, x.List...) {
			if h != nil && h.f != nil {
				h.f.Close()
			}
		}
		closeHandles(x.Any)
	case *fileHandle:
		if x != nil && x.f != nil {
			x.f.Close()
		}
	}
}
