package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

type info struct {
	name string
	size int64
	dir  bool
}

func (i info) Name() string { return i.name }
func (i info) Size() int64  { return i.size }
func (i info) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}
func (i info) ModTime() time.Time         { return time.Time{} }
func (i info) IsDir() bool                { return i.dir }
func (i info) Sys() any                   { return nil }
func (i info) Type() fs.FileMode          { return i.Mode().Type() }
func (i info) Info() (fs.FileInfo, error) { return i, nil }

type file struct {
	info
	r *strings.Reader
}

func (f *file) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *file) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *file) Close() error               { return nil }

type dir struct {
	info
	entries []fs.DirEntry
	pos     int
}

func (d *dir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *dir) Read([]byte) (int, error)   { return 0, fmt.Errorf("is a directory") }
func (d *dir) Close() error               { return nil }
func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	if n <= 0 {
		rest := d.entries[d.pos:]
		d.pos = len(d.entries)
		return rest, nil
	}
	if d.pos >= len(d.entries) {
		return nil, io.EOF
	}
	end := min(d.pos+n, len(d.entries))
	out := d.entries[d.pos:end]
	d.pos = end
	return out, nil
}

type memFS map[string]string

func (m memFS) Open(name string) (fs.File, error) {
	if name == "." {
		var names []string
		for k := range m {
			names = append(names, k)
		}
		sort.Strings(names)
		var es []fs.DirEntry
		for _, n := range names {
			es = append(es, info{name: n, size: int64(len(m[n]))})
		}
		return &dir{info: info{name: ".", dir: true}, entries: es}, nil
	}
	s, ok := m[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &file{info{name: name, size: int64(len(s))}, strings.NewReader(s)}, nil
}

func main() {
	m := memFS{"a.txt": "hello", "b.txt": "world!"}
	entries, err := fs.ReadDir(m, ".")
	fmt.Println(len(entries), err)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fs.WalkDir(m, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk", p, d.IsDir(), err)
		return nil
	})
	matches, err := fs.Glob(m, "*.txt")
	fmt.Println(matches, err)
	var fsys fs.FS = m
	sub, _ := fs.Sub(fsys, ".")
	es, err := fs.ReadDir(sub, ".")
	fmt.Println(len(es), err)
	b, err := fs.ReadFile(fsys, "b.txt")
	fmt.Println(string(b), err)
	d := &dir{info: info{name: "x", dir: true}, entries: []fs.DirEntry{info{name: "p"}, info{name: "q"}, info{name: "r"}}}
	for {
		batch, err := d.ReadDir(2)
		fmt.Println(len(batch), err)
		if err != nil {
			break
		}
	}
	tmp, _ := os.MkdirTemp("", "cellfs")
	defer os.RemoveAll(tmp)
	os.WriteFile(filepath.Join(tmp, "z.txt"), []byte("z"), 0o644)
	fsys = os.DirFS(tmp)
	es, err = fs.ReadDir(fsys, ".")
	fmt.Println(len(es), es[0].Name(), err)
}
