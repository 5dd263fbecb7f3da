package main

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{
		"a.txt":         {Data: []byte("hello")},
		"dir/b.txt":     {Data: []byte("world"), Mode: 0o600},
		"dir/sub/c.md":  {Data: []byte("# title\n")},
		"notes/d.txt":   &fstest.MapFile{Data: []byte("explicit")},
		"dir/sub/e.txt": {},
	}
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println(p, d.IsDir())
		return nil
	})
	b, err := fs.ReadFile(fsys, "dir/b.txt")
	fmt.Println(string(b), err)
	matches, _ := fs.Glob(fsys, "*/*.txt")
	fmt.Println(matches)
	entries, _ := fs.ReadDir(fsys, "dir")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), info.Size())
	}
	sub, _ := fs.Sub(fsys, "dir/sub")
	names := []string{}
	fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		names = append(names, p)
		return nil
	})
	sort.Strings(names)
	fmt.Println(strings.Join(names, ","))
	_, err = fsys.Open("missing.txt")
	fmt.Println(err)
}
