package codec

import (
	"bufio"
	"bytes"
	"debug/elf"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/goteach/goteach/internal/layout"
)

// helperEnv marks a test binary started by TestCrossProcess to decode.
const helperEnv = "CODEC_TEST_HELPER_DECODE"

// crossPayload mixes what a child must rebuild by itself: named types
// (offsets), StructOf types it has never seen, the interpreter's types,
// marshaler types and a handle whose file comes as fd 3.
type crossPayload struct {
	Outer   Outer
	Generic Pair[string, []Point]
	Cell    any // StructOf type
	Cells   any // slice of a StructOf type
	Yaegi   any // a value made by interpreted code
	Big     *big.Int
	Handle  *fileHandle
	Err     error
}

func crossValue(t testing.TB) crossPayload {
	b := new(big.Int).Lsh(big.NewInt(3), 170)
	i := newInterp(t)
	mk, err := i.Eval("Make")
	if err != nil {
		t.Fatal(err)
	}
	cell := cellValue()
	return crossPayload{
		Outer: Outer{
			ID: 42, In: Inner{"inner", []string{"x"}}, PIn: &Inner{Name: "p"},
			Any: Point{7, 8}, M: map[string][]int{"k": {1, 2}},
			When: time.Date(2030, 12, 31, 23, 59, 59, 999, time.UTC), Big: b, Temp: 21.5,
			Nested: [][]Point{{{1, 2}}}, Bytes: []byte("raw"), C: 1 + 1i,
		},
		Generic: Pair[string, []Point]{"pts", []Point{{1, 1}}},
		Cell:    cell.Interface(),
		Cells:   reflect.Append(reflect.MakeSlice(reflect.SliceOf(cell.Type()), 0, 1), cell).Interface(),
		Yaegi:   mk.Call(nil)[0].Interface(),
		Big:     b,
		Err:     fmt.Errorf("task failed: %w", os.ErrNotExist),
	}
}

// TestHelperDecode runs in a child process started by TestCrossProcess: it
// decodes the payload from stdin (with fd 3 as the handle's file), checks
// the types it rebuilt against types it builds itself afterwards, and
// writes its findings and the payload encoded again to stdout.
func TestHelperDecode(t *testing.T) {
	if os.Getenv(helperEnv) != "1" {
		t.Skip("runs as a child of TestCrossProcess")
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	report := func(key string, format string, args ...any) {
		fmt.Fprintf(out, "@%s %s\n", key, fmt.Sprintf(format, args...))
	}
	report("ANCHOR", "%x", uintptr(layout.Anchor()))
	var in bytes.Buffer
	if _, err := in.ReadFrom(os.Stdin); err != nil {
		report("ERROR", "%v", err)
		return
	}
	files := []*os.File{os.NewFile(3, "fd3")}
	v, err := Unmarshal(in.Bytes(), files)
	if err != nil {
		report("ERROR", "%v", err)
		return
	}
	p := v.(crossPayload)
	// Types decoded first, built here afterwards: the same types.
	_, cell := cellTypes()
	report("CELL-IDENTICAL", "%v %v", reflect.TypeOf(p.Cell) == cell, reflect.TypeOf(p.Cells) == reflect.SliceOf(cell))
	report("YAEGI", "%s", callDescribe(t, newInterp(t), p.Yaegi))
	text, err := p.Handle.content()
	report("HANDLE", "%s %q %v", p.Handle.name, text, err)
	report("BIG", "%d %s", p.Big.BitLen(), p.Big)
	report("ERR", "%T %s", p.Err, p.Err)
	p.Handle.f.Close()
	p.Handle = nil
	data, err := Marshal(p, nil)
	if err != nil {
		report("ERROR", "%v", err)
		return
	}
	report("DATA", "%s", hex.EncodeToString(data))
}

func TestCrossProcess(t *testing.T) {
	v := crossValue(t)
	f := tempFile(t, "shared content")
	v.Handle = &fileHandle{f, "h"}
	var files []*os.File
	data, err := Marshal(v, &files)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperDecode$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"=1")
	cmd.Stdin = bytes.NewReader(data)
	cmd.ExtraFiles = files
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("child: %v\n%s\n%s", err, stdout, stderr.String())
	}
	got := map[string]string{}
	for line := range strings.SplitSeq(string(stdout), "\n") {
		if key, val, ok := strings.Cut(line, " "); ok && strings.HasPrefix(key, "@") {
			got[key[1:]] = val
		}
	}
	if e, ok := got["ERROR"]; ok {
		t.Fatalf("child: %s", e)
	}
	want := map[string]string{
		"CELL-IDENTICAL": "true true",
		"YAEGI":          yaegiDescribed,
		"HANDLE":         `h "shared content" <nil>`,
		"BIG":            "172 " + v.Big.String(),
		"ERR":            "*codec.ErrorText task failed: file does not exist",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("child %s: %q, want %q", k, got[k], w)
		}
	}
	// The child's re-encoding decodes here to the value sent.
	back, err := hex.DecodeString(got["DATA"])
	if err != nil {
		t.Fatal(err)
	}
	x, err := Unmarshal(back, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := x.(crossPayload)
	if !deepEqual(p.Outer, v.Outer) || !reflect.DeepEqual(p.Generic, v.Generic) ||
		!reflect.DeepEqual(p.Cell, v.Cell) || !reflect.DeepEqual(p.Cells, v.Cells) ||
		!reflect.DeepEqual(p.Yaegi, v.Yaegi) || p.Big.Cmp(v.Big) != 0 || p.Handle != nil {
		t.Fatalf("round trip through the child:\n got %+v\nwant %+v", p, v)
	}
	// Different load addresses, when the binary is position independent.
	mine := fmt.Sprintf("%x", uintptr(layout.Anchor()))
	pie := isPIE(t)
	t.Logf("anchor here %s, in the child %s (position independent: %v)", mine, got["ANCHOR"], pie)
	if pie && got["ANCHOR"] == mine {
		t.Errorf("a position-independent child has the same anchor address %s", mine)
	}
}

func isPIE(t *testing.T) bool {
	f, err := elf.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return f.Type == elf.ET_DYN
}

// TestCrossProcessPIE builds this package's tests as a position-independent
// executable and runs TestCrossProcess there, so that parent and child
// have their types at different addresses.
func TestCrossProcessPIE(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a test binary")
	}
	if isPIE(t) {
		t.Skip("TestCrossProcess already runs position independent")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	bin := filepath.Join(t.TempDir(), "codec.pie.test")
	build := exec.Command(gobin, "test", "-c", "-buildmode=pie", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go test -c -buildmode=pie: %v\n%s", err, out)
	}
	run := exec.Command(bin, "-test.run=^TestCrossProcess$", "-test.count=1", "-test.v")
	out, err := run.CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("position independent: true")) {
		t.Fatalf("%v\n%s", err, out)
	}
	for line := range strings.SplitSeq(string(out), "\n") {
		if strings.Contains(line, "anchor here") {
			t.Log(strings.TrimSpace(line))
		}
	}
}
