package engine

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/goteach/goteach/internal/oracle"
)

// TestCompileErrorsMatchGo runs each program of testdata/compile_errors,
// which do not compile, as one cell and compares the cell's error with
// the Go compiler's (go build): the first error's message, line, column
// and further lines ("\t8:7: previous case"), and how many errors there
// are. Of syntax errors a cell reports the first only (the compiler's
// next ones often follow from it).
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
			if len(errs) > 1 && !strings.Contains(want, ": syntax error: ") && !isScannerError(want) {
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

// isScannerError reports whether err, as go build prints it, is one of
// the scanner's (an invalid character, a rune literal), which stop a
// cell's check as syntax errors do.
func isScannerError(err string) bool {
	for _, m := range []string{"invalid character", "rune literal", "newline in string", "string not terminated", "comment not terminated"} {
		if strings.Contains(err, m) {
			return true
		}
	}
	return false
}
