// Command gendocs writes the documentation table of this module's
// packages that the kernel falls back on when it cannot find the module's
// source at run time. Run it through `go generate ./kernel/assist`.
//
// Usage:
//
//	gendocs [-root dir] [-o file] [package dirs...]
//
// The package directories are relative to the module root (the nearest
// directory above the working directory that holds go.mod); by default
// they are the packages that notebook cells import. Directories that do
// not exist are skipped with a warning.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path"
	"path/filepath"

	"github.com/goteach/goteach/kernel/assist/internal/godoc"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gendocs: ")
	root := flag.String("root", "", "module root (default: found from the working directory)")
	out := flag.String("o", "moddocs.json", "output file")
	flag.Parse()
	if *root == "" {
		r, err := findRoot()
		if err != nil {
			log.Fatal(err)
		}
		*root = r
	}
	dirs := flag.Args()
	if len(dirs) == 0 {
		dirs = godoc.ModulePackages
	}
	b, err := godoc.Table(*root, dirs, func(dir string, err error) {
		log.Printf("skipping %s: %v", dir, err)
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gendocs: wrote %s (%d bytes)\n", path.Base(filepath.ToSlash(*out)), len(b))
}

func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}
