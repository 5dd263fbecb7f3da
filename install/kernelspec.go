package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// kernelSpec is kernel.json.
type kernelSpec struct {
	Argv          []string       `json:"argv"`
	DisplayName   string         `json:"display_name"`
	Language      string         `json:"language"`
	InterruptMode string         `json:"interrupt_mode"`
	Metadata      map[string]any `json:"metadata"`
}

func newKernelSpec(binary, displayName string) kernelSpec {
	return kernelSpec{
		Argv:        []string{binary, "kernel", "-f", "{connection_file}"},
		DisplayName: displayName,
		Language:    "go",
		// The kernel takes interrupt_request on the control channel, so
		// front ends need not signal the process.
		InterruptMode: "message",
		Metadata:      map[string]any{},
	}
}

// install writes the kernelspec into dir (created if needed) and builds the
// kernel binary into it. It returns the binary's path.
func install(dir, displayName string, build func(out string) error) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	bin := filepath.Join(dir, binaryName)
	// Build beside the old binary and rename over it: a kernel that is
	// running from the old file keeps its inode.
	tmp := bin + ".new"
	if err := build(tmp); err != nil {
		os.Remove(tmp)
		return "", err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.Remove(tmp)
		return "", err
	}
	if err := os.Rename(tmp, bin); err != nil {
		os.Remove(tmp)
		return "", err
	}

	spec, err := json.MarshalIndent(newKernelSpec(bin, displayName), "", "  ")
	if err != nil {
		return "", err
	}
	files := map[string][]byte{"kernel.json": append(spec, '\n')}
	for _, size := range logoSizes {
		png, err := logoPNG(size)
		if err != nil {
			return "", err
		}
		files[fmt.Sprintf("logo-%dx%d.png", size, size)] = png
	}
	files["logo-svg.svg"] = []byte(logoSVG())
	for name, data := range files {
		if err := writeFileAtomic(filepath.Join(dir, name), data); err != nil {
			return "", err
		}
	}
	return bin, nil
}

// writeFileAtomic replaces path with data so that a reader (Jupyter listing
// kernelspecs) never sees a half-written file.
func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".new"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// uninstall removes the kernelspec directory dir. It reports false when
// there is nothing to remove, and refuses a directory that is not a
// kernelspec (no kernel.json), so a wrong --prefix cannot delete unrelated
// files.
func uninstall(dir string) (bool, error) {
	fi, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if !fi.IsDir() {
		return false, fmt.Errorf("%s is not a kernelspec directory", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "kernel.json")); err != nil {
		return false, fmt.Errorf("%s has no kernel.json; not removing it", dir)
	}
	return true, os.RemoveAll(dir)
}
