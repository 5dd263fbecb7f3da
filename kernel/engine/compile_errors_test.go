package engine

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/goteach/goteach/internal/oracle"
)

// TestCompileErrorsMatchGo runs each program of testdata/compile_errors,
// which do not compile, as one cell and compares the cell's error with
// the Go compiler's (go build): the first error's message, line, column
// and further lines ("\t8:7: previous case"), and how many errors there
// are.
func TestCompileErrorsMatchGo(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "compile_errors", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs in testdata/compile_errors: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			errs := oracle.GoBuildErrors(t, string(src))
			if len(errs) == 0 {
				t.Fatal("go build failed without an error of the program")
			}
			want := errs[0]
			if len(errs) > 1 {
				want += " (and " + strconv.Itoa(len(errs)-1) + " more)"
			}
			s := newSession(t)
			ev, _ := s.fail(string(src))
			if ev.Name != ErrCompile || ev.Value != want {
				t.Errorf("cell error %s %q\ngo build     %q", ev.Name, ev.Value, want)
			}
		})
	}
}
