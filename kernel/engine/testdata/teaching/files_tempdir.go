package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "goteach-files")
	check(err)
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "dat1")
	check(os.WriteFile(p, []byte("hello\ngo\n"), 0o644))
	dat, err := os.ReadFile(p)
	check(err)
	fmt.Print(string(dat))
	f, err := os.Create(filepath.Join(dir, "dat2"))
	check(err)
	n, err := f.WriteString("writes\nbuffered\n")
	fmt.Println("wrote", n, err)
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "line %d\n", 3)
	w.Flush()
	f.Close()
	f, err = os.Open(filepath.Join(dir, "dat2"))
	check(err)
	b := make([]byte, 6)
	n, err = f.Read(b)
	fmt.Printf("%d bytes: %s %v\n", n, b[:n], err)
	o, _ := f.Seek(7, 0)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println(o, sc.Text())
	}
	f.Close()
	check(os.MkdirAll(filepath.Join(dir, "sub", "deep"), 0o755))
	check(os.WriteFile(filepath.Join(dir, "sub", "deep", "x.txt"), nil, 0o600))
	var names []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		names = append(names, fmt.Sprintf("%s:%v", rel, d.IsDir()))
		return nil
	})
	slices.Sort(names)
	fmt.Println(names)
	info, err := os.Stat(p)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), err)
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	fmt.Println(filepath.Ext("a/b.tar.gz"), filepath.Base("/x/y.go"), filepath.Dir("/x/y.go"))
}
