package godoc

import (
	"encoding/json"
	"fmt"
	"go/build"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// ModulePackages are the directories, relative to the module root, of
// this module's packages that notebook cells import: the packages the
// generated table holds by default.
var ModulePackages = []string{"mpkit", "kernel/display"}

// Table loads the packages in dirs (slash-separated, relative to the
// module root) and returns them as JSON: an object from import path to
// Package. Files are selected for linux/amd64 so that the output does not
// depend on the machine that runs it. A directory that cannot be loaded
// is reported to skip and left out.
func Table(root string, dirs []string, skip func(dir string, err error)) ([]byte, error) {
	mod, err := ModulePath(root)
	if err != nil {
		return nil, err
	}
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH, ctx.CgoEnabled = "linux", "amd64", false
	table := map[string]*Package{}
	for _, d := range dirs {
		p, err := Load(filepath.Join(root, filepath.FromSlash(d)), path.Join(mod, d), &ctx)
		if err != nil {
			if skip != nil {
				skip(d, err)
			}
			continue
		}
		table[p.Path] = p
	}
	b, err := json.MarshalIndent(table, "", "\t")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// ModulePath reads the module path from root/go.mod.
func ModulePath(root string) (string, error) {
	b, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", err
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`), nil
		}
	}
	return "", fmt.Errorf("godoc: no module line in %s", filepath.Join(root, "go.mod"))
}
