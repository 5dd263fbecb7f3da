package engine

import (
	"io/fs"
	"reflect"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// dirReader calls the ReadDir method of a file of the session's types,
// reporting whether it has one (the front end's fsArgs writes it, for the
// interpreter to run); with probe it only reports.
type dirReader = func(f fs.File, n int, probe bool) ([]fs.DirEntry, error, bool)

// cellFS is the file system compiled code is handed for a file system of
// the session's types (the front end's fsArgs): open is its Open. The
// interpreter hands over the files it opens in a wrapper with fs.File's
// methods only; a directory gets its ReadDir back (readDir), for
// fs.ReadDir, fs.WalkDir and fs.Glob. held is the operand when it was of
// an interface type: it is handed over as it is when it holds no value of
// the session's types.
func cellFS(held fs.FS, open func(string) (fs.File, error), readDir dirReader) fs.FS {
	if held != nil && !interpreted(held) {
		return held
	}
	return sessionFS{open, readDir}
}

// interpreted reports whether x is a value of the session's types, in
// the interpreter's wrapper.
func interpreted(x any) bool {
	v := fmtview.Unwrap(reflect.ValueOf(x))
	return v.IsValid() && v.Type() != reflect.TypeOf(x)
}

// sessionFS is a file system of the session's types.
type sessionFS struct {
	open    func(string) (fs.File, error)
	readDir dirReader
}

// Open opens name with the session's Open, and gives the file its
// ReadDir method when it has one.
func (s sessionFS) Open(name string) (fs.File, error) {
	f, err := s.open(name)
	if f == nil || !interpreted(f) {
		return f, err
	}
	if _, ok := f.(fs.ReadDirFile); ok {
		return f, err
	}
	if _, _, ok := s.readDir(f, 0, true); !ok {
		return f, err
	}
	return sessionDir{f, s.readDir}, err
}

// sessionDir is a directory of a session's file system.
type sessionDir struct {
	fs.File
	readDir dirReader
}

// ReadDir calls the session's ReadDir.
func (d sessionDir) ReadDir(n int) ([]fs.DirEntry, error) {
	es, err, _ := d.readDir(d.File, n, false)
	return es, err
}
