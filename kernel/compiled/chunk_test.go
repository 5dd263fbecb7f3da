package compiled

import (
	"context"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/goteach/goteach/internal/oracle"
)

// The program of testdata/loops.go computes the same with the kernel's
// checkpoints as without, built by the Go toolchain both ways.
func TestCheckpointsKeepWhatLoopsCompute(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two programs")
	}
	src, err := os.ReadFile("testdata/loops.go")
	if err != nil {
		t.Fatal(err)
	}
	// The declarations the rewritten code uses, on the package line so
	// that lines stay where they are.
	withFlag := strings.Replace(string(src), "package main",
		"package main; import "+checkpointName+" "+strconv.Quote(checkpointPath)+"; import \"sync/atomic\"", 1) +
		"\nvar " + stopFlag + " atomic.Int32\n"
	out, _, err := instrument("loops.go", withFlag, true)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(out, "\n") != strings.Count(withFlag, "\n") {
		t.Fatal("the rewrite moved lines")
	}
	// The loops that qualify, and only those, run in chunks.
	for _, fn := range []string{"sum", "sumLen", "firstOver", "withContinue", "labelled", "nested", "deferred", "calls"} {
		if !strings.Contains(funcText(out, fn), "__gtE") {
			t.Errorf("the counted loop of %s is not run in chunks:\n%s", fn, funcText(out, fn))
		}
	}
	for _, fn := range []string{"withBreak", "boundChanges", "counterChanges", "closures", "pointerBound", "growing", "mapBound", "gotoLoop", "stdCalls", "received"} {
		if strings.Contains(funcText(out, fn), "__gtE") {
			t.Errorf("the loop of %s is run in chunks, which it must not be:\n%s", fn, funcText(out, fn))
		}
	}
	want, err := exec.Command(oracle.GoBuild(t, string(src))).CombinedOutput()
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, want)
	}
	// A rewrite that broke a loop's exit would never end: stop it.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	got, err := exec.CommandContext(ctx, oracle.GoBuildInModule(t, "kernel/compiled/internal/loopsprog", out)).CombinedOutput()
	if err != nil {
		t.Fatalf("rewritten program: %v\n%s", err, got)
	}
	if string(got) != string(want) {
		t.Errorf("with checkpoints:\n%s\nwithout:\n%s", got, want)
	}
}

// funcText is the text of func name in src, up to the next func.
func funcText(src, name string) string {
	i := strings.Index(src, "\nfunc "+name+"(")
	if i < 0 {
		return ""
	}
	rest := src[i+1:]
	if j := strings.Index(rest, "\nfunc "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

func TestChunkedLoopMapsColumnsBack(t *testing.T) {
	src := "package main\n\nfunc f(n int) (s int) {\n\tfor i := 0; i < n; i++ { s += i }\n\treturn\n}\n"
	out, sh, err := instrument("cell.go", src, true)
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Split(out, "\n")[3]
	if !strings.Contains(line, "__gtE1") {
		t.Fatalf("not chunked: %s", line)
	}
	// "s += i" is at column 27 of line 4 as written.
	col := strings.Index(line, "s += i") + 1
	if got := sh.col(4, col); got != 27 {
		t.Errorf("column %d maps to %d, want 27", col, got)
	}
}
