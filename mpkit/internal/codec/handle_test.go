package codec

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// fileHandle is a shared object backed by one open file, standing for the
// memfd-backed objects of the real package.
type fileHandle struct {
	f    *os.File
	name string
}

const fileHandleKind = "codec.testfile"

func (h *fileHandle) CodecHandle() (string, []*os.File, []byte) {
	return fileHandleKind, []*os.File{h.f}, []byte(h.name)
}

// content reads the whole file behind the handle.
func (h *fileHandle) content() (string, error) {
	b, err := io.ReadAll(io.NewSectionReader(h.f, 0, 1<<20))
	return string(b), err
}

var (
	openedMu sync.Mutex
	opened   []string // the names of the files the opener was given
)

func openFileHandle(files []*os.File, meta []byte) (any, error) {
	if len(files) != 1 {
		return nil, errors.New("want one file")
	}
	if string(meta) == "fail" {
		return nil, errors.New("refused")
	}
	openedMu.Lock()
	opened = append(opened, files[0].Name())
	openedMu.Unlock()
	// The caller closes the files it passes: keep a duplicate.
	fd, err := syscall.Dup(int(files[0].Fd()))
	if err != nil {
		return nil, err
	}
	return &fileHandle{f: os.NewFile(uintptr(fd), files[0].Name()), name: string(meta)}, nil
}

func init() {
	// In init, as a real program does, so that a re-executed test binary
	// has it too.
	RegisterHandle(fileHandleKind, reflect.TypeFor[*fileHandle](), openFileHandle)
}

// keep holds *os.File values that share a descriptor with another one, so
// that their cleanup never closes a descriptor still in use.
var keep []*os.File

func tempFile(t *testing.T, content string) *os.File {
	t.Helper()
	f, err := os.Create(filepath.Join(t.TempDir(), "h"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(content); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

type handles struct {
	A, B *fileHandle
	Nil  *fileHandle
	Any  any
	List []*fileHandle
	N    int
}

func TestHandles(t *testing.T) {
	f1 := tempFile(t, "first file")
	f2 := tempFile(t, "second file")
	same := os.NewFile(f1.Fd(), "same descriptor as f1")
	keep = append(keep, same)
	v := handles{
		A:    &fileHandle{f1, "a"},
		B:    &fileHandle{f1, "b"}, // same *os.File
		Any:  &fileHandle{f2, "any"},
		List: []*fileHandle{{same, "same-fd"}, nil},
		N:    5,
	}
	var files []*os.File
	data, err := Marshal(v, &files)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || files[0] != f1 || files[1] != f2 {
		t.Fatalf("files %v: want f1 and f2 once each", files)
	}
	openedMu.Lock()
	opened = nil
	openedMu.Unlock()
	got, err := Unmarshal(data, files)
	if err != nil {
		t.Fatal(err)
	}
	h := got.(handles)
	if h.N != 5 || h.Nil != nil || len(h.List) != 2 || h.List[1] != nil {
		t.Fatalf("got %+v", h)
	}
	for _, c := range []struct {
		h          *fileHandle
		name, text string
	}{{h.A, "a", "first file"}, {h.B, "b", "first file"}, {h.Any.(*fileHandle), "any", "second file"}, {h.List[0], "same-fd", "first file"}} {
		if c.h.name != c.name {
			t.Errorf("handle %q: meta %q", c.name, c.h.name)
		}
		if s, err := c.h.content(); err != nil || s != c.text {
			t.Errorf("handle %q reads %q, %v; want %q", c.name, s, err, c.text)
		}
		c.h.f.Close()
	}
	openedMu.Lock()
	defer openedMu.Unlock()
	if len(opened) != 4 {
		t.Fatalf("opener called with %v", opened)
	}
}

func TestHandleErrors(t *testing.T) {
	f := tempFile(t, "x")
	h := &fileHandle{f, "h"}
	const shared = "shared objects can only travel as process or pool arguments or through a Pipe"
	// Where files cannot go along.
	_, err := Marshal(h, nil)
	if err == nil || !strings.Contains(err.Error(), "codec: cannot send *codec.fileHandle: a *codec.fileHandle is a shared object; "+shared) {
		t.Fatalf("got %v", err)
	}
	_, err = Marshal(handles{List: []*fileHandle{nil, h}}, nil)
	if err == nil || !strings.Contains(err.Error(), "codec.handles.List[1]: ") || !strings.Contains(err.Error(), shared) {
		t.Fatalf("got %v", err)
	}
	// A nil handle needs no file.
	if _, err := Marshal(handles{}, nil); err != nil {
		t.Fatal(err)
	}
	// By value instead of by pointer.
	_, err = Marshal(fileHandle{}, nil)
	if err == nil || !strings.Contains(err.Error(), "codec.fileHandle is a shared object and must be passed as a pointer (*codec.fileHandle)") {
		t.Fatalf("got %v", err)
	}
	// A failed Marshal leaves the file list as it was.
	files := []*os.File{f}
	if _, err := Marshal([]any{&fileHandle{tempFile(t, "y"), "y"}, make(chan int)}, &files); err == nil || len(files) != 1 {
		t.Fatalf("err %v, files %v", err, files)
	}
	// Decoding without the files, or when the opener fails.
	files = nil
	data, err := Marshal(h, &files)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Unmarshal(data, nil); !errors.Is(err, ErrMalformed) {
		t.Fatalf("no files: got %v", err)
	}
	data, _ = Marshal(&fileHandle{f, "fail"}, &files)
	if _, err := Unmarshal(data, files); err == nil || !strings.Contains(err.Error(), "refused") {
		t.Fatalf("opener failure: got %v", err)
	}
}

type lateHandle struct{ fd *os.File }

func (h *lateHandle) CodecHandle() (string, []*os.File, []byte) {
	return "codec.late", []*os.File{h.fd}, nil
}

// Registering a handle type changes how values already encoded once are
// encoded.
func TestRegisterAfterUse(t *testing.T) {
	f := tempFile(t, "late")
	v := []*lateHandle{{f}}
	if _, err := Marshal(v, nil); err == nil || !strings.Contains(err.Error(), "unexported field fd") {
		t.Fatalf("before registration: %v", err)
	}
	RegisterHandle("codec.late", reflect.TypeFor[*lateHandle](), func(files []*os.File, meta []byte) (any, error) {
		return &lateHandle{files[0]}, nil
	})
	var files []*os.File
	data, err := Marshal(v, &files)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Unmarshal(data, files)
	if err != nil || got.([]*lateHandle)[0].fd != f {
		t.Fatalf("got %v, %v", got, err)
	}
}
