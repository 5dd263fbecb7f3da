package engine

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/goteach/goteach/kernel"
)

// fakeOutput records what a cell sends to the front end.
type fakeOutput struct {
	mu       sync.Mutex
	streams  []string // "name: text"
	displays []displayCall
	results  []map[string]any
	errs     []kernel.ErrorValue
	clears   int
	inputs   []string // answers to give, in order
	prompts  int
	noInput  bool
}

type displayCall struct {
	data, metadata, transient map[string]any
	update                    bool
}

func (f *fakeOutput) Stream(name, text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.streams = append(f.streams, name+": "+text)
}

func (f *fakeOutput) Display(data, metadata, transient map[string]any, update bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.displays = append(f.displays, displayCall{data, metadata, transient, update})
}

func (f *fakeOutput) Result(data, metadata map[string]any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.results = append(f.results, data)
}

func (f *fakeOutput) Error(e kernel.ErrorValue) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.errs = append(f.errs, e)
}

func (f *fakeOutput) ClearOutput(wait bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.clears++
}

func (f *fakeOutput) Input(prompt string, password bool) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.prompts++
	if f.noInput {
		return "", errors.New("input not allowed")
	}
	if len(f.inputs) == 0 {
		return "", errors.New("no more input")
	}
	s := f.inputs[0]
	f.inputs = f.inputs[1:]
	return s, nil
}

func (f *fakeOutput) Flush() {}

// session is an engine with captured stdout and stderr.
type session struct {
	t      testing.TB
	e      *Engine
	stdout *syncBuffer
	stderr *syncBuffer
	count  int
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) take() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := b.b.String()
	b.b.Reset()
	return s
}

func newSession(t testing.TB) *session {
	t.Helper()
	s := &session{t: t, stdout: &syncBuffer{}, stderr: &syncBuffer{}}
	e, err := New(Options{Stdout: s.stdout, Stderr: s.stderr})
	if err != nil {
		t.Fatal(err)
	}
	s.e = e
	t.Cleanup(e.Close)
	return s
}

// cellResult is what one cell did.
type cellResult struct {
	res    kernel.ExecuteResult
	out    *fakeOutput
	stdout string
	stderr string
}

// text is the text/plain of the cell's one result ("" if none).
func (r cellResult) text() string {
	if len(r.out.results) == 0 {
		return ""
	}
	s, _ := r.out.results[0]["text/plain"].(string)
	return s
}

func (s *session) runWith(ctx context.Context, code string, out *fakeOutput) cellResult {
	s.count++
	res := s.e.Execute(ctx, kernel.ExecuteRequest{Code: code, ExecutionCount: s.count, AllowStdin: !out.noInput, StoreHistory: true}, out)
	r := cellResult{res: res, out: out, stdout: s.stdout.take(), stderr: s.stderr.take()}
	if res.Err != nil && len(out.errs) != 1 {
		s.t.Errorf("cell %q failed with %d error outputs, want exactly 1", code, len(out.errs))
	}
	if res.Err == nil && len(out.errs) != 0 {
		s.t.Errorf("cell %q succeeded but sent error outputs %v", code, out.errs)
	}
	return r
}

// run runs a cell that must succeed.
func (s *session) run(code string) cellResult {
	s.t.Helper()
	r := s.runWith(context.Background(), code, &fakeOutput{})
	if r.res.Err != nil {
		s.t.Fatalf("cell %q failed: %s: %s\n%s", code, r.res.Err.Name, r.res.Err.Value, strings.Join(r.res.Err.Traceback, "\n"))
	}
	return r
}

// fail runs a cell that must fail and returns its error.
func (s *session) fail(code string) (kernel.ErrorValue, cellResult) {
	s.t.Helper()
	r := s.runWith(context.Background(), code, &fakeOutput{})
	if r.res.Err == nil {
		s.t.Fatalf("cell %q succeeded, want an error (stdout %q, result %q)", code, r.stdout, r.text())
	}
	if r.stderr != "" {
		s.t.Errorf("failed cell %q wrote to stderr: %q", code, r.stderr)
	}
	return *r.res.Err, r
}

// expect runs a cell and checks its result text.
func (s *session) expect(code, want string) {
	s.t.Helper()
	r := s.run(code)
	if got := r.text(); got != want {
		s.t.Errorf("cell %q: result %q, want %q (stdout %q)", code, got, want, r.stdout)
	}
}

// prints runs a cell and checks what it printed.
func (s *session) prints(code, want string) {
	s.t.Helper()
	r := s.run(code)
	if r.stdout != want {
		s.t.Errorf("cell %q printed %q, want %q", code, r.stdout, want)
	}
}
