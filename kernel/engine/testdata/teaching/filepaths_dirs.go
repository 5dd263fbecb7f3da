package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	p := filepath.Join("dir1", "dir2", "filename")
	fmt.Println("p:", p)
	fmt.Println(filepath.Join("dir1//", "filename"))
	fmt.Println(filepath.Join("dir1/../dir1", "filename"))
	fmt.Println("Dir(p):", filepath.Dir(p))
	fmt.Println("Base(p):", filepath.Base(p))
	fmt.Println(filepath.IsAbs("dir/file"))
	fmt.Println(filepath.IsAbs("/dir/file"))
	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext)
	fmt.Println(strings.TrimSuffix(filename, ext))
	rel, err := filepath.Rel("a/b", "a/b/t/file")
	check(err)
	fmt.Println(rel)
	rel, err = filepath.Rel("a/b", "a/c/t/file")
	check(err)
	fmt.Println(rel)

	dir, err := os.MkdirTemp("", "subdir")
	check(err)
	defer os.RemoveAll(dir)
	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(name, d, 0644))
	}
	createEmptyFile(filepath.Join(dir, "file1"))
	check(os.MkdirAll(filepath.Join(dir, "parent", "child"), 0755))
	createEmptyFile(filepath.Join(dir, "parent", "file2"))
	createEmptyFile(filepath.Join(dir, "parent", "file3"))
	createEmptyFile(filepath.Join(dir, "parent", "child", "file4"))
	c, err := os.ReadDir(filepath.Join(dir, "parent"))
	check(err)
	fmt.Println("Listing subdir/parent")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}
	fmt.Println("Visiting subdir")
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(dir, p)
		fmt.Println(" ", r, d.IsDir())
		return nil
	})
	check(err)
}
